// The golden enterprise standard (Markdown shape) through the model builder.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../src/model/build.ts';
import type { Clause } from '../src/model/types.ts';
import { rawFromMarkdown } from './fixtures/model/raw.ts';

const golden = readFileSync(new URL('./fixtures/golden.md', import.meta.url), 'utf8');
const doc = buildDocument(rawFromMarkdown(golden), 'golden.md');

const numbers = (cs: Clause[]): string[] => cs.flatMap((c) => [c.number ?? '?', ...numbers(c.children)]);
const find = (num: string, cs: Clause[] = doc.clauses): Clause | undefined => {
  for (const c of cs) {
    if (c.number === num) return c;
    const f = find(num, c.children);
    if (f) return f;
  }
  return undefined;
};

describe('golden standard: cover', () => {
  it('parses number, code and enterprise code', () => {
    expect(doc.cover.standardNumber?.value).toBe('Q/CQMY 001—2024');
    expect(doc.cover.code).toBe('Q/CQMY');
    expect(doc.cover.enterpriseCode).toBe('CQMY');
    expect(doc.kind).toBe('enterprise');
  });
  it('parses titles, ICS/CCS, dates and publisher', () => {
    expect(doc.cover.titleZh?.value).toBe('纯棉针织内衣');
    expect(doc.cover.titleEn?.value).toBe('Cotton knitted underwear');
    expect(doc.cover.ics?.value).toBe('59.080.30');
    expect(doc.cover.ccs?.value).toBe('W 64');
    expect(doc.cover.issued?.value).toBe('2024-05-10');
    expect(doc.cover.effective?.value).toBe('2024-06-01');
    expect(doc.cover.publisher?.value).toBe('重庆美衣纺织品有限公司');
    expect(doc.cover.company).toBe('重庆美衣纺织品有限公司');
    expect(doc.cover.categoryLine?.value).toBe('重庆美衣纺织品有限公司企业标准');
    expect(doc.cover.replaces).toEqual([]);
    expect(doc.cover.issued?.loc.clause).toBe('封面');
  });
  it('finds the body title before chapter 1', () => {
    expect(doc.bodyTitle?.value).toBe('纯棉针织内衣');
  });
});

describe('golden standard: front matter and structure', () => {
  it('has a foreword with 6 paragraphs and no TOC', () => {
    expect(doc.foreword?.blocks).toHaveLength(6);
    expect(doc.foreword?.blocks.every((b) => b.loc.clause === '前言')).toBe(true);
    expect(doc.toc.present).toBe(false);
    expect(doc.introduction).toBeNull();
  });
  it('has chapters 1–7 with element kinds, then annex A', () => {
    expect(doc.clauses.map((c) => [c.number, c.element])).toEqual([
      ['1', 'scope'], ['2', 'normative-references'], ['3', 'terms'], ['4', 'requirements'], ['5', 'test-methods'],
      ['6', 'inspection-rules'], ['7', 'marking'], ['A', 'annex'],
    ]);
    expect(doc.clauses.every((c) => c.level === 1 && c.numberSource === 'text')).toBe(true);
  });
  it('has the sub-clauses in order', () => {
    expect(numbers(doc.clauses)).toEqual([
      '1', '2', '3', '4', '4.1', '4.2', '5', '5.1', '5.2', '5.3', '5.4', '5.5', '5.6', '5.7', '5.8',
      '6', '6.1', '6.2', '6.3', '6.4', '6.5', '7', '7.1', '7.2', '7.3', '7.4', 'A', 'A.1', 'A.2',
    ]);
    expect(find('5.2')?.title).toBe('pH值');
    expect(find('5.2')?.level).toBe(2);
  });
  it('labels annex A as normative', () => {
    const a = doc.clauses.at(-1)!;
    expect(a.annex).toEqual({ letter: 'A', label: '规范性', labelRaw: '（规范性）' });
    expect(a.title).toBe('抽样方案');
  });
  it('is recognised as a standard', () => {
    expect(doc.recognised).toBe(true);
  });
});

describe('golden standard: tables', () => {
  it('parses table 1 with header and 8 rows, attached to 4.1', () => {
    const t = doc.tables[0]!;
    expect(t.number).toBe('1');
    expect(t.caption).toBe('安全性能要求');
    expect(t.header).toEqual([['项目', '指标', '试验方法']]);
    expect(t.rows).toHaveLength(8);
    expect(t.rows[1]).toEqual(['pH值', '4.0～8.5', '5.2']);
    expect(t.loc.clause).toBe('4.1');
    expect(find('4.1')?.blocks).toContain(t);
  });
  it('parses table A.1 in annex clause A.2', () => {
    const t = doc.tables[1]!;
    expect(t.number).toBe('A.1');
    expect(t.header).toEqual([['检验项目', 'AQL']]);
    expect(t.rows).toEqual([['外观质量', '4.0'], ['安全性能', '0']]);
    expect(t.loc.clause).toBe('A.2');
  });
});

describe('golden standard: references and citations', () => {
  it('splits the lead-in from 10 entries', () => {
    const r = doc.references!;
    expect(r.leadIn).toMatch(/^下列文件中的内容通过文中的规范性引用而构成本文件必不可少的条款。.*适用于本文件。$/);
    expect(r.entries).toHaveLength(10);
    expect(r.entries.every((e) => e.kind === 'standard' && e.marker === null && e.trailing === null)).toBe(true);
  });
  it('parses code, number and year of entries', () => {
    const byKey = new Map(doc.references!.entries.map((e) => [e.key, e]));
    expect(byKey.get('GB/T 2912.1')).toMatchObject({ code: 'GB/T', number: '2912.1', year: '2009', yearSep: '—' });
    expect(byKey.get('GB/T 2912.1')?.title).toBe('纺织品　甲醛的测定　第1部分：游离和水解的甲醛（水萃取法）');
    expect(byKey.get('GB 18401')).toMatchObject({ code: 'GB', number: '18401', year: null, yearSep: null });
  });
  it('records the body citation of GB/T 2912.1 in 5.1 as normative', () => {
    const c = doc.citations.find((x) => x.key === 'GB/T 2912.1' && x.section === 'body')!;
    expect(c).toMatchObject({ usage: 'normative', year: null, pointer: null });
    expect(c.loc.clause).toBe('5.1');
  });
  it('keeps the drafting-basis citation in the foreword, not normative', () => {
    const c = doc.citations.find((x) => x.key === 'GB/T 1.1')!;
    expect(c).toMatchObject({ section: 'foreword', year: '2020', usage: 'informative' });
    expect(c.title).toBe('标准化工作导则　第1部分：标准化文件的结构和起草规则');
  });
  it('does not count the document number as a citation', () => {
    expect(doc.citations.some((c) => c.code.startsWith('Q/'))).toBe(false);
    expect(doc.citations.filter((c) => c.section === 'annex').map((c) => c.key)).toEqual(['GB/T 2828.1']);
  });
});
