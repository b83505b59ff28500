// Text helpers for comparing document text with fixed wordings and scanning sentences.

/** Removes every kind of whitespace (space, U+3000, NBSP, tabs, line breaks) — PDF/Word spacing differs. */
export function compact(s: string): string {
  return s.replace(/[\s\u3000\u00a0\u2002-\u200b\ufeff]+/g, '');
}

/** Compact form with punctuation that PDFs and half-width typing vary on folded to the full-width form. */
export function normalizeForCompare(s: string): string {
  return compact(s)
    .replace(/[-\u2013\uff0d\u2015\u2012\u2212\u2014]+/g, '—')
    .replace(/:/g, '：').replace(/;/g, '；').replace(/,/g, '，')
    .replace(/\(/g, '（').replace(/\)/g, '）')
    .replace(/<<|〈〈|«/g, '《').replace(/>>|〉〉|»/g, '》')
    .replace(/／/g, '/')
    .replace(/\.$|．$/, '。');
}

const QUOTE_PAIRS: [string, string][] = [['“', '”'], ['‘', '’'], ['《', '》'], ['「', '」'], ['『', '』'], ['"', '"']];

/**
 * Blanks out quoted text and cited titles (“…”, 《…》, 「…」) with spaces of the same length, so that
 * indices stay valid and words inside a quotation (a label text, a cited title) are not read as modals.
 */
export function maskQuoted(s: string): string {
  let out = s;
  for (const [open, close] of QUOTE_PAIRS) {
    let from = 0;
    for (;;) {
      const a = out.indexOf(open, from);
      if (a < 0) break;
      const b = out.indexOf(close, a + 1);
      if (b < 0) break;
      out = out.slice(0, a + 1) + ' '.repeat(b - a - 1) + out.slice(b);
      from = b + 1;
    }
  }
  return out;
}

/** A short window of text around an index, for finding excerpts. */
export function around(s: string, index: number, length: number, width = 18): string {
  const a = Math.max(0, index - width);
  const b = Math.min(s.length, index + length + width);
  return (a > 0 ? '…' : '') + s.slice(a, b).replace(/\s+/g, ' ').trim() + (b < s.length ? '…' : '');
}
