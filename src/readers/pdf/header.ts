// Multi-row table headers. A header cell merged across columns ("指标" over "B类 | C类") or across rows ("项目" beside
// them) does not line up with the body's column gaps, so the table detector leaves those lines out. They are fitted
// afterwards: the column grid comes from the body rows, and each header text is placed on the run of columns it is
// centred over. Output follows the docx reader: text in the first cell, covered positions '' flagged 'h' (horizontal
// span) or 'v' (continuation of the cell above).
import type { PdfLine, Segment } from './lines.ts';

export interface ColumnExtent {
  x0: number;
  x1: number;
}

export interface HeaderFit {
  /** The header lines used, top to bottom (always the last ones of the candidates). */
  lines: PdfLine[];
  rows: string[][];
  merged: string[][];
  /** The line each header row starts on. */
  rowLines: PdfLine[];
}

/** Header lines above the body: the caption, a clause or a note ends the search. */
const NOT_HEADER = /^(\d{1,2}(\.\d{1,3}){0,5}\s+[\u4E00-\u9FFF]|[A-Z](\.\d{1,3}){1,5}\s|注\s*\d*\s*[:：]|[（(]?续[)）]?\s*[表图]|[表图]\s*[A-Z]?\.?\d|附录\s*[A-Z]|单位)/;
const MAX_HEADER_LINES = 6;
/** A column a header text is centred over must leave it within this share of the span's width (or 1.5 em). */
const CENTRE_TOLERANCE = 0.1;
/** Reward (in ems) for each column a header text covers above lower header texts: a group title spans its
 *  sub-columns rather than sitting over only the middle one. */
const COVER_REWARD_EM = 1.5;

const CJK_END = /[\u2E80-\u9FFF\uFF00-\uFFEF]$/;
const CJK_START = /^[\u2E80-\u9FFF\uFF00-\uFFEF]/;

function joinWrapped(a: string, b: string): string {
  return CJK_END.test(a) || CJK_START.test(b) ? a + b : `${a} ${b}`;
}

/** Lines directly above a table's first row that may be its header (nearest last), from the text emitted so far. */
export function headerCandidates(before: PdfLine[], first: PdfLine): PdfLine[] {
  const out: PdfLine[] = [];
  let below = first;
  for (let i = before.length - 1; i >= 0 && out.length < MAX_HEADER_LINES; i--) {
    const line = before[i]!;
    if (line.page !== below.page || NOT_HEADER.test(line.text)) break;
    out.unshift(line);
    below = line;
  }
  return out;
}

interface Grid {
  /** Left and right edge of each column's cell, estimated from the gaps between the body's text columns. */
  left: number[];
  right: number[];
}

function gridOf(columns: ColumnExtent[]): Grid {
  const n = columns.length;
  const mids = columns.slice(1).map((c, i) => (columns[i]!.x1 + c.x0) / 2);
  const left = columns.map((_, i) => (i === 0 ? columns[0]!.x0 - (n > 1 ? mids[0]! - columns[0]!.x1 : 0) : mids[i - 1]!));
  const right = columns.map((c, i) => (i === n - 1 ? c.x1 + (n > 1 ? c.x0 - mids[n - 2]! : 0) : mids[i]!));
  return { left, right };
}

interface Span {
  from: number;
  to: number;
}

