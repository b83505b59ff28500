// Standard numbers ("GB/T 2912.1—2009", "Q/CQMY 001—2024", "DB50/T 123-2020", "ISO 6330:2012"):
// finding them in running text and parsing them into code / number / year.
import type { DocumentKind, StandardRef } from './types.ts';

/** Codes of Chinese sector (industry) standards; used bare (mandatory: "QB 1234") or with /T, /Z. */
const INDUSTRY_CODES = [
  'BB', 'CB', 'CH', 'CJ', 'CY', 'DA', 'DL', 'DZ', 'EJ', 'FZ', 'GA', 'GH', 'GM', 'GY', 'HB', 'HG', 'HJ', 'HS', 'HY',
  'JB', 'JC', 'JG', 'JR', 'JT', 'JY', 'LB', 'LD', 'LS', 'LY', 'MH', 'MT', 'MZ', 'NB', 'NY', 'QB', 'QC', 'QJ', 'QX',
  'RB', 'SB', 'SC', 'SF', 'SH', 'SJ', 'SL', 'SN', 'SY', 'TB', 'TD', 'TY', 'WB', 'WH', 'WJ', 'WM', 'WS', 'WW', 'XB',
  'XF', 'YB', 'YC', 'YD', 'YJ', 'YM', 'YS', 'YY', 'YZ', 'ZY', 'JJF', 'JJG', 'GBZ', 'GBJ',
];
const INDUSTRY_SET = new Set(INDUSTRY_CODES);

const SP = '[ \\t\\u00a0\\u3000]';
/** Year connectors as drafters write them: em dash (correct), hyphen, en dash, full-width hyphen, horizontal bar. */
const YEAR_SEP = '[—\\-–－―‐‑]{1,2}';

// Alternatives, most specific first. Each produces the code in group "code".
const CODE_PATTERNS = [
  // enterprise: Q/ABC, Q/ABC/J (historic category suffix); code letters may be lower case or CJK in bad drafts; the
  // slash may be full-width ("Q／CQMY": a defect the number rules judge, but still the document's number)
  `Q${SP}?[/／]${SP}?[A-Za-z0-9\\u4e00-\\u9fff]+?(?:/[A-Z])?`,
  // local: DB11/T, DB50/, DBS50/ (food safety local standards)
  `DBS?${SP}?\\d{2}${SP}?/${SP}?(?:T|Z)?`,
  // group: T/CAS, T/CCAA
  `T${SP}?/${SP}?[A-Z][A-Z0-9]{1,11}`,
  // national
  `GB${SP}?/${SP}?[TZ]`,
  // industry with /T or /Z, or from the list
  `[A-Z]{2,3}${SP}?/${SP}?[TZ]`,
  `(?:${INDUSTRY_CODES.join('|')})`,
  'GB',
].join('|');

const CN_NUMBER = String.raw`\d{1,6}(?:\.\d{1,4}){0,3}`;
const INTL = `(?<intl>ISO${SP}?/${SP}?IEC|IEC${SP}?/${SP}?ISO|ISO${SP}?/${SP}?(?:TS|TR|PAS)|IEC${SP}?/${SP}?(?:TS|TR)|ISO|IEC|BS${SP}EN|DIN${SP}EN|EN|ASTM)`;
const INTL_NUMBER = String.raw`[A-Z]?${SP}?\d{1,6}(?:[-.][A-Z]?\d{1,4}){0,3}`;

const STD_RE = new RegExp(
  `(?<![A-Za-z0-9/])(?:(?<code>${CODE_PATTERNS})${SP}*(?<num>${CN_NUMBER})(?<food>S)?(?![A-Za-z0-9])(?:${SP}*(?<sep>${YEAR_SEP})${SP}*(?<year>(?:19|20)\\d{2}|\\d{2})(?!\\d))?` +
    `|${INTL}${SP}*(?<inum>${INTL_NUMBER})(?:${SP}*(?<isep>:|${YEAR_SEP})${SP}*(?<iyear>(?:19|20)\\d{2}))?)` +
    `(?<parts>${SP}*[（(]所有部分[)）])?`,
  'g',
);

export interface StdMatch {
  index: number;
  /** Matched text as written. */
  text: string;
  ref: Omit<StandardRef, 'title' | 'raw'>;
}

/** Normalised code: upper case (except Q/ enterprise codes keep their letters for the format rule), no spaces. */
function normaliseCode(code: string): string {
  const c = code.replace(/[ \t\u00a0\u3000]/g, '').replace('／', '/');
  return c.startsWith('Q/') ? c : c.toUpperCase();
}

