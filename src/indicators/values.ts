// Parsing of limit values as standards write them: "≤75", "4.0～8.5", "≥3-4"(级), "不得检出", "禁用",
// "n=5, c=2, m=10⁴, M=10⁵". Used for declared values in documents and for the limits in checks/baselines.

export type Comparator = '<=' | '<' | '>=' | '>';

export type LimitValue =
  /** A one-sided limit. `assumed` = no comparator was written (a bare number under 指标). */
  | { kind: 'bound'; comparator: Comparator | null; value: number }
  | { kind: 'range'; min: number; max: number }
  /** 无 / 禁用 / 不得检出 / 未检出 / 阴性 … */
  | { kind: 'absent'; text: string }
  /** Sampling plan of microbiological limits. m/M in the plan's unit; M null for two-class plans. */
  | { kind: 'plan'; n: number; c: number; m: number; M: number | null }
  /** "应符合GB 2762的规定": the requirement is delegated to another standard (keys "GB 2762"). */
  | { kind: 'reference'; standards: string[] }
  /** Some text that is not a value (descriptions, "—"). */
  | { kind: 'text'; text: string };

const SUPERSCRIPT: Record<string, string> = { '⁰': '0', '¹': '1', '²': '2', '³': '3', '⁴': '4', '⁵': '5', '⁶': '6', '⁷': '7', '⁸': '8', '⁹': '9', '⁻': '-' };

/** Full-width digits and signs to ASCII; keeps CJK text and "～" as they are. */
function asciiDigits(s: string): string {
  return s
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[．]/g, '.').replace(/[＜]/g, '<').replace(/[＞]/g, '>').replace(/[＝]/g, '=').replace(/[，]/g, '，')
    // "1,200": thousands separators, as spreadsheets format large limits (钡 1,000 mg/kg)
    .replace(/(?<![\d.,])\d{1,3}(?:,\d{3})+(?![\d,])/g, (n) => n.replace(/,/g, ''));
}

/** A number as limits are written: "75", "1.5×10⁴", "10^5", and the spreadsheet form "1.5E+04" (LIMS and Excel exports). */
const NUM = String.raw`(?:10(?:\^-?\d+|[⁰¹²³⁴⁵⁶⁷⁸⁹⁻]+)|\d+(?:\.\d+)?(?:[eE][+\-]?\d{1,2}(?![\d.])|\s*[×xX*]\s*10(?:\^-?\d+|[⁰¹²³⁴⁵⁶⁷⁸⁹⁻]+))?)`;

/** "1.5×10⁴" → 15000, "10^5" → 100000, "75" → 75. */
export function parseNumber(raw: string): number | null {
  const s = raw.replace(/\s+/g, '').replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹⁻]+/g, (sup) => '^' + [...sup].map((c) => SUPERSCRIPT[c]).join(''));
  const pow = /^(?:(\d+(?:\.\d+)?)[×xX*])?10\^(-?\d+)$/.exec(s);
  if (pow) return (pow[1] ? Number(pow[1]) : 1) * 10 ** Number(pow[2]);
  const e = /^(\d+(?:\.\d+)?)[eE]([+-]?\d{1,2})$/.exec(s);
  if (e) return Number((Number(e[1]) * 10 ** Number(e[2])).toPrecision(12));
  return /^\d+(?:\.\d+)?$/.test(s) ? Number(s) : null;
}

const COMPARATORS: [RegExp, Comparator][] = [
  [/^(?:≤|≦|<=|不大于|不超过|不高于|小于或等于|小于等于|不应大于|不应超过|不得超过|不得大于)/, '<='],
  [/^(?:≥|≧|>=|不小于|不低于|大于或等于|大于等于|不应小于|不应低于|不得低于|不得小于)/, '>='],
  [/^(?:<|小于|低于)/, '<'],
  [/^(?:>|大于|高于)/, '>'],
];

/** Reads a comparator at the start of `s`; returns it and the rest. */
function leadingComparator(s: string): { comparator: Comparator; rest: string } | null {
  for (const [re, c] of COMPARATORS) {
    const m = re.exec(s);
    if (m) return { comparator: c, rest: s.slice(m[0].length) };
  }
  return null;
}

/** Reads a comparator at the end of `s` ("甲醛含量/(mg/kg)　≤"). */
export function trailingComparator(s: string): { comparator: Comparator; rest: string } | null {
  const m = /(≤|≦|<=|≥|≧|>=|<|>|不大于|不小于|不高于|不低于|不超过)\s*$/.exec(s);
  if (!m) return null;
  const lc = leadingComparator(m[1]!);
  return lc ? { comparator: lc.comparator, rest: s.slice(0, m.index).trimEnd() } : null;
}

const ABSENT_RE = /^(?:应|均应)?(?:无(?!色)|禁用|禁止使用|不得检出|不应检出|未检出|不得使用|不得含有|不应含有|不得有|不应有|阴性|ND$|n\.d\.$|不允许|不得添加)/i;
const RANGE_SEP = String.raw`\s*(?:～|~|〜|-|–|—|至|－)\s*`;

