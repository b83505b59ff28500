// Text helpers shared by the builder: folding for comparison, PDF spacing repair, sentence splitting.

/** CJK ideographs (incl. extension A and compatibility ideographs). */
const CJK = '\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff';
/** Full-width punctuation and brackets (not U+3000, which is a space). */
const WIDE_PUNCT = '\\u3001-\\u303f\\uff01-\\uff0f\\uff1a-\\uff20\\uff3b-\\uff40\\uff5b-\\uff65';

const cjkRe = new RegExp(`[${CJK}]`);

export function hasCjk(s: string): boolean {
  return cjkRe.test(s);
}

/** Removes every kind of whitespace (incl. U+3000): the form used to compare headings and titles. */
export function compact(s: string): string {
  return s.replace(/[\s\u3000\u00a0\u2002-\u200b]+/g, '');
}

/**
 * Collapses runs of ASCII spaces/tabs (U+3000 is meaningful in standards and kept), caps absurdly long whitespace
 * runs (which would only slow every later pattern down), and trims.
 */
export function tidy(s: string): string {
  const t = s.replace(/[ \t\u00a0]+/g, ' ').replace(/[\s\u3000]{17,}/g, (m) => m.slice(0, 16));
  let end = t.length;
  while (end > 0 && /[\s\u3000]/.test(t[end - 1]!)) end--;
  let start = 0;
  while (start < end && /[\s\u3000]/.test(t[start]!)) start++;
  return t.slice(start, end);
}

const CJK_LATIN_SPACE = new RegExp(`([${CJK}${WIDE_PUNCT}])[ \\t\\u00a0]+(?=[A-Za-z0-9(（\\[])(?![a-z]+[ ][a-z]+)|([A-Za-z0-9)）\\]%])[ \\t\\u00a0]+(?=[${CJK}${WIDE_PUNCT}])`, 'g');
const WIDE_SPACE = new RegExp(`([${WIDE_PUNCT}])[ \\t\\u00a0]+|(?<![ \\t\\u00a0])[ \\t\\u00a0]+(?=[${WIDE_PUNCT}])`, 'g');

/**
 * PDF text extraction inserts ASCII spaces between CJK and Latin/digits ("表 1", "pH 值", "按 GB/T 191 规定")
 * and around full-width punctuation. Removes those spaces; keeps spaces between Latin tokens
 * ("GB/T 191", "5 mg/kg"), the space before an English phrase ("实木家具 solid wood furniture") and every U+3000.
 */
export function repairPdfSpacing(s: string): string {
  return s.replace(CJK_LATIN_SPACE, (_m, a: string | undefined, b: string | undefined) => a ?? b ?? '').replace(WIDE_SPACE, (_m, a: string | undefined) => a ?? '');
}

export { displayWidth } from '../text-width.ts';

/** Splits into sentences on 。！？；and line breaks; keeps the terminator and each sentence's offset. */
export function splitSentences(s: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  const re = /[^。！？；;!?\n]+[。！？；;!?]*|[。！？；;!?]+/g;
  for (const m of s.matchAll(re)) {
    if (m[0].trim()) out.push({ text: m[0], start: m.index });
  }
  return out;
}

/** The sentence of `s` that contains position `at`. */
export function sentenceAt(s: string, at: number): string {
  let found = s;
  for (const sent of splitSentences(s)) {
    if (at >= sent.start && at < sent.start + sent.text.length) found = sent.text;
  }
  return found.trim();
}
