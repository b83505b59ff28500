// Multi-row table headers. A header cell merged across columns ("指标" over "B类 | C类") or across rows ("项目" beside
// them) does not line up with the body's column gaps, so the table detector leaves those lines out. They are fitted
// afterwards: the column grid comes from the body rows, and each header text is placed on the run of columns it is
// centred over. Output follows the docx reader: text in the first cell, covered positions '' flagged 'h' (horizontal
// span) or 'v' (continuation of the cell above).
import { joinWrapped, type PdfLine, type Segment } from './lines.ts';

export interface ColumnExtent {
  x0: number;
  x1: number;
}

export interface HeaderFit {
  /** The header lines, top to bottom (what a new page repeats). */
  headerLines: PdfLine[];
  /** 1 when the table's first row turned out to be the last header row (under a span that had no sub-row). */
  bodyRowsUsed: number;
  /** The candidate lines used (header lines, then a group label row): always the last of the candidates. */
  lines: PdfLine[];
  rows: string[][];
  merged: string[][];
  /** The line each row starts on. */
  rowLines: PdfLine[];
}

/** Header lines above the body: the caption, a clause or a note ends the search. */
const NOT_HEADER = /^(\d{1,2}(\.\d{1,3}){0,5}\s+[\u4E00-\u9FFF]|[A-Z](\.\d{1,3}){1,5}\s|注\s*\d*\s*[:：]|[（(]?续[)）]?\s*[表图]|[表图]\s*[A-Z]?\.?\d|附录\s*[A-Z]|单位)/;
const MAX_HEADER_LINES = 6;
/** A wrapped line of a header cell follows it at about one line pitch (same as in body cells). */
const WRAP_PITCH_EM = 1.6;
/** How far (in ems) a header text's centre may sit from the centre of the columns it spans. The cell edges are
 *  estimated from the body's text gaps, so this cannot be tight; a wider tolerance lets group titles swallow the
 *  vertically merged cells beside them. */
const CENTRE_TOLERANCE_EM = 1.5;
/** Reward (in ems) for each column a header text covers above lower header texts: a group title spans its
 *  sub-columns rather than sitting over only the middle one. */
const COVER_REWARD_EM = 1.5;

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
  /** Where the first column's text starts. */
  firstText: number;
}

