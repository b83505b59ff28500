// Normalisation and fuzzy matching of indicator names ("甲醛含量/(mg/kg)　≤" ~ "甲醛含量";
// "铅(以Pb计)" ~ "铅"; "耐酸汗渍色牢度（变色、沾色）" ~ "耐汗渍色牢度").

import { trailingComparator } from './values.ts';

/** Strips unit, comparator, "(以…计)", spaces and bracket style; keeps qualifiers such as "（变色、沾色）". */
// Catalogue aliases are normalised again for every declared item; remember results (bounded per worker).
const normalised = new Map<string, string>();
const NORMALISED_MAX = 20_000;

export function normaliseName(raw: string): string {
  let hit = normalised.get(raw);
  if (hit === undefined) {
    if (normalised.size >= NORMALISED_MAX) normalised.clear();
    hit = normaliseNameUncached(raw);
    normalised.set(raw, hit);
  }
  return hit;
}

function normaliseNameUncached(raw: string): string {
  let s = raw.normalize('NFKC').replace(/[\s\u3000]+/g, '');
  for (;;) {
    const tc = trailingComparator(s);
    if (!tc) break;
    s = tc.rest.replace(/\s+/g, '');
  }
  s = s
    .replace(/[（]/g, '(').replace(/[）]/g, ')').replace(/[［【]/g, '[').replace(/[］】]/g, ']')
    // unit suffixes: "/(mg/kg)", "(mg/kg)", "/级", ",mg/kg", "/%"
    .replace(/[/,，]?\((?:[μµu]?g|mg(?:KOH)?|g|CFU|MPN|cfu)\/[^)]*\)$/i, '')
    .replace(/\/(?:[μµu]?g|mg|g)\/(?:kg|g|L|mL|m3|m³|100g)$/i, '')
    .replace(/[,，]?(?:[μµu]?g|mg|g)\/(?:kg|g|L|mL|m3|m³|100g)$/i, '')
    // "/级", "(级)", "/%", "%", "色牢度级" — but not the grade label of "甲醛释放量(E0级)"
    .replace(/(?:\/\(?(?:级|%)\)?|\((?:级|%)\)|%|(?<=度)级)$/, '')
    .replace(/\(以[^)]*计\)|\(KOH\)/g, '')
    .replace(/[:：]$/, '');
  return s;
}

/** The name without parenthesised qualifiers: "耐水色牢度(变色、沾色)" → "耐水色牢度". */
export function coreName(raw: string): string {
  const n = normaliseName(raw);
  return n.replace(/\([^)]*\)/g, '') || n;
}

function bigrams(s: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < s.length; i++) out.push(s.slice(i, i + 2));
  return out;
}

/** Dice coefficient on character bigrams. */
function similarity(a: string, b: string): number {
  const x = bigrams(a);
  const y = bigrams(b);
  if (!x.length || !y.length) return a === b ? 1 : 0;
  const pool = [...y];
  let common = 0;
  for (const g of x) {
    const i = pool.indexOf(g);
    if (i >= 0) { common++; pool.splice(i, 1); }
  }
  return (2 * common) / (x.length + y.length);
}

/**
 * Whether two loosely written item names denote the same thing (test-method titles, inspection items):
 * one contains the other, or they share most character bigrams.
 */
export function sameItem(a: string, b: string): boolean {
  const x = coreName(a);
  const y = coreName(b);
  if (!x || !y) return false;
  if (x === y) return true;
  if (x.length >= 2 && y.length >= 2 && (x.includes(y) || y.includes(x))) return true;
  return similarity(x, y) >= 0.6;
}

/** Words in which an element's name is part of another word: "铅笔硬度" (a coating's pencil hardness) is no lead
 *  limit, "铬鞣" is how leather is tanned. Masked before aliases are looked for inside a name. */
const NOT_AN_ELEMENT = /铅笔|铅锤|铅垂|铅封|铬鞣|汞灯|钡白|锑白/g;

/**
 * Score of a declared name against an alias list: 100 = the name (or its core) is an alias, otherwise the length of
 * the longest alias it contains, 0 = no match. The longest alias wins, so "二甲苯" beats "苯" and "甲苯".
 */
export function aliasScore(declared: string, aliases: readonly string[]): number {
  // Latin letters in any case: "PH值" is pH, "Tvoc" is TVOC.
  const d = normaliseName(declared).toLowerCase().replace(NOT_AN_ELEMENT, '□');
  const dc = coreName(declared).toLowerCase();
  let best = 0;
  for (const a of aliases) {
    const n = normaliseName(a).toLowerCase();
    if (!n) continue;
    if (n === d || n === dc) return 100;
    if (d.includes(n)) best = Math.max(best, n.length);
  }
  return best;
}

/** Endings shared by the names of a list, shortest first. */
const SHARED_ENDINGS = ['色牢度', '含量', '释放量', '迁移量', '残留量'];
const TOTAL = /(?:总含量|总量|总和|之和|合计)$/;

/**
 * A list whose items share the last item's ending: "耐水、耐酸汗渍、耐碱汗渍色牢度" → 耐水色牢度, 耐酸汗渍色牢度,
 * 耐碱汗渍色牢度; "铅、镉含量" → 铅含量, 镉含量; "耐水色牢度、耐汗渍色牢度" → both. Anything else is returned as
 * the one name it is.
 */
export function expandList(name: string): string[] {
  const parts = name.split(/[、]/).map((p) => p.trim());
  if (parts.length < 2 || parts.some((p) => !p)) return [name];
  const last = parts[parts.length - 1]!;
  // "DBP、BBP、DEHP的总含量": one total of the listed substances, not a limit for each
  if (TOTAL.test(last)) return [name];
  const ending = SHARED_ENDINGS.find((e) => last.endsWith(e) && last.length > e.length);
  if (!ending || parts.slice(0, -1).some((p) => p.length > 12)) return [name];
  // "耐酸、碱汗渍色牢度": the acid/alkaline halves share "汗渍色牢度", not only "色牢度".
  const perspiration = last.endsWith('汗渍色牢度');
  return parts.map((p) => (p.endsWith(ending) ? p : perspiration && /^耐?[酸碱]$/.test(p) ? `${p}汗渍色牢度` : p + ending));
}