/** Best placement of a line's texts on disjoint, ordered column runs, or null when one of them fits nowhere. */
function placeLine(segments: Segment[], grid: Grid, occupiedBelow: Set<number>, em: number): Span[] | null {
  const n = grid.left.length;
  const cost = (s: Segment, from: number, to: number): number | null => {
    const left = grid.left[from]!;
    const right = grid.right[to]!;
    if (s.x0 < left - 0.5 * em || s.x1 > right + 0.5 * em) return null;
    const off = Math.abs((s.x0 + s.x1) / 2 - (left + right) / 2);
    if (off > Math.max(1.5 * em, CENTRE_TOLERANCE * (right - left))) return null;
    let covered = 0;
    for (let k = from; k <= to; k++) if (occupiedBelow.has(k)) covered++;
    return off - COVER_REWARD_EM * em * covered;
  };
  // best[k][c]: least cost of placing segments 0..k with segment k ending at column c.
  const best: ({ cost: number; span: Span; prev: number } | undefined)[][] = segments.map(() => Array(n).fill(undefined));
  segments.forEach((s, k) => {
    for (let from = 0; from < n; from++) {
      let before = k === 0 ? 0 : Infinity;
      let prev = -1;
      for (let c = 0; k > 0 && c < from; c++) {
        const b = best[k - 1]![c];
        if (b && b.cost < before) {
          before = b.cost;
          prev = c;
        }
      }
      if (before === Infinity) continue;
      for (let to = from; to < n; to++) {
        const c = cost(s, from, to);
        if (c === null) continue;
        const current = best[k]![to];
        if (!current || before + c < current.cost) best[k]![to] = { cost: before + c, span: { from, to }, prev };
      }
    }
  });
  const last = best[segments.length - 1]!;
  let end = -1;
  last.forEach((b, c) => {
    if (b && (end < 0 || b.cost < last[end]!.cost)) end = c;
  });
  if (end < 0) return null;
  const spans: Span[] = [];
  for (let k = segments.length - 1; k >= 0; k--) {
    const b = best[k]![end]!;
    spans.unshift(b.span);
    end = b.prev;
  }
  return spans;
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

interface PlacedLine {
  line: PdfLine;
  spans: Span[];
}

/**
 * Fits the candidate lines (top to bottom) above a table whose body rows start at `firstRow`, using the body's
 * columns; the lines nearest the body are tried first and the first misfit ends the header. Null when no line fits.
 */
export function fitHeader(candidates: PdfLine[], columns: ColumnExtent[], bodyLines: PdfLine[]): HeaderFit | null {
  if (candidates.length === 0 || columns.length < 2) return null;
  const firstRow = bodyLines[0]!;
  const em = firstRow.size;
  const pitches = bodyLines.slice(1).flatMap((l, i) => (l.page === bodyLines[i]!.page ? [l.y - bodyLines[i]!.y] : []));
  const rowPitch = median(pitches) ?? 1.3 * em;
  const maxGap = Math.max(1.6 * em, 1.5 * rowPitch);
  const grid = gridOf(columns);
  const placed: PlacedLine[] = [];
  const occupiedBelow = new Set<number>();
  let below = firstRow;
  for (let i = candidates.length - 1; i >= 0; i--) {
    const line = candidates[i]!;
    if (below.y - line.y > maxGap || Math.abs(line.size - em) > 0.25 * em) break;
    const spans = placeLine(line.segments, grid, occupiedBelow, line.size);
    if (!spans) break;
    // One text across the whole table is a title or a note, not a header cell.
    if (spans.length === 1 && spans[0]!.from === 0 && spans[0]!.to === columns.length - 1) break;
    placed.unshift({ line, spans });
    for (const s of spans) for (const k of spanCols(s)) occupiedBelow.add(k);
    below = line;
  }
  if (placed.reduce((n, p) => n + p.spans.length, 0) < 2) return null;
  return { lines: placed.map((p) => p.line), ...assembleRows(placed, columns.length, rowPitch) };
}

interface HeaderRow {
  cells: string[];
  merged: string[];
  line: PdfLine;
  /** The last line added and where its texts went (a wrapped line continues exactly these spans). */
  last: PlacedLine;
}

/** Groups header lines into rows: a wrapped line continues its cells, a line half a row below the previous one and
 *  clear of its columns holds cells centred across two rows (they belong to the upper row). */
function assembleRows(placed: PlacedLine[], n: number, rowPitch: number): Pick<HeaderFit, 'rows' | 'merged' | 'rowLines'> {
  const rows: HeaderRow[] = [];
  const covered = (row: HeaderRow) => row.merged.flatMap((f, k) => (row.cells[k] !== '' || f === 'h' ? [k] : []));
  placed.forEach((p, i) => {
    const row = rows[rows.length - 1];
    const sameSpans = row && p.spans.every((s) => row.last.spans.some((t) => t.from === s.from && t.to === s.to));
    const taken = row ? new Set(covered(row)) : new Set<number>();
    const clear = p.spans.every((s) => !spanCols(s).some((k) => taken.has(k)));
    const next = placed[i + 1];
    const clearOfNext = !next || next.spans.every((s) => !p.spans.some((t) => overlaps(s, t)));
    const halfRow = row && p.line.y - row.last.line.y < 0.75 * rowPitch;
    if (row && sameSpans && !clear) {
      p.spans.forEach((s, k) => (row.cells[s.from] = joinWrapped(row.cells[s.from]!, p.line.segments[k]!.text)));
      row.last = p;
    } else if (row && clear && clearOfNext && halfRow) {
      put(row, p);
      row.last = p;
    } else {
      const fresh: HeaderRow = { cells: Array<string>(n).fill(''), merged: Array<string>(n).fill(''), line: p.line, last: p };
      put(fresh, p);
      rows.push(fresh);
    }
  });
  liftToTop(rows);
  markVertical(rows);
  return { rows: rows.map((r) => r.cells), merged: rows.map((r) => r.merged), rowLines: rows.map((r) => r.line) };
}

function spanCols(s: Span): number[] {
  return Array.from({ length: s.to - s.from + 1 }, (_, i) => s.from + i);
}

function overlaps(a: Span, b: Span): boolean {
  return a.from <= b.to && b.from <= a.to;
}

function put(row: HeaderRow, p: PlacedLine): void {
  p.spans.forEach((s, k) => {
    row.cells[s.from] = p.line.segments[k]!.text;
    for (let c = s.from + 1; c <= s.to; c++) row.merged[c] = 'h';
  });
}

/** A one-column cell whose text landed in a lower row with nothing above it is a cell merged down from the top
 *  row (bottom-aligned or centred text): its text moves to the top, as Word stores it. */
function liftToTop(rows: HeaderRow[]): void {
  const top = rows[0]!;
  for (let k = 0; k < top.cells.length; k++) {
    if (top.cells[k] !== '' || top.merged[k] !== '') continue;
    const r = rows.findIndex((row) => row.cells[k] !== '' || row.merged[k] !== '');
    if (r <= 0 || rows[r]!.merged[k + 1] === 'h') continue;
    top.cells[k] = rows[r]!.cells[k]!;
    rows[r]!.cells[k] = '';
  }
}

/** An empty position under a cell (or under its continuation) continues that cell downwards. */
function markVertical(rows: HeaderRow[]): void {
  for (let r = 1; r < rows.length; r++) {
    const above = rows[r - 1]!;
    const row = rows[r]!;
    row.cells.forEach((text, k) => {
      if (text === '' && row.merged[k] === '' && (above.cells[k] !== '' || above.merged[k] === 'v')) row.merged[k] = 'v';
    });
  }
}