function gridOf(columns: ColumnExtent[]): Grid {
  const n = columns.length;
  const mids = columns.slice(1).map((c, i) => (columns[i]!.x1 + c.x0) / 2);
  const left = columns.map((_, i) => (i === 0 ? columns[0]!.x0 - (n > 1 ? mids[0]! - columns[0]!.x1 : 0) : mids[i - 1]!));
  const right = columns.map((c, i) => (i === n - 1 ? c.x1 + (n > 1 ? c.x0 - mids[n - 2]! : 0) : mids[i]!));
  return { left, right, firstText: columns[0]!.x0 };
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
    // The first column's left edge is estimated as if its text were centred; set flush left (names of items), the
    // cell starts just before the text instead, and a header title centred over it sits further right.
    const flushLeft = from === 0 ? Math.abs((s.x0 + s.x1) / 2 - (grid.firstText - 0.5 * em + right) / 2) : Infinity;
    const off = Math.min(Math.abs((s.x0 + s.x1) / 2 - (left + right) / 2), flushLeft);
    if (off > CENTRE_TOLERANCE_EM * em) return null;
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

interface Placed {
  text: string;
  span: Span;
}

interface PlacedLine {
  line: PdfLine;
  texts: Placed[];
}

/**
 * Fits the candidate lines (top to bottom) above a table to the body's columns; the lines nearest the body are tried
 * first and the first misfit ends the header. Null when fewer than two header texts fit.
 */
export function fitHeader(candidates: PdfLine[], columns: ColumnExtent[], body: BodyRow[]): HeaderFit | null {
  if (candidates.length === 0 || columns.length < 2) return null;
  const bodyLines = body.map((r) => r.line);
  const firstRow = bodyLines[0]!;
  const em = firstRow.size;
  const pitches = bodyLines.slice(1).flatMap((l, i) => (l.page === bodyLines[i]!.page ? [l.y - bodyLines[i]!.y] : []));
  const rowPitch = median(pitches) ?? 1.3 * em;
  const maxGap = Math.max(1.6 * em, 1.5 * rowPitch);
  const grid = gridOf(columns);
  const header: PlacedLine[] = [];
  let label: PlacedLine | null = null;
  const occupiedBelow = new Set<number>();
  let below = firstRow;
  for (let i = candidates.length - 1; i >= 0; i--) {
    const line = candidates[i]!;
    if (below.y - line.y > maxGap || Math.abs(line.size - em) > 0.1 * em) break;
    const spans = placeLine(line.segments, grid, occupiedBelow, line.size);
    if (!spans) break;
    const placed = { line, texts: spans.map((span, k) => ({ text: line.segments[k]!.text, span })) };
    below = line;
    if (spans.length === 1 && spans[0]!.from === 0 && header.length === 0 && !label) {
      // One text from the first column just above the body: a group label row ("感官指标") under the header.
      label = placed;
      continue;
    }
    // One text across the whole table is a title or a note, not a header cell.
    if (spans.length === 1 && spans[0]!.from === 0 && spans[0]!.to === columns.length - 1) break;
    header.unshift(placed);
    for (const s of spans) for (const k of spanCols(s)) occupiedBelow.add(k);
  }
  if (header.length === 0) return null;
  // A span with nothing under it: the row under it is the table's first row, unless a group label came between.
  const used = [...header.map((p) => p.line), ...(label ? [label.line] : [])];
  const subRow = !label && body.length > 2 ? subHeaderRow(header, body[0]!) : null;
  if (subRow) header.push(subRow);
  if (header.reduce((n, p) => n + p.texts.length, 0) < 2) return null;
  const rows = assembleRows(header, columns.length, rowPitch);
  if (label) {
    const labelRow = emptyRow(columns.length, label);
    put(labelRow, label.texts);
    rows.push(labelRow);
  }
  return {
    headerLines: header.map((p) => p.line),
    bodyRowsUsed: subRow ? 1 : 0,
    lines: used,
    rows: rows.map((r) => r.cells),
    merged: rows.map((r) => r.merged),
    rowLines: rows.map((r) => r.line),
  };
}

export interface BodyRow {
  cells: string[];
  line: PdfLine;
}

/** Values, not column titles: numbers, comparators, ranges. */
const VALUE_LIKE = /[0-9０-９≤≥<>＜＞±～~]/;

/** The first body row as a header line when the lowest header line spans columns that no line below divides, and
 *  the first row names each of those columns with a title rather than a value. */
function subHeaderRow(header: PlacedLine[], first: BodyRow): PlacedLine | null {
  let open: Span[] = [];
  for (const p of header) {
    open = open.filter((s) => !p.texts.some((t) => overlaps(t.span, s) && !sameSpan(t.span, s)));
    for (const t of p.texts) {
      if (t.span.to > t.span.from) open.push(t.span);
    }
  }
  if (open.length === 0) return null;
  const under = open.flatMap(spanCols);
  if (!under.every((k) => first.cells[k] !== '' && !VALUE_LIKE.test(first.cells[k]!))) return null;
  const texts = first.cells.flatMap((text, k) => (text === '' ? [] : [{ text, span: { from: k, to: k } }]));
  return { line: first.line, texts };
}

interface HeaderRow {
  cells: string[];
  merged: string[];
  line: PdfLine;
  /** The last line added to the row (a wrapped line continues its texts). */
  last: PlacedLine;
}

function emptyRow(n: number, first: PlacedLine): HeaderRow {
  return { cells: Array<string>(n).fill(''), merged: Array<string>(n).fill(''), line: first.line, last: first };
}

const sameSpan = (a: Span, b: Span) => a.from === b.from && a.to === b.to;

/** Groups header lines into rows: a text one line below another over the same columns continues it (a wrapped
 *  cell); a line half a row below the previous one and clear of its columns holds cells centred across two rows
 *  (they belong to the upper row); anything else starts a row. */
function assembleRows(placed: PlacedLine[], n: number, rowPitch: number): HeaderRow[] {
  const rows: HeaderRow[] = [];
  placed.forEach((p, i) => {
    const row = rows[rows.length - 1];
    if (!row) {
      const first = emptyRow(n, p);
      put(first, p.texts);
      rows.push(first);
      return;
    }
    const gap = p.line.y - row.last.line.y;
    const wraps = (t: Placed) => gap <= WRAP_PITCH_EM * p.line.size && row.last.texts.some((u) => sameSpan(u.span, t.span));
    const rest = p.texts.filter((t) => !wraps(t));
    for (const t of p.texts) if (wraps(t)) row.cells[t.span.from] = joinWrapped(row.cells[t.span.from]!, t.text);
    const taken = new Set(row.cells.flatMap((c, k) => (c !== '' || row.merged[k] === 'h' ? [k] : [])));
    const clear = rest.every((t) => !spanCols(t.span).some((k) => taken.has(k)));
    const next = placed[i + 1];
    const clearOfNext = !next || next.texts.every((u) => !rest.some((t) => overlaps(u.span, t.span)));
    if (rest.length === 0 || (clear && clearOfNext && gap < 0.75 * rowPitch)) {
      put(row, rest);
      row.last = p;
    } else {
      const fresh = emptyRow(n, p);
      put(fresh, rest);
      rows.push(fresh);
    }
  });
  liftToTop(rows);
  markVertical(rows);
  return rows;
}

function spanCols(s: Span): number[] {
  return Array.from({ length: s.to - s.from + 1 }, (_, i) => s.from + i);
}

function overlaps(a: Span, b: Span): boolean {
  return a.from <= b.to && b.from <= a.to;
}

function put(row: HeaderRow, texts: Placed[]): void {
  for (const { text, span } of texts) {
    row.cells[span.from] = text;
    for (let c = span.from + 1; c <= span.to; c++) row.merged[c] = 'h';
  }
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
