// Value shapes (numbers, ranges, grades, qualitative values, sampling plans) and unit conversion.
import { describe, expect, it } from 'vitest';
import { parseNumber, parseValue, renderDeclared, standardKeys } from '../src/indicators/values.ts';
import { conversionFactor, findUnit, normaliseUnit } from '../src/indicators/units.ts';
import { aliasScore, normaliseName, sameItem } from '../src/indicators/names.ts';
import { compareValue } from '../src/baselines/compare.ts';

describe('parseValue', () => {
  it.each([
    ['≤75', { kind: 'bound', comparator: '<=', value: 75 }],
    ['≤ 75 mg/kg', { kind: 'bound', comparator: '<=', value: 75 }],
    ['不大于0.08', { kind: 'bound', comparator: '<=', value: 0.08 }],
    ['≥3', { kind: 'bound', comparator: '>=', value: 3 }],
    ['<0.1', { kind: 'bound', comparator: '<', value: 0.1 }],
    ['75', { kind: 'bound', comparator: null, value: 75 }],
    ['７５', { kind: 'bound', comparator: null, value: 75 }],
    ['75以下', { kind: 'bound', comparator: '<=', value: 75 }],
    ['4.0～8.5', { kind: 'range', min: 4, max: 8.5 }],
    ['4.0-8.5', { kind: 'range', min: 4, max: 8.5 }],
    ['4.0~8.5', { kind: 'range', min: 4, max: 8.5 }],
    ['4.0—8.5', { kind: 'range', min: 4, max: 8.5 }],
    ['无', { kind: 'absent', text: '无' }],
    ['禁用', { kind: 'absent', text: '禁用' }],
    ['不得检出', { kind: 'absent', text: '不得检出' }],
    ['未检出', { kind: 'absent', text: '未检出' }],
    ['不得有异味', { kind: 'absent', text: '不得有异味' }],
    ['无色透明', { kind: 'text', text: '无色透明' }],
    ['应符合GB 2762的规定', { kind: 'reference', standards: ['GB 2762'] }],
    ['—', { kind: 'text', text: '—' }],
  ])('%s', (raw, want) => {
    expect(parseValue(raw)).toEqual(want);
  });

  it('reads grades: "3-4" is 3.5 when the unit is 级, "≥3～4" too, and "3-4级" without a hint', () => {
    expect(parseValue('3-4', { grade: true })).toEqual({ kind: 'bound', comparator: null, value: 3.5 });
    expect(parseValue('≥3～4', { grade: true })).toEqual({ kind: 'bound', comparator: '>=', value: 3.5 });
    expect(parseValue('3-4级')).toEqual({ kind: 'bound', comparator: null, value: 3.5 });
    expect(parseValue('4级')).toEqual({ kind: 'bound', comparator: null, value: 4 });
    // Not neighbouring grades: a range, even in a grade context.
    expect(parseValue('2-4', { grade: true })).toEqual({ kind: 'range', min: 2, max: 4 });
  });

  it('reads sampling plans with powers of ten', () => {
    expect(parseValue('n=5, c=2, m=10⁴, M=10⁵')).toEqual({ kind: 'plan', n: 5, c: 2, m: 10000, M: 100000 });
    expect(parseValue('n=5，c=1，m=100 CFU/g，M=1000 CFU/g')).toEqual({ kind: 'plan', n: 5, c: 1, m: 100, M: 1000 });
    expect(parseValue('n=5, c=0, m=0')).toEqual({ kind: 'plan', n: 5, c: 0, m: 0, M: null });
  });

  it('parses numbers with exponents', () => {
    expect(parseNumber('1.5×10⁴')).toBe(15000);
    expect(parseNumber('10^5')).toBe(100000);
    expect(parseNumber('10⁻²')).toBe(0.01);
    expect(parseNumber('abc')).toBeNull();
  });

  it('finds standard keys', () => {
    expect(standardKeys('应符合GB 2762和GB/T 2912.1—2009的规定')).toEqual(['GB 2762', 'GB/T 2912.1']);
  });

  it('renders a declared value as written, with the comparator of the item cell', () => {
    expect(renderDeclared({ kind: 'bound', comparator: '<=', value: 300 }, '300', 'mg/kg')).toBe('≤300 mg/kg');
    expect(renderDeclared({ kind: 'range', min: 4, max: 9 }, '4.0～9.0', null)).toBe('4.0～9.0');
  });
});

