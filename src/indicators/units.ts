// Units of declared and baseline limits: normalisation of the many spellings found in standards, and
// conversion between units of the same dimension. Only conversions that are exact and unambiguous are
// offered; anything else is "not convertible" and the comparison is left unresolved.

/** Dimensions that must never be mixed: mg/L (a solution, e.g. the desiccator method) is not mg/m³ (air). */
export type Dimension = 'mass-fraction' | 'air-concentration' | 'liquid-concentration' | 'grade' | 'count' | 'other';

interface UnitDef {
  dimension: Dimension;
  /** Factor to the dimension's base unit (mg/kg, mg/m³, mg/L, 级). */
  factor: number;
}

const UNITS: Record<string, UnitDef> = {
  'mg/kg': { dimension: 'mass-fraction', factor: 1 },
  'μg/g': { dimension: 'mass-fraction', factor: 1 },
  'μg/kg': { dimension: 'mass-fraction', factor: 0.001 },
  'g/kg': { dimension: 'mass-fraction', factor: 1000 },
  'mg/g': { dimension: 'mass-fraction', factor: 1000 },
  'g/100g': { dimension: 'mass-fraction', factor: 10000 },
  'mg/100g': { dimension: 'mass-fraction', factor: 10 },
  '%': { dimension: 'mass-fraction', factor: 10000 },
  'ppm': { dimension: 'mass-fraction', factor: 1 },
  'mg/m³': { dimension: 'air-concentration', factor: 1 },
  'μg/m³': { dimension: 'air-concentration', factor: 0.001 },
  'g/m³': { dimension: 'air-concentration', factor: 1000 },
  'mg/L': { dimension: 'liquid-concentration', factor: 1 },
  'μg/L': { dimension: 'liquid-concentration', factor: 0.001 },
  'g/L': { dimension: 'liquid-concentration', factor: 1000 },
  'mg/mL': { dimension: 'liquid-concentration', factor: 1000 },
  '级': { dimension: 'grade', factor: 1 },
};

/** Chinese unit names as written out in "单位为…" lines or prose. */
const WORD_UNITS: [RegExp, string][] = [
  [/毫克每千克|毫克\/千克/g, 'mg/kg'],
  [/微克每克|微克\/克/g, 'μg/g'],
  [/微克每千克|微克\/千克/g, 'μg/kg'],
  [/克每千克|克\/千克/g, 'g/kg'],
  [/毫克每克|毫克\/克/g, 'mg/g'],
  [/克每百克|克\/百克|克每100克|克\/100\s*克/g, 'g/100g'],
  [/毫克每立方米|毫克\/立方米/g, 'mg/m³'],
  [/微克每立方米|微克\/立方米/g, 'μg/m³'],
  [/毫克每升|毫克\/升/g, 'mg/L'],
  [/微克每升|微克\/升/g, 'μg/L'],
  [/克每升|克\/升/g, 'g/L'],
  [/百分比|百分数/g, '%'],
];

/**
 * Normalises a unit spelling to the canonical key used above ("mg/m3" → "mg/m³", "µg/g" → "μg/g",
 * "毫克每千克" → "mg/kg", "CFU/g" stays "CFU/g"). Returns the trimmed input when it is not a known unit.
 */
export function normaliseUnit(raw: string): string {
  let u = normalisedUnits.get(raw);
  if (u === undefined) {
    u = normaliseUnitUncached(raw);
    remember(normalisedUnits, raw, u);
  }
  return u;
}

// Memos of the two pure unit parsers: extraction and the baseline checks parse the same few cell and unit texts
// (column labels, unit notes, "mg/kg") over and over, each time through NFKC and a dozen regex replacements.
const normalisedUnits = new Map<string, string>();
const foundUnits = new Map<string, string | null>();
/** Bound on each memo, so that a long batch cannot grow it without limit. */
const MEMO_MAX = 5_000;

function remember<V>(memo: Map<string, V>, key: string, value: V): void {
  if (memo.size >= MEMO_MAX) memo.clear();
  memo.set(key, value);
}

function normaliseUnitUncached(raw: string): string {
  let u = raw.normalize('NFKC').replace(/\s+/g, '').replace(/[()（）]/g, '');
  for (const [re, to] of WORD_UNITS) u = u.replace(re, to);
  u = u
    .replace(/[µμu](?=g)/g, 'μ')
    .replace(/m\^?3$/, 'm³')
    .replace(/^mg\/l$/i, 'mg/L').replace(/^μg\/l$/i, 'μg/L').replace(/^g\/l$/i, 'g/L').replace(/^mg\/ml$/i, 'mg/mL')
    .replace(/^cfu\//i, 'CFU/').replace(/^mpn\//i, 'MPN/')
    .replace(/^g\/100(g|克)$/, 'g/100g').replace(/^mg\/100g$/, 'mg/100g')
    .replace(/\(KOH\)|（KOH）|KOH/gi, '');
  return u;
}

function unitDef(unit: string | null): UnitDef | null {
  if (unit === null) return null;
  const n = normaliseUnit(unit);
  const def = UNITS[n];
  if (def) return def;
  // Counts: CFU/g, MPN/100mL, 个/g … convertible only to themselves.
  if (/^(CFU|MPN|个)\//.test(n)) return { dimension: 'count', factor: 1 };
  return null;
}

export type Conversion = { ok: true; factor: number } | { ok: false; reason: 'unknown-unit' | 'different-dimension' | 'missing-unit' };

/**
 * Factor that turns a value in `from` into a value in `to`. Both null (dimensionless, e.g. pH) is fine;
 * one of them null is not, except that a grade value may omit "级".
 */
export function conversionFactor(from: string | null, to: string | null): Conversion {
  const f = from === null || from === '' ? null : normaliseUnit(from);
  const t = to === null || to === '' ? null : normaliseUnit(to);
  if (f === t) return { ok: true, factor: 1 };
  if (f === null || t === null) {
    if (f === '级' || t === '级') return { ok: true, factor: 1 };
    return { ok: false, reason: 'missing-unit' };
  }
  const a = unitDef(f);
  const b = unitDef(t);
  if (!a || !b) return { ok: false, reason: 'unknown-unit' };
  if (a.dimension !== b.dimension) return { ok: false, reason: 'different-dimension' };
  if (a.dimension === 'count') return { ok: false, reason: 'different-dimension' };
  return { ok: true, factor: a.factor / b.factor };
}

/** Finds a unit written after a number or inside an item name ("/(mg/kg)", "（mg/m³）", "，mg/kg", "/级"). */
const UNIT_TOKEN =
  /mmol\s*\/\s*kg|mg\s*[(（]?\s*KOH\s*[)）]?\s*\/\s*g\b|(μg|µg|ug|mg|g)\s*\/\s*(kg|g|100\s*g|m\s*[³3]|L|l|mL|ml)\b|(μg|µg|ug|mg|g)\/(kg|g|100g|m³|m3|L|mL)|CFU\s*\/\s*(g|mL|ml)|MPN\s*\/\s*(g|100\s*mL|mL)|[%％]|级|ppm|毫克每千克|毫克\/千克|微克每克|毫克每立方米|毫克\/立方米|毫克每升|毫克每克|毫克\/克|克每百克|克\/百克|克每100克|克\/100\s*克/;

export function findUnit(text: string): string | null {
  let unit = foundUnits.get(text);
  if (unit === undefined) {
    const m = UNIT_TOKEN.exec(text.normalize('NFKC'));
    unit = m ? normaliseUnit(m[0]) : null;
    remember(foundUnits, text, unit);
  }
  return unit;
}