export interface ParseOptions {
  /** The value is a colour-fastness grade ("3-4" = 3.5), e.g. because the unit is 级. */
  grade?: boolean;
}

/** A grade written as "3-4" is half-way between two neighbouring grades. */
function halfGrade(a: number, b: number): number | null {
  return Number.isInteger(a) && b === a + 1 && a >= 1 && a <= 4 ? a + 0.5 : null;
}

/**
 * Parses one value cell or the value part of a sentence. Unit text after the number is ignored here
 * (the caller reads it with findUnit). Returns kind 'text' when nothing value-like is found.
 */
export function parseValue(raw: string, opts: ParseOptions = {}): LimitValue {
  const text = asciiDigits(raw).replace(/[\u3000\s]+/g, ' ').trim();
  const t = text.replace(/\s/g, '');
  if (t === '' || /^[—\-–/／、]+$/.test(t)) return { kind: 'text', text };
  if (ABSENT_RE.test(t)) return { kind: 'absent', text: t.replace(/[。；;，,].*$/, '') };
  const refs = standardKeys(t);
  if (refs.length && /符合|执行|按|规定|要求/.test(t)) return { kind: 'reference', standards: refs };
  const plan = parsePlan(t);
  if (plan) return plan;
  const grade = opts.grade || /级/.test(t);
  const lc = leadingComparator(t);
  const body = lc ? lc.rest : t;
  const range = new RegExp(`^(${NUM})${RANGE_SEP}(${NUM})`).exec(body);
  if (range) {
    const a = parseNumber(range[1]!);
    const b = parseNumber(range[2]!);
    if (a !== null && b !== null) {
      const half = grade ? halfGrade(a, b) : null;
      if (half !== null) return { kind: 'bound', comparator: lc?.comparator ?? null, value: half };
      if (!lc && a <= b) return { kind: 'range', min: a, max: b };
    }
  }
  const single = new RegExp(`^(${NUM})`).exec(body);
  if (single) {
    const v = parseNumber(single[1]!);
    const after = body.slice(single[0].length);
    // "75以下" / "3级以上"
    const suffix = /^[^\d]{0,8}?(以下|以内)/.test(after) ? '<=' : /^[^\d]{0,8}?以上/.test(after) ? '>=' : null;
    if (v !== null) return { kind: 'bound', comparator: lc?.comparator ?? suffix, value: v };
  }
  return { kind: 'text', text };
}

type PlanKey = 'n' | 'c' | 'm' | 'M';
/** "n=5" … "M=10⁵": one pattern per sampling-plan field, compiled once rather than on every call. */
const PLAN_FIELD = Object.fromEntries(
  (['n', 'c', 'm', 'M'] as const).map((k) => [k, new RegExp(`(?:^|[^A-Za-z])${k}\\s*[=＝]\\s*(${NUM})`)]),
) as Record<PlanKey, RegExp>;

/** "n=5, c=2, m=10⁴, M=10⁵" (any order, separators ，,；; or spaces). */
export function parsePlan(t: string): LimitValue | null {
  // Every value cell is tried as a plan: without an equals sign it cannot be one.
  if (!t.includes('=') && !t.includes('＝')) return null;
  const get = (k: PlanKey): number | null => {
    const m = PLAN_FIELD[k].exec(t);
    return m ? parseNumber(m[1]!) : null;
  };
  const n = get('n');
  const c = get('c');
  const m = get('m');
  if (n === null || c === null || m === null) return null;
  return { kind: 'plan', n, c, m, M: get('M') };
}

/** Standard keys ("GB 2762", "GB/T 2912.1") mentioned in a text. */
export function standardKeys(text: string): string[] {
  const out: string[] = [];
  const re = /\b(GB\/T|GB\/Z|GB|[A-Z]{2}\/T|[A-Z]{2})\s*(\d+(?:\.\d+)*)/g;
  for (const m of text.normalize('NFKC').matchAll(re)) {
    const key = `${m[1]} ${m[2]}`;
    if (!out.includes(key)) out.push(key);
  }
  return out;
}

/** A value as written plus its unit: "≤75 mg/kg", "≥3-4级", "4.0～8.5". */
export function withUnit(text: string, unit: string | null): string {
  if (!unit || text.includes(unit) || !/\d/.test(text)) return text;
  return unit === '级' || unit === '%' ? text + unit : `${text} ${unit}`;
}

const SYMBOL: Record<Comparator, string> = { '<=': '≤', '<': '<', '>=': '≥', '>': '>' };

/** A declared value for messages, keeping the digits as written ("4.0～9.0") and adding a comparator that
 *  was written in the item cell ("甲醛含量/(mg/kg) ≤" + "300" → "≤300 mg/kg"). */
export function renderDeclared(value: LimitValue, written: string, unit: string | null): string {
  const text = written.replace(/[\s\u3000]+/g, ' ').trim();
  if (value.kind === 'bound' && value.comparator && !leadingComparator(text.replace(/\s/g, ''))) {
    return withUnit(SYMBOL[value.comparator] + text, unit);
  }
  return withUnit(text, unit);
}
