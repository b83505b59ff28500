// Repairs code points that some PDF producers (Chromium/Skia Type 3 fonts, GB2312-era ToUnicode maps) put in
// the text layer instead of the ordinary characters. Deliberately narrow: a whole-text NFKC would also fold
// full-width punctuation （），：～ and U+3000, which the format rules must see as written.

// One pass over the string finds whether any repair applies, so clean text costs a single regex test.
const SUSPECT = /[\u2E80-\u2FDF\u2015\u301C]/;
const RADICALS = /[\u2E80-\u2FDF]/g;
// "001―2023": U+2015 HORIZONTAL BAR between the sequence and the year of a standard number.
const BAR_BETWEEN_DIGITS = /(\d\s?)\u2015(?=\s?\d)/g;
// "――" is the doubled dash (list marker, 破折号) mapped to U+2015 by the GB2312 table.
const DOUBLE_BAR = /\u2015\u2015/g;

/** Maps Kangxi radicals / CJK radical supplements to ordinary CJK (NFKC on those code points only), U+2015 → U+2014
 *  in standard numbers and doubled dashes, U+301C WAVE DASH → U+FF5E FULLWIDTH TILDE. */
export function normalizePdfText(text: string): string {
  if (!SUSPECT.test(text)) return text;
  return text
    .replace(RADICALS, (ch) => ch.normalize('NFKC'))
    .replace(BAR_BETWEEN_DIGITS, '$1\u2014')
    .replace(DOUBLE_BAR, '\u2014\u2014')
    .replace(/\u301C/g, '\uFF5E');
}
