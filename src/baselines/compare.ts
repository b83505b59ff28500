// Compares one declared value with one baseline limit: 符合 (equal) / 优于 (stricter) / 不符合 (looser) /
// 无法判断 (unresolved, with the reason). Units are converted first; a unit that cannot be converted is
// unresolved, never "符合".
import type { Localized } from '../engine/types.ts';
import { conversionFactor } from '../indicators/units.ts';
import type { LimitValue } from '../indicators/values.ts';

export type Outcome =
  | { kind: 'equal' }
  | { kind: 'stricter' }
  | { kind: 'looser' }
  | { kind: 'unresolved'; reason: Localized };

export interface BaselineLimitValue {
  value: LimitValue;
  /** Numeric meaning of a qualitative value (禁用 = ≤20 mg/kg). */
  means: LimitValue | null;
  unit: string | null;
  /** Key of the baseline ("GB 18401"): a declared "应符合GB 18401的规定" is equal. */
  baselineKey: string;
}

const EPS = 1e-9;

function cmp(a: number, b: number): -1 | 0 | 1 {
  const d = a - b;
  if (Math.abs(d) <= EPS * Math.max(1, Math.abs(a), Math.abs(b))) return 0;
  return d < 0 ? -1 : 1;
}

const R = {
  unit: (from: string | null, to: string | null): Localized => ({
    zh: from === null ? `未写明单位（基线单位为 ${to}）` : `单位“${from}”无法换算为“${to ?? '无量纲'}”`,
    en: from === null ? `no unit given (the baseline unit is ${to})` : `unit "${from}" cannot be converted to "${to ?? 'dimensionless'}"`,
  }),
  direction: { zh: '声明的是下限，而基线规定上限', en: 'a lower bound is declared where the baseline sets an upper bound' } as Localized,
  directionMin: { zh: '声明的是上限，而基线规定下限', en: 'an upper bound is declared where the baseline sets a lower bound' } as Localized,
  oneSided: { zh: '基线规定范围，声明值只给出单侧界限', en: 'the baseline sets a range; the declared value is one-sided' } as Localized,
  text: (t: string): Localized => ({ zh: `声明值“${t}”不是可比较的限值`, en: `the declared value "${t}" is not a comparable limit` }),
  reference: (s: string): Localized => ({ zh: `声明引用 ${s}，其限值不在基线目录中`, en: `the value refers to ${s}, whose limits are not in the catalogue` }),
  plan: { zh: '采样方案与单一限值无法直接比较', en: 'a sampling plan cannot be compared with a single limit' } as Localized,
  qualitative: { zh: '基线为定性要求，声明值为数值且基线未给出对应数值', en: 'the baseline is qualitative and gives no numeric equivalent' } as Localized,
};

function factor(declaredUnit: string | null, baselineUnit: string | null): number | Localized {
  const c = conversionFactor(declaredUnit, baselineUnit);
  return c.ok ? c.factor : R.unit(declaredUnit, baselineUnit);
}

function isLocalized(x: unknown): x is Localized {
  return typeof x === 'object' && x !== null && 'zh' in x;
}

/** Upper bound (≤ v): smaller is stricter. */
function againstMax(d: LimitValue, f: number, max: number): Outcome {
  if (d.kind === 'bound') {
    if (d.comparator === '>=' || d.comparator === '>') return { kind: 'unresolved', reason: R.direction };
    const c = cmp(d.value * f, max);
    return c === 0 ? { kind: 'equal' } : c < 0 ? { kind: 'stricter' } : { kind: 'looser' };
  }
  if (d.kind === 'range') {
    const c = cmp(d.max * f, max);
    return c === 0 ? { kind: 'equal' } : c < 0 ? { kind: 'stricter' } : { kind: 'looser' };
  }
  return { kind: 'unresolved', reason: R.text(describe(d)) };
}

/** Lower bound (≥ v): larger is stricter (colour-fastness grades). */
function againstMin(d: LimitValue, f: number, min: number): Outcome {
  if (d.kind === 'bound') {
    if (d.comparator === '<=' || d.comparator === '<') return { kind: 'unresolved', reason: R.directionMin };
    const c = cmp(d.value * f, min);
    return c === 0 ? { kind: 'equal' } : c > 0 ? { kind: 'stricter' } : { kind: 'looser' };
  }
  if (d.kind === 'range') {
    const c = cmp(d.min * f, min);
    return c === 0 ? { kind: 'equal' } : c > 0 ? { kind: 'stricter' } : { kind: 'looser' };
  }
  return { kind: 'unresolved', reason: R.text(describe(d)) };
}

function describe(d: LimitValue): string {
  switch (d.kind) {
    case 'text': return d.text;
    case 'absent': return d.text;
    case 'reference': return d.standards.join('、');
    default: return d.kind;
  }
}

export function compareValue(declared: LimitValue, declaredUnit: string | null, limit: BaselineLimitValue): Outcome {
  const b = limit.value;
  if (declared.kind === 'reference') {
    return declared.standards.includes(limit.baselineKey)
      ? { kind: 'equal' }
      : { kind: 'unresolved', reason: R.reference(declared.standards.join('、')) };
  }
  if (declared.kind === 'text') return { kind: 'unresolved', reason: R.text(declared.text) };
  if (b.kind === 'absent') {
    if (declared.kind === 'absent') return { kind: 'equal' };
    if (!limit.means) return { kind: 'unresolved', reason: R.qualitative };
    return compareValue(declared, declaredUnit, { ...limit, value: limit.means, means: null });
  }
  if (declared.kind === 'absent') {
    // "不得检出" satisfies any upper bound and a zero-acceptance plan.
    if (b.kind === 'bound' && (b.comparator === '<=' || b.comparator === '<')) return { kind: 'stricter' };
    if (b.kind === 'plan' && b.c === 0 && b.m === 0) return { kind: 'equal' };
    return { kind: 'unresolved', reason: R.text(declared.text) };
  }
  const f = factor(declaredUnit, limit.unit);
  if (isLocalized(f)) return { kind: 'unresolved', reason: f };
  if (b.kind === 'plan') return againstPlan(declared, f, b);
  if (declared.kind === 'plan') return { kind: 'unresolved', reason: R.plan };
  if (b.kind === 'range') {
    if (declared.kind !== 'range') return { kind: 'unresolved', reason: R.oneSided };
    const lo = cmp(declared.min * f, b.min);
    const hi = cmp(declared.max * f, b.max);
    if (lo < 0 || hi > 0) return { kind: 'looser' };
    return lo === 0 && hi === 0 ? { kind: 'equal' } : { kind: 'stricter' };
  }
  if (b.kind !== 'bound') return { kind: 'unresolved', reason: R.qualitative };
  // A bare number (no comparator written) reads in the baseline's direction.
  return b.comparator === '>=' || b.comparator === '>' ? againstMin(declared, f, b.value) : againstMax(declared, f, b.value);
}

function againstPlan(d: LimitValue, f: number, b: Extract<LimitValue, { kind: 'plan' }>): Outcome {
  if (d.kind !== 'plan') return { kind: 'unresolved', reason: R.plan };
  const parts = [cmp(b.n, d.n), cmp(d.c, b.c), cmp(d.m * f, b.m)];
  if (b.M !== null) {
    if (d.M === null) return { kind: 'unresolved', reason: R.plan };
    parts.push(cmp(d.M * f, b.M));
  }
  if (parts.some((p) => p > 0)) return { kind: 'looser' };
  return parts.every((p) => p === 0) ? { kind: 'equal' } : { kind: 'stricter' };
}
