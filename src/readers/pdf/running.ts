// Separates running headers/footers and page numbers from the body text of each page.
import type { PdfLine } from './lines.ts';

export interface PageLines {
  page: number;
  width: number;
  height: number;
  lines: PdfLine[];
}

export interface RunningSplit {
  /** Body lines per page, same order as the input pages. */
  body: PdfLine[][];
  headers: string[];
  footers: string[];
}

/** Running headers/footers sit in the top/bottom 8 % of the page (baseline), and only the outermost lines. */
const BAND = 0.08;
/** Text repeated at the same place on many pages may sit lower: a browser prints a running header at the foot of a
 *  30 mm top margin (CSS @page margin box), 9–10 % down the page. */
const REPEAT_BAND = 0.11;
const EDGE_LINES = 2;
/** A header must repeat on at least this share of the pages (odd/even headers each cover about half). */
const MIN_PAGE_SHARE = 0.4;

// Front matter is numbered I, II, … — up to L is plenty; C/D/M would let words like "DIV" through.
const ROMAN = /^(?=[IVXL])(XL|L?X{0,3})(IX|IV|V?I{0,3})$/i;
// Word's Chinese page-number styles also use the single-character numerals Ⅰ…Ⅻ / ⅰ…ⅻ.
const ROMAN_CHARS = /^[\u2160-\u216B\u2170-\u217B]$/;
const PAGE_NUMBER_FORMS = [
  /^[-–—－\s]*[0-9０-９]{1,4}[-–—－\s]*$/, // 3   - 3 -   — 3 —
  /^第\s*[0-9０-９]{1,4}\s*页([\s,，]*共\s*[0-9０-９]{1,4}\s*页)?$/,
  /^共\s*[0-9０-９]{1,4}\s*页[\s,，]*第\s*[0-9０-９]{1,4}\s*页$/,
  /^(page\s*)?\d{1,4}\s*(\/|of)\s*\d{1,4}$/i,
];

export function isPageNumber(text: string): boolean {
  const t = text.trim();
  if (t === '') return false;
  const bare = t.replace(/^[-–—－\s]+|[-–—－\s]+$/g, '');
  return PAGE_NUMBER_FORMS.some((re) => re.test(t)) || ROMAN.test(bare) || ROMAN_CHARS.test(bare);
}

/** Same text up to the numbers in it (page numbers, "第 3 页 共 9 页") and spacing. */
function repeatKey(text: string): string {
  return text.replace(/\s+/g, '').replace(/[0-9０-９]+/g, '#');
}

interface Candidate {
  pageIndex: number;
  line: PdfLine;
  band: 'top' | 'bottom';
  /** Outside the 8 % band: counts only as repeated text, never as a lone page number. */
  inner: boolean;
}

// Just inside the text area, a table's header row or a "续表1" caption also repeats at the same place on every page
// the table runs over, and a body line may happen to repeat; a running header there is a single text, outermost.
const CONTINUED_CAPTION = /^(续\s*表|表\s*[A-Z]?\.?\d+(\.\d+)*\s*[（(]续)/;

function candidates(pages: PageLines[]): Candidate[] {
  const out: Candidate[] = [];
  pages.forEach((p, pageIndex) => {
    const n = p.lines.length;
    p.lines.forEach((line, i) => {
      const top = line.y <= BAND * p.height;
      const bottom = line.y >= (1 - BAND) * p.height;
      const single = line.segments.length === 1 && !CONTINUED_CAPTION.test(line.text);
      if (i < EDGE_LINES && (top || (i === 0 && single && line.y <= REPEAT_BAND * p.height))) {
        out.push({ pageIndex, line, band: 'top', inner: !top });
      } else if (i >= n - EDGE_LINES && (bottom || (i === n - 1 && single && line.y >= (1 - REPEAT_BAND) * p.height))) {
        out.push({ pageIndex, line, band: 'bottom', inner: !bottom });
      }
    });
  });
  return out;
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

export function splitRunning(pages: PageLines[]): RunningSplit {
  const removed = new Set<PdfLine>();
  const headers = new Map<string, string>();
  const footers = new Map<string, string>();
  const keep = (c: Candidate) => {
    removed.add(c.line);
    const list = c.band === 'top' ? headers : footers;
    const key = repeatKey(c.line.text);
    if (!list.has(key)) list.set(key, c.line.text);
  };

  const groups = new Map<string, Candidate[]>();
  for (const c of candidates(pages)) {
    if (!c.inner && isPageNumber(c.line.text)) {
      keep(c);
      continue;
    }
    const key = `${c.band}\u0000${repeatKey(c.line.text)}`;
    const group = groups.get(key);
    if (group) group.push(c);
    else groups.set(key, [c]);
  }

  const minPages = Math.max(2, Math.ceil(MIN_PAGE_SHARE * pages.length));
  for (const group of groups.values()) {
    const onPages = new Set(group.map((c) => c.pageIndex));
    if (onPages.size < minPages) continue;
    // A running header is the same text at the same place and size; the cover's own standard number is not.
    const refY = median(group.map((c) => c.line.y));
    const refSize = median(group.map((c) => c.line.size));
    for (const c of group) {
      if (Math.abs(c.line.y - refY) <= 0.5 * refSize && Math.abs(c.line.size - refSize) <= 0.5) keep(c);
    }
  }

  return {
    body: pages.map((p) => p.lines.filter((l) => !removed.has(l))),
    headers: [...headers.values()],
    footers: [...footers.values()],
  };
}
