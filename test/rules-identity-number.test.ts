// Enterprise standard numbers in every form in use: the lenient parser splits them, and the identity rules
// (number-format, number-dash, number-year) flag only what is wrong. Whole documents run through the real pipeline.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseStandardNumber } from '../src/rules/util/numbers.ts';
import { auditText, docFromText, ruleIds } from './helpers.ts';

const GOLDEN = readFileSync(path.join(import.meta.dirname, 'fixtures', 'golden.md'), 'utf8');

/** The golden standard (issued 2024-05-10) with another code line and cover number. */
function withNumber(number: string, codeLine = 'Q/CQMY'): string {
  for (const anchor of ['Q/CQMY\n', 'Q/CQMY 001—2024']) expect(GOLDEN.split(anchor).length - 1, anchor).toBe(1);
  return GOLDEN.replace('Q/CQMY\n', `${codeLine}\n`).replace('Q/CQMY 001—2024', number);
}

/** "ruleId:severity" of the identity number findings. */
async function numberFindings(text: string): Promise<string[]> {
  const r = await auditText(text);
  return r.findings.filter((f) => /^identity\/number-/.test(f.ruleId)).map((f) => `${f.ruleId}:${f.severity}`).sort();
}

describe('parseStandardNumber', () => {
  it.each([
    ['Q/320585ABC 001—2023', 'Q/320585ABC', ' ', '001', '—', '2023'],
    ['Q/12HX 4001-2022', 'Q/12HX', ' ', '4001', '-', '2022'],
    ['Q/370783 SDJ 001-2021', 'Q/370783 SDJ', ' ', '001', '-', '2021'],
    ['Q/370783 001—2021', 'Q/370783', ' ', '001', '—', '2021'],
    ['Q/ZJHL J003—2025', 'Q/ZJHL', ' ', 'J003', '—', '2025'],
    ['Q/CIB 4052.2—2024', 'Q/CIB', ' ', '4052.2', '—', '2024'],
    ['Q/ABC001-2023', 'Q/ABC', '', '001', '-', '2023'],
    ['Q／ABC 001—2023', 'Q／ABC', ' ', '001', '—', '2023'],
    ['Q/ＡＢＣ　００１—２０２３', 'Q/ABC', ' ', '001', '—', '2023'],
    ['Q/ABC 0001S—2023', 'Q/ABC', ' ', '0001S', '—', '2023'],
    ['Q/ABC/J-01 0001—2023', 'Q/ABC/J-01', ' ', '0001', '—', '2023'],
    ['Q/ABC 001一2023', 'Q/ABC', ' ', '001', '一', '2023'],
    ['Q/ABC 001 – 2023', 'Q/ABC', ' ', '001', '–', '2023'],
    ['Q/ABC 001 2023', 'Q/ABC', ' ', '001', ' ', '2023'],
    ['Q/ABC 001—23', 'Q/ABC', ' ', '001', '—', '23'],
    ['Q/ABC 001', 'Q/ABC', ' ', '001', null, null],
    ['QB/ABC 001—2023', 'QB/ABC', ' ', '001', '—', '2023'],
  ])('%s', (raw, code, space, seq, dash, year) => {
    expect(parseStandardNumber(raw)).toEqual({ code, space, seq, dash, year });
  });
});