/** STD_RE anchored at lastIndex, to parse a number at one position without scanning the rest of the text. */
const STD_AT_RE = new RegExp(STD_RE.source, 'y');

/** Every alternative of STD_RE starts with an ASCII capital: a text without one (most CJK prose) has no number. */
const MAY_HOLD_NUMBER = /[A-Z]/;

/** Finds every standard number in a text, left to right. */
export function findStandardNumbers(text: string): StdMatch[] {
  const out: StdMatch[] = [];
  if (!MAY_HOLD_NUMBER.test(text)) return out;
  for (const m of text.matchAll(STD_RE)) {
    const found = accept(text, m);
    if (found) out.push(found);
  }
  return out;
}

/** The number a regex match stands for, or null when the match is not a standard number. */
function accept(text: string, m: RegExpMatchArray): StdMatch | null {
  const g = m.groups ?? {};
  const intl = g.intl !== undefined;
  const code = normaliseCode(intl ? g.intl! : g.code!);
  // "Q/LSY 0004S—2019": the S after the sequence marks a food-safety enterprise standard (enterprise codes only).
  if (g.food && !code.startsWith('Q/')) return null;
  const number = (intl ? g.inum! : g.num! + (g.food ?? '')).replace(/[ \t\u00a0\u3000]/g, '');
  let year: string | null = (intl ? g.iyear : g.year) ?? null;
  const yearSep = (intl ? g.isep : g.sep) ?? null;
  const index = m.index!;
  const after = text.slice(index + m[0].length);
  if (!intl && !acceptNational(code, number, year, after)) return null;
  if (intl && /^\s*(认证|体系|质量管理体系|环境管理体系|标准认证)/.test(after)) return null;
  if (year && year.length === 2) year = `19${year}`;
  return {
    index,
    text: m[0],
    ref: { code, number, year, yearSep, allParts: g.parts !== undefined, key: `${code} ${number}` },
  };
}

function acceptNational(code: string, number: string, year: string | null, after: string): boolean {
  // A bare two-letter code followed by a small number and a unit/word is not a standard ("GB 2 mg" cannot happen,
  // but "HS 10 位编码", "YY 2 个" can): bare industry codes need a year or a typical 3+ digit number.
  const bare = INDUSTRY_SET.has(code) && code !== 'GB';
  if (bare && !year && !/^\d{3,}/.test(number)) return false;
  // "GB 5 mg" cannot be a standard: a bare number followed by a unit-like word.
  if (!year && /^[ \t]?(mg|g|kg|mL|L|m|cm|mm|μm|%|h|min|s)\b/.test(after)) return false;
  return true;
}

/** Parses a text that starts with a standard number (after optional whitespace). */
export function parseLeadingNumber(text: string): StdMatch | null {
  const lead = text.match(/^[\s\u3000]*/)![0].length;
  // No match of STD_RE can start inside the leading whitespace, so the first number of the text is at `lead` exactly
  // when STD_RE matches there and the match is accepted (a rejected match there leaves only later numbers).
  STD_AT_RE.lastIndex = lead;
  const m = STD_AT_RE.exec(text);
  return m ? accept(text, m) : null;
}

/** Canonical form of a number for display: "GB/T 2912.1—2009". */
export function formatRef(ref: Pick<StandardRef, 'code' | 'number' | 'year' | 'yearSep'>): string {
  const sep = ref.code.startsWith('ISO') || ref.code.startsWith('IEC') ? ':' : '—';
  return `${ref.code} ${ref.number}${ref.year ? (ref.yearSep === ':' ? ':' : sep) + ref.year : ''}`;
}

/** Document kind implied by a number's code. */
export function kindOfCode(code: string | null): DocumentKind {
  if (!code) return 'unknown';
  if (code.startsWith('Q/')) return 'enterprise';
  if (/^GB(\/[TZ])?$|^GBZ$|^GBJ$/.test(code)) return 'national';
  if (code.startsWith('DB')) return 'local';
  if (code.startsWith('T/')) return 'group';
  if (/^[A-Z]{2,3}(\/[TZ])?$/.test(code) && INDUSTRY_SET.has(code.replace(/\/[TZ]$/, ''))) return 'industry';
  if (/^[A-Z]{2}\/[TZ]$/.test(code)) return 'industry';
  return 'unknown';
}

/** Enterprise code of a Q/ number ("Q/CQMY" → "CQMY", "Q/ABC/J" → "ABC"). */
export function enterpriseCodeOf(code: string): string | null {
  const m = code.match(/^Q\/([^/]+)/);
  return m ? m[1]! : null;
}
