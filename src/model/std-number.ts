// Standard numbers ("GB/T 2912.1—2009", "Q/CQMY 001—2024", "DB50/T 123-2020", "ISO 6330:2012"):
// finding them in running text and parsing them into code / number / year.
import type { DocumentKind, StandardRef } from './types.ts';

/** Codes of Chinese sector (industry) standards; used bare (mandatory: "QB 1234") or with /T, /Z. */
const INDUSTRY_CODES = [
  'BB', 'CB', 'CH', 'CJ', 'CY', 'DA', 'DL', 'DZ', 'EJ', 'FZ', 'GA', 'GH', 'GM', 'GY', 'HB', 'HG', 'HJ', 'HS', 'HY',
  'JB', 'JC', 'JG', 'JR', 'JT', 'JY', 'LB', 'LD', 'LS', 'LY', 'MH', 'MT', 'MZ', 'NB', 'NY', 'QB', 'QC', 'QJ', 'QX',
  'RB', 'SB', 'SC', 'SF', 'SH', 'SJ', 'SL', 'SN', 'SY', 'TB', 'TD', 'TY', 'WB', 'WH', 'WJ', 'WM', 'WS', 'WW', 'XB',
  'XF', 'YB', 'YC', 'YD', 'YJ', 'YM', 'YS', 'YY', 'YZ', 'ZY', 'JJF', 'JJG', 'GBZ', 'GBJ',
  // engineering-construction sector standards ("JGJ 214 铝合金门窗工程技术规范", "CJJ 1", "JTJ 041")
  'JGJ', 'CJJ', 'JTJ',
];
/** Codes whose sequence opens with a letter: 特种设备安全技术规范 "TSG T5002", highway standards "JTG F80/1". */
const LETTERED_CODES = ['TSG', 'JTG'];
const INDUSTRY_SET = new Set(INDUSTRY_CODES);

const SP = '[ \\t\\u00a0\\u3000]';

/**
 * Characters drafters put between sequence number and year: em dash (correct), hyphen, en dash, full-width hyphen,
 * horizontal bar, figure dash, minus, hyphen variants, small hyphen-minus, and box-drawing "─" (seen in
 * "Q/(企业代号)(四位顺序号)S──(年号)", zhengce.xyz/q/29992). Shared with the number rules (rules/util/numbers.ts).
 */
export const YEAR_DASH_CHARS = '—\\-–－―‒−‐‑﹣─';
/** "一" (CJK one) typed for the dash: a connector only when a four-digit year follows ("Q/ABC 001一2023"). */
export const CJK_ONE_DASH = `一(?=${SP}*(?:19|20)\\d{2}(?!\\d))`;
const YEAR_SEP = `(?:[${YEAR_DASH_CHARS}]{1,2}|${CJK_ONE_DASH})`;

/**
 * Enterprise code after "Q/" as numbers are written (企业标准代号 = Q/ + 企业代号 of capital letters and/or digits,
 * LaanChae/typesetting-standard; zhengce.xyz/q/29992; raslo.net/onews.asp?id=119), with the variants in circulation:
 * - letters/digits, lower case or CJK in bad drafts (judged by identity/number-format): "Q/ABC", "Q/12HX", "Q/重庆美衣";
 * - a region/administrative prefix set off by a space: "Q/370783 SDJ", Beijing "Q/DQ ×××" (bst-cert.com/6578);
 *   the second part must be followed by whitespace so that "Q/ZJHL J003" keeps J with the sequence;
 * - a category suffix /J (技术), /G (管理), /Z (工作) per GB/T 15496~15498, optionally with a class number:
 *   "Q/ABC/J", "Q/ABC/J-01" (zhengce.xyz/q/29992 forms ⑵ ⑶).
 * The slash may be full-width ("Q／ABC").
 */
const CATEGORY = '/[A-Z](?:-[A-Z0-9]{1,4})?';
const ENTERPRISE_CODE = `Q${SP}?[/／]${SP}?[A-Za-z0-9\\u4e00-\\u9fff]+?(?:${SP}+[A-Z][A-Z0-9]*(?=${SP}))?(?:${CATEGORY})?`;
/** The category suffix ending an enterprise code ("/J", "/j-01" in a lower-case draft). */
export const ENTERPRISE_CATEGORY_SUFFIX = new RegExp(`${CATEGORY}$`, 'i');
/** Classification letters that may open an enterprise sequence after a space ("J" in "Q/ZJHL J003"). */
export const SEQUENCE_LETTERS = '[A-Z]{1,4}';

/** A cover line that holds only an enterprise code (the "Q/ABC" printed top right). */
export const ENTERPRISE_CODE_LINE = new RegExp(`^Q${SP}*[/／]${SP}*[A-Za-z0-9]+(?:${SP}+[A-Z][A-Z0-9]*)?(?:${CATEGORY})?$`);

// Alternatives, most specific first. Each produces the code in group "code".
const CODE_PATTERNS = [
  ENTERPRISE_CODE,
  // local: DB11/T, DB50/, DBS50/ (food safety local standards)
  `DBS?${SP}?\\d{2}${SP}?/${SP}?(?:T|Z)?`,
  // group: T/CAS, T/CCAA
  `T${SP}?/${SP}?[A-Z][A-Z0-9]{1,11}`,
  // national
  `GB${SP}?/${SP}?[TZ]`,
  // industry with /T or /Z, or from the list
  `[A-Z]{2,3}${SP}?/${SP}?[TZ]`,
  // "QB/ABC": the light-industry code QB typed for the enterprise prefix Q/ (identity/number-format reports it)
  `QB${SP}?[/／]${SP}?[A-Z][A-Z0-9]{1,11}`,
  `(?:${LETTERED_CODES.join('|')})(?=${SP}*[A-Z]?\\d)`,
  `(?:${INDUSTRY_CODES.join('|')})`,
  'GB',
].join('|');

