// Rebuilds visual lines from positioned text items (pdf.js text content) — pure geometry, no pdf.js types.
import { normalizePdfText } from './normalize.ts';

/** One text item placed in top-left page coordinates (y = baseline, growing downwards). */
export interface TextPiece {
  str: string;
  x: number;
  y: number;
  width: number;
  /** Font height in page units. */
  size: number;
}

/** A run of text inside a line with no large horizontal gap (a table cell, or the whole line). */
export interface Segment {
  text: string;
  x0: number;
  x1: number;
  /** The segment cut at narrower gaps (CHUNK_GAP_EM), when there are any: the cells of a table whose columns stand
   *  closer than CELL_GAP_EM, kept for columns.ts to use where consecutive lines line them up. */
  chunks?: Segment[];
}

export interface PdfLine {
  page: number;
  /** Baseline of the line (top-left origin). */
  y: number;
  /** Largest font height on the line. */
  size: number;
  x0: number;
  x1: number;
  segments: Segment[];
  /** Segments joined by a single space. */
  text: string;
}

// Gaps in ems (font heights). A cell gap must beat a full-width space (1 em, U+3000 between a clause number and
// its title) but stay below the column padding of a packed table column (~1.2 em at 9 pt in LibreOffice).
export const CELL_GAP_EM = 1.5;
// Justified CJK text spreads glyphs apart; only a clear gap between two CJK glyphs is a real space.
const CJK_SPACE_EM = 0.6;
const LATIN_SPACE_EM = 0.15;
// A gap this wide may separate two table cells (Word's cell margins leave about 1 em between full cells), or be a
// full-width space in running text; only alignment over several lines tells (columns.ts).
export const CHUNK_GAP_EM = 0.8;

const CJK = /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]/;

function isCjk(ch: string | undefined): boolean {
  return ch !== undefined && CJK.test(ch);
}

// pdf.js writes a space between glyphs that justification spread apart ("产 品 在", "， 甲 苯 应 不 大 于"): a run in
// which every CJK character stands alone between single spaces is letter-spaced text, not words. A line stretched
// before an unbreakable "0.005 mg/dm²" spreads digits and letters too ("于 0 . 0 5 m g / d m ²"); short runs such as
// "第 1 页 共 2 页" are written that way, so mixed runs count only at line length. The one space such a run can have
// held is between a number and its unit, where standards write one.
const CJK_CLASS = CJK.source.slice(1, -1);
const LETTER_SPACED = new RegExp(`^[${CJK_CLASS}](?: [${CJK_CLASS}]){2,}$`);
const LETTER_SPACED_MIXED = /^\S(?: \S){11,}$/;

function closeLetterSpacing(str: string): string {
  if (LETTER_SPACED.test(str)) return str.replace(/ /g, '');
  if (!LETTER_SPACED_MIXED.test(str) || !CJK.test(str)) return str;
  return str.replace(/ /g, '').replace(/(\d)(?=[A-Za-zµμ])/g, '$1 ');
}

/** Joins the lines of a wrapped cell: CJK text runs on, Latin words keep a space. */
export function joinWrapped(a: string, b: string): string {
  return isCjk(a[a.length - 1]) || isCjk(b[0]) ? a + b : `${a} ${b}`;
}

/** Groups a page's pieces into lines (top to bottom), each split into segments at large gaps. */
export function buildLines(pieces: TextPiece[], page: number): PdfLine[] {
  const visible = pieces.filter((p) => p.str.trim() !== '' && p.size > 0);
  visible.sort((a, b) => a.y - b.y || a.x - b.x);
  const groups: TextPiece[][] = [];
  let current: TextPiece[] = [];
  let refY = 0;
  let refSize = 0;
  for (const p of visible) {
    // Half a font height absorbs superscripts and mixed font sizes but never reaches the next line.
    if (current.length > 0 && Math.abs(p.y - refY) <= 0.5 * Math.max(p.size, refSize)) {
      current.push(p);
      if (p.size > refSize) {
        refSize = p.size;
        refY = p.y;
      }
      continue;
    }
    if (current.length > 0) groups.push(current);
    current = [p];
    refY = p.y;
    refSize = p.size;
  }
  if (current.length > 0) groups.push(current);
  return groups.map((g) => lineFromPieces(g, page));
}

function lineFromPieces(pieces: TextPiece[], page: number): PdfLine {
  pieces.sort((a, b) => a.x - b.x);
  const size = Math.max(...pieces.map((p) => p.size));
  const baseline = pieces.find((p) => p.size === size)!.y;
  const segments: Segment[] = [];
  let text = '';
  let x0 = 0;
  let right = -Infinity;
  let last: TextPiece | null = null;
  let chunks: Segment[] = [];
  let chunk = '';
  let chunkX0 = 0;
  const flushChunk = () => {
    if (chunk.trim() !== '') chunks.push({ text: normalizePdfText(chunk.trim()), x0: chunkX0, x1: right });
  };
  const flush = () => {
    flushChunk();
    if (text.trim() !== '') {
      const segment: Segment = { text: normalizePdfText(text.trim()), x0, x1: right };
      if (chunks.length > 1) segment.chunks = chunks;
      segments.push(segment);
    }
    chunks = [];
  };
  for (const piece of pieces) {
    const p = { ...piece, str: closeLetterSpacing(piece.str) };
    // Fake bold: the same glyphs painted twice at (almost) the same place.
    if (last && p.str === last.str && Math.abs(p.x - last.x) < 0.3 * p.size) continue;
    const gap = p.x - right;
    if (last === null || gap > CELL_GAP_EM * Math.max(p.size, last.size)) {
      if (last !== null) flush();
      text = p.str;
      x0 = p.x;
      chunk = p.str;
      chunkX0 = p.x;
    } else {
      const before = text[text.length - 1];
      const after = p.str[0];
      const em = Math.max(p.size, last.size);
      const spaceGap = (isCjk(before) && isCjk(after) ? CJK_SPACE_EM : LATIN_SPACE_EM) * em;
      const hasSpace = before === ' ' || after === ' ';
      text += !hasSpace && gap > spaceGap ? ` ${p.str}` : p.str;
      if (gap > CHUNK_GAP_EM * em) {
        flushChunk();
        chunk = p.str;
        chunkX0 = p.x;
      } else {
        chunk += !hasSpace && gap > spaceGap ? ` ${p.str}` : p.str;
      }
    }
    right = Math.max(right, p.x + p.width);
    last = p;
  }
  flush();
  const lineX0 = segments.length > 0 ? segments[0]!.x0 : pieces[0]!.x;
  const lineX1 = segments.length > 0 ? segments[segments.length - 1]!.x1 : right;
  return {
    page,
    y: baseline,
    size,
    x0: lineX0,
    x1: lineX1,
    segments,
    text: segments.map((s) => s.text).join(' '),
  };
}