describe('identity number rules on whole documents', () => {
  it.each([
    ['Q/320585CQMY 001—2024', 'Q/320585CQMY'],
    ['Q/12HX 4001—2024', 'Q/12HX'],
    ['Q/370783 SDJ 001—2024', 'Q/370783 SDJ'],
    ['Q/ZJHL J003—2024', 'Q/ZJHL'],
    ['Q/CIB 4052.2—2024', 'Q/CIB'],
    ['Q/CQMY 0001S—2024', 'Q/CQMY'],
    ['Q／CQMY 001—2024', 'Q／CQMY'],
    ['Q/CQMY/J 001—2024', 'Q/CQMY/J'],
    ['Q/CQMY/J-01 0001—2024', 'Q/CQMY'],
    ['Q/ＣＱＭＹ ００１—２０２４', 'Q/CQMY'],
  ])('%s is a good number', async (number, codeLine) => {
    const text = withNumber(number, codeLine);
    expect(await numberFindings(text)).toEqual([]);
    const doc = await docFromText(text);
    expect(doc.cover.standardNumber?.value).toBe(number);
    expect(doc.kind).toBe('enterprise');
    // the code line top right is not mistaken for the English title
    expect(doc.cover.titleEn?.value).toBe('Cotton knitted underwear');
  });

  it.each([
    ['Q/CQMY001—2024', ['identity/number-dash:warning']],
    ['Q/CQMY 001-2024', ['identity/number-dash:warning']],
    ['Q/CQMY 001–2024', ['identity/number-dash:warning']],
    ['Q/CQMY 001－2024', ['identity/number-dash:warning']],
    ['Q/CQMY 001一2024', ['identity/number-dash:warning']],
    ['Q/CQMY 001 2024', ['identity/number-dash:warning']],
    ['Q/CQMY 001~2024', ['identity/number-dash:warning']],
    ['Q/12HX 4001-2024', ['identity/number-dash:warning']],
    ['Q/370783 SDJ 001-2024', ['identity/number-dash:warning']],
    ['Q/ZJHL J003-2024', ['identity/number-dash:warning']],
    ['Q/CQMY 001', ['identity/number-format:error']],
    ['Q/CQMY 001—24', ['identity/number-format:warning']],
    ['QB/CQMY 001—2024', ['identity/number-format:error']],
    ['Q/重庆美衣 001—2024', ['identity/number-format:warning']],
    ['Q/cqmy 001—2024', ['identity/number-format:warning']],
    ['Q/CQMY 001—2023', ['identity/number-year:error']],
    ['Q/ZJHL J003—2023', ['identity/number-year:error']],
    ['Q/370783 SDJ 001—2023', ['identity/number-year:error']],
  ])('%s → %j', async (number, expected) => {
    expect(await numberFindings(withNumber(number))).toEqual(expected);
  });

  it.each([
    ['Q/ZJHL J003—2025', 'Q/ZJHL', '2025'],
    ['Q/320585ABC 001—2023', 'Q/320585ABC', '2023'],
  ])('%s: no "未找到标准编号" and no identity error', async (number, codeLine, year) => {
    const text = withNumber(number, codeLine).replace('2024-05-10 发布　　　　2024-06-01 实施', `${year}-05-10 发布　　　　${year}-06-01 实施`);
    expect(text).toContain(`${year}-05-10 发布`);
    const r = await auditText(text);
    expect(ruleIds(r, 'error').filter((id) => id.startsWith('identity/'))).toEqual([]);
    expect(r.findings.filter((f) => f.ruleId === 'identity/number-format')).toEqual([]);
    expect(r.meta.standardNumber).toBe(number);
  });

  it('names the light-industry code when QB/ stands for Q/', async () => {
    const r = await auditText(withNumber('QB/CQMY 001—2024'), 'fixture.md', { lang: 'en' });
    const f = r.findings.find((x) => x.ruleId === 'identity/number-format');
    expect(f?.message).toContain('"QB/"');
  });

  it('judges a 代替 number on the same line as the number by its own text', async () => {
    const r = await auditText(withNumber('Q/ZJHL J003—2024 代替 Q/ZJHL J003-2020'));
    const found = r.findings.filter((f) => /^identity\/number-/.test(f.ruleId));
    expect(found.map((f) => f.ruleId)).toEqual(['identity/number-dash']);
    expect(found[0]!.message).toContain('Q/ZJHL J003-2020');
    expect(found[0]!.suggestion).toContain('Q/ZJHL J003—2020');
  });
});