const CN_NUMBER = String.raw`\d{1,6}(?:\.\d{1,4}){0,3}`;
const INTL = `(?<intl>ISO${SP}?/${SP}?IEC|IEC${SP}?/${SP}?ISO|ISO${SP}?/${SP}?(?:TS|TR|PAS)|IEC${SP}?/${SP}?(?:TS|TR)|ISO|IEC|BS${SP}EN|DIN${SP}EN|EN|ASTM)`;
const INTL_NUMBER = String.raw`[A-Z]?${SP}?\d{1,6}(?:[-.][A-Z]?\d{1,4}){0,3}`;

// The sequence may carry classification letters after a space ("Q/ZJHL J003—2025": 顺序号前加分类代号,
// zhengce.xyz/q/29992) and the food-safety "S" ("Q/LSY 0004S—2019"); both are for enterprise codes only.
// A code glued to its number must end in a non-digit: "Q/370783 001" is code 370783, never code 3 + number 70783.
const STD_RE = new RegExp(
  `(?<![A-Za-z0-9/])(?:(?<code>${CODE_PATTERNS})(?:${SP}+(?<pre>${SEQUENCE_LETTERS}))?${SP}*(?<![0-9])(?<num>${CN_NUMBER})(?<food>S)?(?![A-Za-z0-9])(?:${SP}*(?<sep>${YEAR_SEP})${SP}*(?<year>(?:19|20)\\d{2}|\\d{2})(?!\\d))?` +
    `|${INTL}${SP}*(?<inum>${INTL_NUMBER})(?:${SP}*(?<isep>:|${YEAR_SEP})${SP}*(?<iyear>(?:19|20)\\d{2}))?)` +
    `(?<parts>${SP}*[（(]所有部分[)）])?`,
  'g',
);

/** Full-width letters and digits ("Ｑ／ＡＢＣ ００１") as Word/WPS sometimes type them; one UTF-16 unit each way. */
const FULLWIDTH_ALNUM = /[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/g;

/** Folds full-width letters and digits to ASCII without moving any index (punctuation is left alone). */
export function foldFullWidthAlnum(text: string): string {
  return text.replace(FULLWIDTH_ALNUM, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

export interface StdMatch {
  index: number;
  /** Matched text as written. */
  text: string;
  ref: Omit<StandardRef, 'title' | 'raw'>;
}

/**
 * Normalised code: no spaces, upper case; Q/ enterprise codes keep their letters for the format rule and one space
 * between a region prefix and the code ("Q/370783 SDJ").
 */
function normaliseCode(code: string): string {
  const c = code.replace(/[ \t\u00a0\u3000]*([/／])[ \t\u00a0\u3000]*/g, '/').trim();
  if (c.startsWith('Q/')) return c.replace(/[ \t\u00a0\u3000]+/g, ' ');
  return c.replace(/[ \t\u00a0\u3000]/g, '').toUpperCase();
}

/** STD_RE anchored at lastIndex, to parse a number at one position without scanning the rest of the text. */
const STD_AT_RE = new RegExp(STD_RE.source, 'y');

/** Every alternative of STD_RE starts with a capital: a text without one (most CJK prose) has no number. */
const MAY_HOLD_NUMBER = /[A-ZＡ-Ｚ]/;

/** Finds every standard number in a text, left to right. */
export function findStandardNumbers(text: string): StdMatch[] {
  const out: StdMatch[] = [];
  if (!MAY_HOLD_NUMBER.test(text)) return out;
  const folded = foldFullWidthAlnum(text);
  for (const m of folded.matchAll(STD_RE)) {
    const found = accept(text, folded, m);
    if (found) out.push(found);
  }
  return out;
}

/**
 * The number a regex match (on `folded`, the text with full-width letters and digits folded) stands for, or null
 * when the match is not a standard number.
 */
function accept(text: string, folded: string, m: RegExpMatchArray): StdMatch | null {
  const g = m.groups ?? {};
  const intl = g.intl !== undefined;
  const code = normaliseCode(intl ? g.intl! : g.code!);
  const enterprise = code.startsWith('Q/');
  // "Q/LSY 0004S—2019" (food safety) and "Q/ZJHL J003—2025" (classified sequence) occur with enterprise codes only,
  // the letter of "TSG T5002" with the lettered codes.
  const lettered = LETTERED_CODES.includes(code) && (g.pre ?? '').length <= 1;
  if ((g.food || (g.pre && !lettered)) && !enterprise) return null;
  const number = (intl ? g.inum! : (g.pre ?? '') + g.num! + (g.food ?? '')).replace(/[ \t\u00a0\u3000]/g, '');
  let year: string | null = (intl ? g.iyear : g.year) ?? null;
  const yearSep = (intl ? g.isep : g.sep) ?? null;
  const index = m.index!;
  const after = folded.slice(index + m[0].length);
  if (!intl && !acceptNational(code, number, year, after)) return null;
  if (intl && /^\s*(认证|体系|质量管理体系|环境管理体系|标准认证)/.test(after)) return null;
  // National and sector numbers had two-digit years up to 1994 ("GB 2760-96"). An enterprise number's two digits
  // cannot be dated that way (some companies wrote them after 2000 too), so they stay as written.
  if (year && year.length === 2 && !enterprise) year = `19${year}`;
  return {
    index,
    text: text.slice(index, index + m[0].length),
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
  const folded = foldFullWidthAlnum(text);
  STD_AT_RE.lastIndex = lead;
  const m = STD_AT_RE.exec(folded);
  return m ? accept(text, folded, m) : null;
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
