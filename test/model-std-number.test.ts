// Standard-number finding and parsing.
import { describe, expect, it } from 'vitest';
import { findStandardNumbers, kindOfCode, parseLeadingNumber } from '../src/model/std-number.ts';

const refs = (s: string) => findStandardNumbers(s).map((m) => ({ code: m.ref.code, number: m.ref.number, year: m.ref.year, sep: m.ref.yearSep }));

describe('findStandardNumbers', () => {
  it.each([
    ['GB/T 2912.1—2009', 'GB/T', '2912.1', '2009', '—'],
    ['GB 18401-2010', 'GB', '18401', '2010', '-'],
    ['GB/Z 26337.1–2010', 'GB/Z', '26337.1', '2010', '–'],
    ['GB 4789.10－2016', 'GB', '4789.10', '2016', '－'],
    ['GB 6675.4―2014', 'GB', '6675.4', '2014', '―'],
    ['QB/T 1333—2018', 'QB/T', '1333', '2018', '—'],
    ['FZ/T 73020', 'FZ/T', '73020', null, null],
    ['SB/T 10379—2012', 'SB/T', '10379', '2012', '—'],
    ['NY/T 391', 'NY/T', '391', null, null],
    ['HG/T 2581.1—2009', 'HG/T', '2581.1', '2009', '—'],
    ['JJF 1070—2005', 'JJF', '1070', '2005', '—'],
    ['JJG 196', 'JJG', '196', null, null],
    ['DB11/T 1234—2020', 'DB11/T', '1234', '2020', '—'],
    ['DBS50/ 013—2014', 'DBS50/', '013', '2014', '—'],
    ['T/CAS 115—2005', 'T/CAS', '115', '2005', '—'],
    ['Q/CQMY 001—2024', 'Q/CQMY', '001', '2024', '—'],
    ['Q/ABC/J 0012-2019', 'Q/ABC/J', '0012', '2019', '-'],
    ['Q/ABCDE0001—2008', 'Q/ABCDE', '0001', '2008', '—'],
    ['ISO 6330:2012', 'ISO', '6330', '2012', ':'],
    ['ISO/IEC 17025', 'ISO/IEC', '17025', null, null],
    ['IEC 60335-1', 'IEC', '60335-1', null, null],
    ['EN 71-3:2019', 'EN', '71-3', '2019', ':'],
    ['GB/T191', 'GB/T', '191', null, null],
    ['GB 2760-96', 'GB', '2760', '1996', '-'],
    ['GB 5009.3一2016', 'GB', '5009.3', '2016', '一'],
    ['QB/T1333—2018', 'QB/T', '1333', '2018', '—'],
  ])('%s', (text, code, number, year, sep) => {
    expect(refs(text)).toEqual([{ code, number, year, sep }]);
  });

  // Enterprise numbers as they appear on the self-declaration platform and in covers (sources in std-number.ts).
  it.each([
    ['Q/320585ABC 001—2023', 'Q/320585ABC', '001', '2023', '—'],
    ['Q/12HX 4001-2022', 'Q/12HX', '4001', '2022', '-'],
    ['Q/370783 SDJ 001-2021', 'Q/370783 SDJ', '001', '2021', '-'],
    ['Q/370783\u3000SDJ\u3000001—2021', 'Q/370783 SDJ', '001', '2021', '—'],
    ['Q/DQ ABC 001—2009', 'Q/DQ ABC', '001', '2009', '—'],
    ['Q/ZJHL J003—2025', 'Q/ZJHL', 'J003', '2025', '—'],
    ['Q/ZJHL J003-2025', 'Q/ZJHL', 'J003', '2025', '-'],
    ['Q/CIB 4052.2—2024', 'Q/CIB', '4052.2', '2024', '—'],
    ['Q/ABC001-2023', 'Q/ABC', '001', '2023', '-'],
    ['Q／ABC 001—2023', 'Q/ABC', '001', '2023', '—'],
    ['Q / ABC 001 — 2023', 'Q/ABC', '001', '2023', '—'],
    ['Q/ABC 0001S—2023', 'Q/ABC', '0001S', '2023', '—'],
    ['Q/ABC/J-01 0001—2023', 'Q/ABC/J-01', '0001', '2023', '—'],
    ['Q/ABC 001一2023', 'Q/ABC', '001', '2023', '一'],
    ['Q/ABC 001–2023', 'Q/ABC', '001', '2023', '–'],
    ['Q/ABC 001－2023', 'Q/ABC', '001', '2023', '－'],
    ['Q/ABC 001——2023', 'Q/ABC', '001', '2023', '——'],
    ['Q/ABC 001−2023', 'Q/ABC', '001', '2023', '−'],
    ['Q/91320585MA1XXXXX 001—2023', 'Q/91320585MA1XXXXX', '001', '2023', '—'],
    ['Q/370783 001—2021', 'Q/370783', '001', '2021', '—'],
    // broken forms are still the document's number; identity/number-format judges them
    ['Q/ABC 001', 'Q/ABC', '001', null, null],
    ['Q/ABC 001—23', 'Q/ABC', '001', '23', '—'],
    ['QB/ABC 001—2023', 'QB/ABC', '001', '2023', '—'],
    ['Q/重庆美衣 001—2024', 'Q/重庆美衣', '001', '2024', '—'],
  ])('enterprise %s', (text, code, number, year, sep) => {
    expect(refs(text)).toEqual([{ code, number, year, sep }]);
  });

  it('reads full-width letters and digits, keeping the written text and its position', () => {
    const [m] = findStandardNumbers('执行Ｑ／ＡＢＣ　００１—２０２３标准');
    expect(m).toMatchObject({ index: 2, text: 'Ｑ／ＡＢＣ　００１—２０２３' });
    expect(m!.ref).toMatchObject({ code: 'Q/ABC', number: '001', year: '2023', key: 'Q/ABC 001' });
  });
  it('takes "一" for the dash only before a four-digit year', () => {
    expect(refs('按GB/T 191一般规定')).toEqual([{ code: 'GB/T', number: '191', year: null, sep: null }]);
    expect(refs('Q/ABC 001一23')).toEqual([{ code: 'Q/ABC', number: '001', year: null, sep: null }]);
  });
  it('keeps classification letters and region prefixes out of other codes and plain words', () => {
    expect(refs('GB/T J191—2008')).toEqual([]);
    expect(refs('Q/ABC SDJ标准')).toEqual([]);
    expect(findStandardNumbers('符合Q/ZJHL J003—2025的规定').map((m) => m.ref.key)).toEqual(['Q/ZJHL J003']);
  });

  it('finds several numbers in running text with their positions', () => {
    const found = findStandardNumbers('按GB/T 2912.1规定的方法测定，并符合GB 18401—2010中5.2的要求。');
    expect(found.map((m) => m.ref.key)).toEqual(['GB/T 2912.1', 'GB 18401']);
    expect(found[1]!.ref.year).toBe('2010');
  });
  it('recognises "（所有部分）"', () => {
    expect(findStandardNumbers('GB/T 3102（所有部分）　量和单位')[0]!.ref.allParts).toBe(true);
  });
  it('does not take units, certificates or bare codes for numbers', () => {
    expect(refs('GB/T 标准')).toEqual([]);
    expect(refs('通过ISO 9001认证的企业')).toEqual([]);
    expect(refs('ISO 9001质量管理体系')).toEqual([]);
    expect(refs('QB 5 mg')).toEqual([]);
    expect(refs('ABCGB 123')).toEqual([]);
    expect(refs('Q/CQMY')).toEqual([]);
  });
  it('keeps the part number of GB/T 1.1 inside a drafting sentence', () => {
    const m = findStandardNumbers('本文件按照GB/T 1.1—2020《标准化工作导则　第1部分：标准化文件的结构和起草规则》的规定起草。');
    expect(m.map((x) => [x.ref.key, x.ref.year])).toEqual([['GB/T 1.1', '2020']]);
  });
});

describe('parseLeadingNumber / kindOfCode', () => {
  it('only parses a number at the start', () => {
    expect(parseLeadingNumber('GB/T 191 包装储运图示标志')?.ref.key).toBe('GB/T 191');
    expect(parseLeadingNumber('见GB/T 191')).toBeNull();
  });
  it.each([
    ['Q/CQMY', 'enterprise'], ['GB', 'national'], ['GB/T', 'national'], ['GB/Z', 'national'], ['QB/T', 'industry'],
    ['JJF', 'industry'], ['DB11/T', 'local'], ['T/CAS', 'group'], ['ISO', 'unknown'], [null, 'unknown'],
  ] as const)('%s → %s', (code, kind) => {
    expect(kindOfCode(code)).toBe(kind);
  });
});