describe('units', () => {
  it.each([
    ['mg/m3', 'mg/m³'], ['µg/m³', 'μg/m³'], ['ug/m3', 'μg/m³'], ['毫克每千克', 'mg/kg'], ['（mg/kg）', 'mg/kg'],
    ['％', '%'], ['cfu/g', 'CFU/g'], ['mg/l', 'mg/L'], ['g/100 g', 'g/100g'],
  ])('normalises %s → %s', (raw, want) => {
    expect(normaliseUnit(raw)).toBe(want);
  });

  it.each([
    ['μg/m³', 'mg/m³', 0.001],
    ['mg/m³', 'μg/m³', 1000],
    ['μg/g', 'mg/kg', 1],
    ['%', 'mg/kg', 10000],
    ['g/kg', 'mg/kg', 1000],
    ['g/100g', '%', 1],
    ['mg/kg', 'μg/kg', 1000],
    ['CFU/g', 'CFU/g', 1],
    ['级', null, 1],
  ])('%s → %s × %d', (from, to, factor) => {
    const c = conversionFactor(from, to);
    expect(c.ok).toBe(true);
    if (c.ok) expect(c.factor).toBeCloseTo(factor, 12);
  });

  it('refuses conversions that are not exact', () => {
    expect(conversionFactor('mg/L', 'mg/m³')).toEqual({ ok: false, reason: 'different-dimension' });
    expect(conversionFactor('CFU/g', 'CFU/mL')).toEqual({ ok: false, reason: 'different-dimension' });
    expect(conversionFactor('mmol/kg', 'g/100g')).toEqual({ ok: false, reason: 'unknown-unit' });
    expect(conversionFactor(null, 'mg/kg')).toEqual({ ok: false, reason: 'missing-unit' });
  });

  it('finds units in item cells and header labels', () => {
    expect(findUnit('甲醛含量/(mg/kg)')).toBe('mg/kg');
    expect(findUnit('甲醛（mg/m³）')).toBe('mg/m³');
    expect(findUnit('耐水色牢度/级')).toBe('级');
    expect(findUnit('单位为毫克每千克')).toBe('mg/kg');
    expect(findUnit('pH值')).toBeNull();
  });
});

describe('names', () => {
  it('normalises units, comparators, "(以…计)" and bracket styles away', () => {
    expect(normaliseName('甲醛含量/(mg/kg)　≤')).toBe('甲醛含量');
    expect(normaliseName('铅（以Pb计）/(mg/kg)')).toBe('铅');
    expect(normaliseName('耐水色牢度（变色、沾色）/级　≥')).toBe('耐水色牢度(变色、沾色)');
    expect(normaliseName('酸价（以脂肪计）（KOH）/(mg/g)　≤')).toBe('酸价');
  });

  it('prefers the longest alias: 二甲苯 is not 苯', () => {
    expect(aliasScore('二甲苯', ['苯'])).toBeLessThan(aliasScore('二甲苯', ['二甲苯']));
    expect(aliasScore('游离甲醛含量', ['游离甲醛'])).toBeGreaterThan(0);
    // an element's name inside another word is not that element
    expect(aliasScore('铅笔硬度', ['铅', '可溶性铅'])).toBe(0);
    expect(aliasScore('可溶性铅含量', ['铅', '可溶性铅'])).toBeGreaterThan(0);
    expect(aliasScore('pH值', ['pH值'])).toBe(100);
  });

  it('matches loosely written items', () => {
    expect(sameItem('耐汗渍色牢度', '耐酸汗渍色牢度（变色、沾色）')).toBe(true);
    expect(sameItem('耐水色牢度', '耐干摩擦色牢度')).toBe(false);
    expect(sameItem('外观', '外观质量')).toBe(true);
  });
});

