// w:sym characters. Word's Insert Symbol often writes ≤ ≥ ± × μ as Symbol-font code points in the
// private use area (U+F0A3 for ≤); limits in standards depend on them, so map the Symbol font back.

const SYMBOL_FONT: Record<number, string> = {
  0x22: '∀', 0x24: '∃', 0x27: '∋', 0x2a: '∗', 0x2d: '−', 0x40: '≅', 0x5c: '∴', 0x5e: '⊥', 0x60: '‾', 0x7e: '∼',
  0xa1: 'ϒ', 0xa2: '′', 0xa3: '≤', 0xa4: '⁄', 0xa5: '∞', 0xa6: 'ƒ', 0xab: '↔', 0xac: '←', 0xad: '↑', 0xae: '→', 0xaf: '↓',
  0xb0: '°', 0xb1: '±', 0xb2: '″', 0xb3: '≥', 0xb4: '×', 0xb5: '∝', 0xb6: '∂', 0xb7: '•', 0xb8: '÷', 0xb9: '≠',
  0xba: '≡', 0xbb: '≈', 0xbc: '…', 0xc5: '⊕', 0xc6: '∅', 0xc7: '∩', 0xc8: '∪', 0xd0: '∠', 0xd1: '∇', 0xd5: '∏',
  0xd6: '√', 0xd7: '⋅', 0xd8: '¬', 0xd9: '∧', 0xda: '∨', 0xe5: '∑', 0xf2: '∫',
};
// Symbol font letters A–Z / a–z are Greek, in this order.
const GREEK_UPPER = 'ΑΒΧΔΕΦΓΗΙϑΚΛΜΝΟΠΘΡΣΤΥςΩΞΨΖ';
const GREEK_LOWER = 'αβχδεφγηιϕκλμνοπθρστυϖωξψζ';

export function symbolChar(font: string | undefined, hex: string | undefined): string {
  const code = hex === undefined ? NaN : Number.parseInt(hex, 16);
  if (!Number.isFinite(code) || code <= 0) return '';
  const inPua = code >= 0xf000 && code <= 0xf0ff;
  if (!inPua && code > 0xff) return String.fromCodePoint(code);
  if (font?.toLowerCase() !== 'symbol') return inPua ? '' : String.fromCodePoint(code);
  const c = code & 0xff;
  if (SYMBOL_FONT[c]) return SYMBOL_FONT[c]!;
  if (c >= 0x41 && c <= 0x5a) return GREEK_UPPER[c - 0x41]!;
  if (c >= 0x61 && c <= 0x7a) return GREEK_LOWER[c - 0x61]!;
  return c >= 0x20 && c < 0x7f ? String.fromCharCode(c) : '';
}
