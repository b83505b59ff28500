// Display width of text as editors, terminals and text exports lay it out: CJK and full-width characters take two
// columns, combining marks none, everything else one. One table for the readers (space-aligned text tables), the
// model (PDF line widths) and the reporters (terminal and spreadsheet columns).

/** East Asian Wide and Fullwidth ranges (Unicode UAX #11), enough for Chinese standards text. */
const WIDE: readonly [number, number][] = [
  [0x1100, 0x115f], [0x2e80, 0x303e], [0x3041, 0x33ff], [0x3400, 0x4dbf], [0x4e00, 0x9fff],
  [0xa000, 0xa4cf], [0xac00, 0xd7a3], [0xf900, 0xfaff], [0xfe30, 0xfe4f], [0xff00, 0xff60],
  [0xffe0, 0xffe6], [0x1f300, 0x1f64f], [0x1f900, 0x1f9ff], [0x20000, 0x3fffd],
];

export function codePointWidth(cp: number): number {
  if (cp < 0x1100) return cp >= 0x300 && cp <= 0x36f ? 0 : 1; // fast path: ASCII, Latin, combining marks
  for (const [lo, hi] of WIDE) {
    if (cp < lo) return 1;
    if (cp <= hi) return 2;
  }
  return 1;
}

export function displayWidth(text: string): number {
  let w = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      w += codePointWidth(text.codePointAt(i)!);
      i++;
    } else {
      w += codePointWidth(c);
    }
  }
  return w;
}