describe('compareValue', () => {
  const max75 = { value: parseValue('≤75'), means: null, unit: 'mg/kg', baselineKey: 'GB 18401' };
  it('upper bounds: equal, stricter, looser, other unit', () => {
    expect(compareValue(parseValue('≤75'), 'mg/kg', max75).kind).toBe('equal');
    expect(compareValue(parseValue('≤50'), 'mg/kg', max75).kind).toBe('stricter');
    expect(compareValue(parseValue('≤100'), 'mg/kg', max75).kind).toBe('looser');
    expect(compareValue(parseValue('75'), 'mg/kg', max75).kind).toBe('equal');
    expect(compareValue(parseValue('≤75'), 'μg/g', max75).kind).toBe('equal');
    expect(compareValue(parseValue('≤0.01'), '%', max75).kind).toBe('looser');
    expect(compareValue(parseValue('不得检出'), null, max75).kind).toBe('stricter');
    expect(compareValue(parseValue('≥75'), 'mg/kg', max75).kind).toBe('unresolved');
    expect(compareValue(parseValue('≤75'), 'mg/L', max75).kind).toBe('unresolved');
    expect(compareValue(parseValue('≤75'), null, max75).kind).toBe('unresolved');
  });

  it('ranges (pH) and grades', () => {
    const ph = { value: parseValue('4.0～8.5'), means: null, unit: null, baselineKey: 'GB 18401' };
    expect(compareValue(parseValue('4.0～8.5'), null, ph).kind).toBe('equal');
    expect(compareValue(parseValue('4.0～7.5'), null, ph).kind).toBe('stricter');
    expect(compareValue(parseValue('4.0～9.0'), null, ph).kind).toBe('looser');
    expect(compareValue(parseValue('≤8.5'), null, ph).kind).toBe('unresolved');
    const grade = { value: parseValue('≥3-4', { grade: true }), means: null, unit: '级', baselineKey: 'GB 18401' };
    expect(compareValue(parseValue('≥3-4', { grade: true }), '级', grade).kind).toBe('equal');
    expect(compareValue(parseValue('≥4'), '级', grade).kind).toBe('stricter');
    expect(compareValue(parseValue('≥3'), null, grade).kind).toBe('looser');
  });

  it('qualitative limits with a numeric meaning, references and plans', () => {
    const banned = { value: parseValue('禁用'), means: parseValue('≤20'), unit: 'mg/kg', baselineKey: 'GB 18401' };
    expect(compareValue(parseValue('禁用'), null, banned).kind).toBe('equal');
    expect(compareValue(parseValue('≤20'), 'mg/kg', banned).kind).toBe('equal');
    expect(compareValue(parseValue('≤30'), 'mg/kg', banned).kind).toBe('looser');
    expect(compareValue(parseValue('应符合GB 18401的规定'), null, max75).kind).toBe('equal');
    expect(compareValue(parseValue('应符合GB 9999的规定'), null, max75).kind).toBe('unresolved');
    const plan = { value: parseValue('n=5, c=2, m=10⁴, M=10⁵'), means: null, unit: 'CFU/g', baselineKey: 'GB 7099' };
    expect(compareValue(parseValue('n=5, c=2, m=10⁴, M=10⁵'), 'CFU/g', plan).kind).toBe('equal');
    expect(compareValue(parseValue('n=5, c=1, m=10⁴, M=10⁵'), 'CFU/g', plan).kind).toBe('stricter');
    expect(compareValue(parseValue('n=5, c=2, m=10⁵, M=10⁶'), 'CFU/g', plan).kind).toBe('looser');
    expect(compareValue(parseValue('n=3, c=2, m=10⁴, M=10⁵'), 'CFU/g', plan).kind).toBe('looser');
    expect(compareValue(parseValue('≤10000'), 'CFU/g', plan).kind).toBe('unresolved');
  });
});
