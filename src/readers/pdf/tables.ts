// Finds tables in the line stream by column geometry alone (x gaps), so borderless and three-line tables
// (三线表) work as well as ruled ones, and a table continued after a page break stays one table.
import { cellsOf } from './columns.ts';
import { fitHeader, headerCandidates } from './header.ts';
import { joinWrapped, type PdfLine, type Segment } from './lines.ts';

export interface TableRowDraft {
  cells: string[];
  /** The line the row starts on (its position is the row's position). */
  line: PdfLine;
  /** Merge flags as in RawTable.merged, for a row with merged cells. */
  merged?: string[];
}

export type LayoutBlock =
  | { kind: 'line'; line: PdfLine }
  | { kind: 'table'; rows: TableRowDraft[]; merged?: string[][] };

interface Column {
  x0: number;
  x1: number;
  /** Widest cell text seen in the column: a cell this wide has probably wrapped. */
  widest: number;
}

interface Draft {
  columns: Column[];
  rows: TableRowDraft[];
  /** Last physical line of the last row (continuation lines included). */
  lastLine: PdfLine;
  /** Every line taken so far, handed back as paragraphs when the draft never becomes a table. */
  consumed: PdfLine[];
  /** A one-cell line whose role depends on the next line. */
  pending: Pending | null;
  /** Lines just above the first row that may be a multi-row header (see header.ts). */
  above: PdfLine[];
  /** Texts of the header lines still expected at the top of a new page (the header repeated there). */
  repeat: string[];
}

/** A clause number, list marker, caption label or standard designation followed by a tab (a reference list
 *  entry "GB/T 1728—2020⇥漆膜…") is a paragraph, not a two-cell row. */
const LABEL = new RegExp(
  '^(' +
    [
      '\\d{1,2}(\\.\\d{1,3}){0,5}', // 5  5.1  5.1.1
      '[A-Z](\\.\\d{1,3}){1,5}', // A.1
      '附录\\s*[A-Z]',
      '[a-z][)）]', '[（(]?\\d{1,2}[)）]', '[①-⑳]', '—{1,2}', '[•·]',
      '注\\s*\\d*\\s*[:：]?',
      '[表图]\\s*[A-Z]?\\.?\\d+(\\.\\d+)?',
      '(GB|[A-Z]{2,4})(\\/[TZ])?\\s*[\\d.]+([—–-]\\d{4})?', // GB/T 1728—2020, HG/T 2458
      'Q\\/[A-Z0-9]+\\s*[\\d.]+([—–-]\\d{4})?',
    ].join('|') +
    ')$',
);

/** A one-cell line starting like this is the text after a table (a clause heading, a note, the next caption). */
const BODY_START = /^(\d{1,2}(\.\d{1,3}){0,5}\s+[\u4E00-\u9FFF]|[A-Z](\.\d{1,3}){1,5}\s|注\s*\d*\s*[:：]|[表图]\s*[A-Z]?\.?\d|附录\s*[A-Z])/;

/** A table caption ("表2　挥发性有机化合物释放限量"), whatever sits beside it on the line (the unit note "单位为…" set
 *  flush right comes out as a second segment): text around a table, never one of its rows. */
const CAPTION = /^(续\s*)?表\s*[A-Z]?\.?\d+(\.\d+)*(?![\d.])/;

/** Rows of one table are close together; a row pitch above this (in font heights) ends the table. */
const MAX_ROW_PITCH_EM = 4;
/** A wrapped cell line follows its row at about one line pitch. */
const MAX_WRAP_PITCH_EM = 1.6;
/** Consecutive text lines are at least this far apart; cells centred vertically can be half a line apart. */
const FULL_LINE_EM = 0.9;
/** Below this a line is part of the row above it: half a line pitch (cells centred vertically) stays under it for
 *  line pitches up to 2 em, while consecutive lines are at least 1.15 em apart. */
const WITHIN_ROW_EM = 1;

function unbalanced(text: string): boolean {
  let depth = 0;
  for (const ch of text) {
    if (ch === '（' || ch === '(' || ch === '[' || ch === '【') depth++;
    else if (ch === '）' || ch === ')' || ch === ']' || ch === '】') depth--;
  }
  return depth > 0;
}

function endsOpen(text: string): boolean {
  return /[、，,]$/.test(text) || unbalanced(text);
}

/** Column index for each segment, strictly increasing, or null when the line does not fit the columns. */
function mapToColumns(segments: Segment[], columns: Column[], em: number): number[] | null {
  const out: number[] = [];
  for (const s of segments) {
    const overlapping: number[] = [];
    columns.forEach((c, i) => {
      if (Math.min(s.x1, c.x1) - Math.max(s.x0, c.x0) > 0) overlapping.push(i);
    });
    let col: number;
    if (overlapping.length === 1) col = overlapping[0]!;
    else if (overlapping.length > 1) return null; // spans columns: not a row of this table
    else {
      const distance = (c: Column) => (s.x1 < c.x0 ? c.x0 - s.x1 : s.x0 - c.x1);
      const nearest = columns.reduce((best, c, i) => (distance(c) < distance(columns[best]!) ? i : best), 0);
      if (distance(columns[nearest]!) > 2 * em) return null;
      col = nearest;
    }
    if (out.length > 0 && col <= out[out.length - 1]!) return null;
    out.push(col);
  }
  return out;
}

/**
 * Columns for a line that missed them only because the first column is aligned differently from the row that set
 * them up: a header centred over a left-aligned first column ("项目" centred, "甲醛", "可迁移元素/(mg/kg)" flush left
 * under it). The line's first text starts left of the first column and ends before the second; every other text
 * lands on its own column in order. Null otherwise.
 */
function mapLeftAligned(segments: Segment[], columns: Column[], em: number): number[] | null {
  const first = segments[0];
  if (!first || columns.length < 2 || !(first.x0 < columns[0]!.x0 && first.x1 < columns[1]!.x0 - em)) return null;
  if (segments.length === 1) return [0];
  if (segments.length !== columns.length) return null;
  const rest = mapToColumns(segments.slice(1), columns, em);
  return rest && rest.every((c, i) => c === i + 1) ? [0, ...rest] : null;
}

/** A one-text line flush left under the first column (see mapLeftAligned): a row with its other cells empty. */
function leftInFirstColumn(draft: Draft, placed: Placed): boolean {
  return placed.cols.length === 1 && placed.cols[0] === 0 && mapLeftAligned(placed.line.segments, draft.columns, placed.line.size) !== null;
}

function startDraft(line: PdfLine, above: PdfLine[]): Draft {
  return {
    columns: line.segments.map((s) => ({ x0: s.x0, x1: s.x1, widest: s.x1 - s.x0 })),
    rows: [{ cells: line.segments.map((s) => s.text), line }],
    lastLine: line,
    consumed: [line],
    pending: null,
    above,
    repeat: [],
  };
}

function widen(draft: Draft, segments: Segment[], cols: number[]): void {
  segments.forEach((s, i) => {
    const c = draft.columns[cols[i]!]!;
    c.x0 = Math.min(c.x0, s.x0);
    c.x1 = Math.max(c.x1, s.x1);
    c.widest = Math.max(c.widest, s.x1 - s.x0);
  });
}

/** A second text line inside a tall row: one line pitch below, each text continuing a full or open cell; fewer
 *  texts than the row has cells unless a cell plainly goes on (an open bracket, a trailing enumeration comma). */
function isWrappedLine(draft: Draft, line: PdfLine, cols: number[]): boolean {
  const last = draft.rows[draft.rows.length - 1]!;
  if (line.page !== draft.lastLine.page) return false;
  if (line.y - draft.lastLine.y > MAX_WRAP_PITCH_EM * line.size) return false;
  // Less than a full line below the row's last line: still inside that row. Cells centred vertically (Chromium, WPS,
  // Word's table templates) put a short cell half a line below the first line of a taller one and half a line above
  // its next; the next row starts at least a line and the cell padding lower.
  if (last.line.page === line.page && line.y - draft.lastLine.y < WITHIN_ROW_EM * line.size) return true;
  const filled = last.cells.filter((c) => c !== '').length;
  if (line.segments.length > filled || cols.some((col) => (last.cells[col] ?? '') === '')) return false;
  // A cell ending in an enumeration comma or an open bracket goes on: the line continues the row, cells beside it too.
  if (cols.some((col) => endsOpen(last.cells[col]!))) return true;
  if (line.segments.length === filled) return false;
  const full = (col: number, share: number): boolean => rowCellWidth(last.line, col, draft) >= share * draft.columns[col]!.widest;
  const packed = cols.map((col) => isPacked(draft, col, line.size) && full(col, 0.8));
  return cols.every((col, i) => {
    const cell = last.cells[col] ?? '';
    if (cell === '') return false;
    if (unbalanced(cell) || packed[i]) return true;
    // The last column has no neighbour to touch: its cell wraps when it is as wide as the column's widest text and
    // a packed cell of the same row wraps with it.
    return col === draft.columns.length - 1 && full(col, 0.9) && packed.some(Boolean);
  });
}

/** A column whose widest text nearly touches the next column: text in it wraps rather than leaving a gap. Without
 *  cell padding a wrapped line and a new row have the same pitch, so this (and open brackets) is what tells them apart. */
function isPacked(draft: Draft, col: number, em: number): boolean {
  const next = draft.columns[col + 1];
  return next !== undefined && next.x0 - draft.columns[col]!.x1 <= 2 * em;
}

/** Width of the row's first-line segment that sits in column `col` (0 when absent). */
function rowCellWidth(line: PdfLine, col: number, draft: Draft): number {
  const cols = mapToColumns(line.segments, draft.columns, line.size);
  if (!cols) return 0;
  const i = cols.indexOf(col);
  return i < 0 ? 0 : line.segments[i]!.x1 - line.segments[i]!.x0;
}

/** Every segment of the line lies within its column's text so far: the rest of a wrapped cell does, a group label
 *  centred across the table ("理化指标") does not. */
function insideColumns(draft: Draft, placed: Placed): boolean {
  const em = placed.line.size;
  return placed.cols.every((col, i) => {
    const s = placed.line.segments[i]!;
    const c = draft.columns[col]!;
    return s.x0 >= c.x0 - em && s.x1 <= c.x1 + em;
  });
}

/** One line below the last row, under its filled cells and within their columns. */
function endsWrappedCell(draft: Draft, pending: Pending): boolean {
  const last = draft.rows[draft.rows.length - 1]!;
  return pending.pitch <= MAX_WRAP_PITCH_EM * pending.line.size && pending.cols.every((c) => last.cells[c] !== '') &&
    (insideColumns(draft, pending) || centredInCell(draft, pending));
}

/** One text in the first column, centred under it and wider than its text so far on both sides, clear of the next
 *  column: a wrapped line of a centred name cell ("酸价（以脂肪计）" over "（KOH）/（mg/g）　≤"). Text after the table
 *  starts at the left edge; a group label centred across the table is not centred on the first column. */
function centredInCell(draft: Draft, placed: Placed): boolean {
  if (placed.cols.length !== 1 || placed.cols[0] !== 0) return false;
  const em = placed.line.size;
  const s = placed.line.segments[0]!;
  const c = draft.columns[0]!;
  const next = draft.columns[1];
  if (!next || !(s.x0 < c.x0 - 0.5 * em && s.x1 > c.x1 + 0.5 * em) || s.x1 > next.x0 - em) return false;
  if (Math.abs((s.x0 + s.x1) / 2 - (c.x0 + c.x1) / 2) > 1.5 * em) return false;
  // Both lines together must be too wide for the cell (estimated from the gap to the next column), or the text would
  // not have wrapped: a short header cell above a one-cell row ("项目" over "可迁移元素/(mg/kg)") is two rows.
  const right = (c.x1 + next.x0) / 2;
  const cellWidth = 2 * right - c.x1 - c.x0;
  const last = draft.rows[draft.rows.length - 1]!;
  return rowCellWidth(last.line, 0, draft) + (s.x1 - s.x0) >= 0.9 * cellWidth;
}

/** Text after a table starts in the first column; a line under a later column ends the last row's wrapped cell. */
function wrapsLaterColumn(draft: Draft, pending: Pending): boolean {
  return !pending.cols.includes(0) && endsWrappedCell(draft, pending);
}

/**
 * A one-cell line under a filled cell of the last row, a full line below it (or first on a new page), followed a full
 * line later by the rest of a row: the wrapped end of that cell. Cells centred vertically put the other cells of a
 * taller row about half a line below its first line instead.
 */
function continuesLastRow(draft: Draft, pending: Pending, next: PdfLine): boolean {
  const em = pending.line.size;
  const last = draft.rows[draft.rows.length - 1]!;
  if (!pending.cols.every((c) => last.cells[c] !== '') || !insideColumns(draft, pending)) return false;
  const close = pending.pitch === Infinity || pending.pitch <= MAX_WRAP_PITCH_EM * em;
  return close && next.y - pending.line.y >= FULL_LINE_EM * em;
}

/**
 * A row with more cells than the table has columns, whose extra cells sit in the gaps between columns: a column
 * that was empty in every row so far (a header cell spanning two columns, an unlabelled sub-item column). The
 * columns are added, the earlier rows get empty cells there; null when the line is not such a row.
 */
function addGapColumns(draft: Draft, line: PdfLine): number[] | null {
  const em = line.size;
  const columns = draft.columns;
  // Under a lone first row (a header with spans) the header fitting (header.ts) places the columns instead.
  if (line.segments.length <= columns.length || columns.length < 2 || draft.rows.length < 2) return null;
  const gaps: { at: number; segment: Segment }[] = [];
  for (const s of line.segments) {
    if (columns.some((c) => Math.min(s.x1, c.x1) - Math.max(s.x0, c.x0) > 0)) continue;
    const at = columns.findIndex((c, i) => i + 1 < columns.length && s.x0 >= c.x1 + em && s.x1 <= columns[i + 1]!.x0 - em);
    if (at < 0 || gaps.some((g) => g.at === at)) return null;
    gaps.push({ at, segment: s });
  }
  if (gaps.length === 0) return null;
  const trial = [...columns];
  for (const g of [...gaps].sort((a, b) => b.at - a.at)) {
    trial.splice(g.at + 1, 0, { x0: g.segment.x0, x1: g.segment.x1, widest: g.segment.x1 - g.segment.x0 });
  }
  const cols = mapToColumns(line.segments, trial, em);
  if (!cols) return null;
  draft.columns = trial;
  const shift = (c: number) => c + gaps.filter((g) => g.at < c).length;
  for (const g of [...gaps].sort((a, b) => b.at - a.at)) {
    for (const row of draft.rows) {
      row.cells.splice(g.at + 1, 0, '');
      row.merged?.splice(g.at + 1, 0, row.merged[g.at + 1] === 'h' ? 'h' : '');
    }
  }
  if (draft.pending) draft.pending.cols = draft.pending.cols.map(shift);
  return cols;
}

/** A few characters one line under the last row's first cell ("≤" of "霉菌/(CFU/g)　≤"): its wrapped end, not the
 *  paragraph after the table, which is longer or starts like a block of its own. */
function endsLastCell(draft: Draft, pending: Pending): boolean {
  return pending.cols.length === 1 && pending.line.text.trim().length <= 6 && !BODY_START.test(pending.line.text) &&
    endsWrappedCell(draft, pending);
}

/** The last row's cell under the one-cell line has an open bracket before or after the line joins it. */
function bracketOpen(draft: Draft, pending: Pending): boolean {
  const cell = draft.rows[draft.rows.length - 1]!.cells[pending.cols[0]!] ?? '';
  return cell !== '' && (unbalanced(cell) || unbalanced(joinWrapped(cell, pending.line.segments[0]!.text)));
}

function joinIntoLastRow(draft: Draft, placed: Placed): void {
  const last = draft.rows[draft.rows.length - 1]!;
  placed.cols.forEach((col, i) => {
    const text = placed.line.segments[i]!.text;
    last.cells[col] = last.cells[col] === '' ? text : joinWrapped(last.cells[col]!, text);
  });
}

function sameCells(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((t, i) => t === b[i]);
}

interface Placed {
  line: PdfLine;
  /** Column of each of the line's segments. */
  cols: number[];
}

interface Pending extends Placed {
  /** Distance from the line above (Infinity across a page break). */
  pitch: number;
}

/** A one-cell line in a later column, not the end of the last row's cell, followed one line lower by a line that goes
 *  on in that column and fills the first: text after a table starts in the first column, so it opens a tall cell. */
function startsTallCell(draft: Draft, pending: Pending, cols: number[]): boolean {
  const k = pending.cols[0]!;
  if (pending.cols.length !== 1 || k === 0 || cols[0] !== 0 || !cols.includes(k) || endsWrappedCell(draft, pending)) return false;
  // A group label ("理化指标") is centred across the whole table instead.
  const s = pending.line.segments[0]!;
  const middle = (draft.columns[0]!.x0 + draft.columns[draft.columns.length - 1]!.x1) / 2;
  return Math.abs((s.x0 + s.x1) / 2 - middle) > 1.5 * pending.line.size;
}

/** Adds a row made of one line, or of several lines that hold different cells of the same row. */
function addRow(draft: Draft, parts: Placed[], afterPageBreak: boolean): void {
  const cells = draft.columns.map(() => '');
  for (const { line, cols } of parts) {
    cols.forEach((col, i) => (cells[col] = line.segments[i]!.text));
    widen(draft, line.segments, cols);
  }
  // The header row repeated at the top of the next page is layout, not data.
  if (afterPageBreak && sameCells(cells, draft.rows[0]!.cells)) return;
  draft.rows.push({ cells, line: parts[0]!.line });
}

const bare = (text: string) => text.replace(/\s+/g, '');

function fittedHeader(draft: Draft) {
  return fitHeader(draft.above, draft.columns, draft.rows);
}

/** Skips the lines of a multi-row header repeated at the top of a new page; true when `line` was one of them. */
function skipRepeatedHeader(draft: Draft, line: PdfLine, pageBreak: boolean): boolean {
  if (pageBreak && !draft.pending) draft.repeat = fittedHeader(draft)?.headerLines.map((l) => bare(l.text)) ?? [];
  if (draft.repeat.length === 0) return false;
  if (bare(line.text) !== draft.repeat[0]) {
    draft.repeat = [];
    return false;
  }
  draft.repeat.shift();
  take(draft, line);
  return true;
}

function take(draft: Draft, line: PdfLine): void {
  draft.lastLine = line;
  draft.consumed.push(line);
}

/** Display width in em: CJK and full-width characters 1, others ½. */
function emWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += ch.charCodeAt(0) > 0x2e7f ? 1 : 0.5;
  return w;
}

/**
 * Two cells filled to the column width come out as one segment ("时间、驱动电机控制器 驱动电机控制器温度分") when
 * the gap between them is a single space. Such a segment is split at the space that falls on the next column's
 * left edge; anything else is left alone.
 */
function splitSpanning(line: PdfLine, draft: Draft): PdfLine {
  const columns = draft.columns;
  // Only inside an established table of three or more columns.
  if (columns.length < 3 || draft.rows.length < 2) return line;
  let changed = false;
  const segments = line.segments.flatMap((s): Segment[] => {
    const over = columns.map((c, i) => (Math.min(s.x1, c.x1) - Math.max(s.x0, c.x0) > 0 ? i : -1)).filter((i) => i >= 0);
    if (over.length !== 2 || over[1] !== over[0]! + 1 || !s.text.includes(' ')) return [s];
    if (Math.abs(s.x0 - columns[over[0]!]!.x0) > 1.5 * line.size) return [s];
    const next = columns[over[1]!]!;
    const total = emWidth(s.text);
    const perEm = (s.x1 - s.x0) / total;
    for (let k = s.text.indexOf(' '); k > 0; k = s.text.indexOf(' ', k + 1)) {
      const left = s.text.slice(0, k).trimEnd();
      const right = s.text.slice(k + 1).trimStart();
      const rightX0 = s.x1 - emWidth(right) * perEm;
      if (emWidth(left) >= 2 && emWidth(right) >= 2 && Math.abs(rightX0 - next.x0) <= 1.5 * line.size) {
        changed = true;
        return [{ text: left, x0: s.x0, x1: s.x0 + emWidth(left) * perEm }, { text: right, x0: rightX0, x1: s.x1 }];
      }
    }
    return [s];
  });
  return changed ? { ...line, segments } : line;
}

/** A line that spans columns as it stands but fits them once cut at its narrower gaps (cells ~1 em apart, see
 *  columns.ts): the cut line. */
function cutToColumns(line: PdfLine, draft: Draft): PdfLine {
  const columns = draft.columns;
  if (columns.length < 3 || !line.segments.some((s) => s.chunks) || mapToColumns(line.segments, columns, line.size)) return line;
  // Each piece must stand over its own column: prose under a two-part line ("前　　言") is not cut to fit it.
  const segments = cellsOf(line);
  const over = segments.every((s) => columns.some((c) => Math.min(s.x1, c.x1) - Math.max(s.x0, c.x0) > 0));
  return over && mapToColumns(segments, columns, line.size) ? { ...line, segments } : line;
}

/** Tries to add `line` to the open table; false when the table ends before it. */
function extend(draft: Draft, original: PdfLine, firstOnPage: boolean): boolean {
  if (CAPTION.test(original.text)) return false;
  const line = cutToColumns(splitSpanning(original, draft), draft);
  const pageBreak = line.page !== draft.lastLine.page;
  if (pageBreak ? !firstOnPage : line.y - draft.lastLine.y > MAX_ROW_PITCH_EM * line.size) return false;
  if (skipRepeatedHeader(draft, line, pageBreak)) return true;
  const cols = mapToColumns(line.segments, draft.columns, line.size) ?? addGapColumns(draft, line) ??
    (BODY_START.test(line.text) ? null : mapLeftAligned(line.segments, draft.columns, line.size));
  if (!cols) return false;
  if (draft.pending && line.segments.length < 2 && !pageBreak && line.y - draft.pending.line.y > MAX_WRAP_PITCH_EM * line.size &&
    wrapsLaterColumn(draft, draft.pending)) {
    // The wrapped end of a later column's cell, then a row's first line well below it: text after a table would not
    // start under a later column, so the table goes on.
    joinIntoLastRow(draft, draft.pending);
    draft.pending = null;
  }
  if (draft.pending) {
    const pending = draft.pending;
    const tight = !pageBreak && line.y - pending.line.y <= MAX_WRAP_PITCH_EM * line.size;
    const disjoint = cols.every((c) => !pending.cols.includes(c));
    // The end of the last row's cell, wrapped onto the next line (or carried over to the next page when the row broke
    // across it), then a new row.
    const wrapped = disjoint && continuesLastRow(draft, pending, line);
    if (tight && disjoint && !wrapped) {
      // Cells centred vertically: the taller cell's first line came one line before the rest of the row.
      draft.pending = null;
      addRow(draft, [pending, { line, cols }], false);
      take(draft, line);
      return true;
    }
    if (line.segments.length < 2) {
      // A cell with an open bracket goes on over the next lines ("邻苯二甲酸酯" "（" "DEHP、…、DNOP）/%" "≤").
      if (tight && pending.cols.length === 1 && cols[0] === pending.cols[0] && bracketOpen(draft, pending) &&
        pending.pitch <= MAX_WRAP_PITCH_EM * pending.line.size && !BODY_START.test(line.text)) {
        joinIntoLastRow(draft, pending);
        draft.pending = { line, cols, pitch: line.y - pending.line.y };
        take(draft, line);
        return true;
      }
      // A cell wrapped over three or more lines under a later column: the middle lines join the row one by one.
      if (tight && wrapsLaterColumn(draft, pending) && cols.every((c, i) => c === pending.cols[i]) && !BODY_START.test(line.text)) {
        joinIntoLastRow(draft, pending);
        draft.pending = { line, cols, pitch: line.y - pending.line.y };
        take(draft, line);
        return true;
      }
      // Two one-cell lines in a row: the table ended before the first (close() hands it back as text).
      return false;
    }
    draft.pending = null;
    if (!wrapped && tight && startsTallCell(draft, pending, cols)) {
      // The first line of a tall cell in a later column, the other cells centred on its next line: one new row.
      addRow(draft, [{ line, cols }], false);
      const row = draft.rows[draft.rows.length - 1]!;
      const k = pending.cols[0]!;
      row.cells[k] = joinWrapped(pending.line.segments[0]!.text, row.cells[k]!);
      take(draft, line);
      return true;
    }
    if (wrapped || endsWrappedCell(draft, pending)) {
      // One line below the row, under filled cells, and the next line is a new row: the end of a wrapped cell.
      joinIntoLastRow(draft, pending);
    } else if (insideColumns(draft, pending) || leftInFirstColumn(draft, pending)) {
      // A row with the other cells empty (a group label such as "感官指标").
      addRow(draft, [pending], false);
    } else {
      // A group label centred across the table: one cell spanning the row, as Word stores it.
      const cells = draft.columns.map((_, i) => (i === 0 ? pending.line.text : ''));
      draft.rows.push({ cells, line: pending.line, merged: cells.map((_, i) => (i === 0 ? '' : 'h')) });
    }
  }
  if (isWrappedLine(draft, line, cols)) {
    joinIntoLastRow(draft, { line, cols });
    take(draft, line);
    return true;
  }
  if (line.segments.length < 2) {
    if (BODY_START.test(line.text)) return false;
    // Undecided until the next line: the start of a taller row, a one-cell row, or the text after the table.
    draft.pending = { line, cols, pitch: pageBreak ? Infinity : line.y - draft.lastLine.y };
    take(draft, line);
    return true;
  }
  addRow(draft, [{ line, cols }], pageBreak);
  take(draft, line);
  return true;
}

/** Lines just above a table's first line, each less than a line above the next: parts of the same row set higher by
 *  cells centred vertically ("项目" beside a two-line "A类（婴幼儿用 / 品）"). */
function rowPartsAbove(before: PdfLine[], first: PdfLine): PdfLine[] {
  const parts: PdfLine[] = [];
  let below = first;
  for (let i = before.length - 1; i >= 0; i--) {
    const line = before[i]!;
    if (line.page !== below.page) break;
    const gap = below.y - line.y;
    if (gap >= WITHIN_ROW_EM * below.size || CAPTION.test(line.text) || BODY_START.test(line.text)) {
      // A line just above the parts that is not clearly apart (a wider line pitch puts half a line near 1 em) leaves
      // the row's top in doubt: nothing is taken.
      return parts.length > 0 && gap <= MAX_WRAP_PITCH_EM * below.size && !CAPTION.test(line.text) ? [] : parts;
    }
    parts.unshift(line);
    below = line;
  }
  return parts;
}

/** The table's first line with the parts of its row set higher: texts over the cells start them (over every one of
 *  them: the line above a wrapped header), a text beyond the cells on either side is a cell of its own. Null otherwise:
 *  a title over some of the cells or between them spans the columns under it (a header of merged cells, which
 *  header.ts fits). */
function withPartsAbove(first: PdfLine, parts: PdfLine[]): PdfLine | null {
  const cells: Segment[] = first.segments.map(({ text, x0, x1 }) => ({ text, x0, x1 }));
  for (const part of [...parts].reverse()) {
    const texts = cellsOf(part);
    const covered = first.segments.filter((c) => texts.some((s) => Math.min(s.x1, c.x1) - Math.max(s.x0, c.x0) > 0)).length;
    if (covered > 0 && covered < first.segments.length) return null;
    for (const s of texts) {
      const over = cells.filter((c) => Math.min(s.x1, c.x1) - Math.max(s.x0, c.x0) > 0);
      if (over.length > 1) return null;
      const cell = over[0];
      if (cell) {
        cell.text = joinWrapped(s.text, cell.text);
        cell.x0 = Math.min(cell.x0, s.x0);
        cell.x1 = Math.max(cell.x1, s.x1);
      } else if (cells.some((c) => c.x1 <= s.x0) && cells.some((c) => c.x0 >= s.x1)) {
        return null;
      } else {
        cells.push({ text: s.text, x0: s.x0, x1: s.x1 });
      }
    }
    cells.sort((a, b) => a.x0 - b.x0);
  }
  return { ...first, segments: cells, x0: cells[0]!.x0, x1: Math.max(...cells.map((c) => c.x1)), text: cells.map((c) => c.text).join(' ') };
}

function canStartTable(line: PdfLine): boolean {
  return line.segments.length >= 2 && !(line.segments.length === 2 && LABEL.test(line.segments[0]!.text)) &&
    !CAPTION.test(line.text);
}

/** Turns the body lines (all pages, reading order) into paragraph lines and tables. */
export function groupTables(lines: PdfLine[]): LayoutBlock[] {
  const out: LayoutBlock[] = [];
  let draft: Draft | null = null;
  const linesBefore = (): PdfLine[] => {
    const before: PdfLine[] = [];
    for (let i = out.length - 1; i >= 0; i--) {
      const block = out[i]!;
      if (block.kind !== 'line') break;
      before.unshift(block.line);
    }
    return before;
  };
  const close = () => {
    if (!draft) return;
    if (draft.rows.length < 2) {
      for (const line of draft.consumed) out.push({ kind: 'line', line });
    } else {
      if (draft.pending && (wrapsLaterColumn(draft, draft.pending) || endsLastCell(draft, draft.pending))) {
        joinIntoLastRow(draft, draft.pending);
        draft.pending = null;
      }
      // A header of several lines (cells centred vertically) repeated at the top of a page is only whole once all its
      // lines have joined the row: it is dropped here.
      const top = draft.rows[0]!;
      draft.rows = draft.rows.filter((r, i) => i === 0 || r.line.page === draft!.rows[i - 1]!.line.page || !sameCells(r.cells, top.cells));
      const header = fittedHeader(draft);
      // The header lines were emitted as text before the table started: take them back.
      if (header) out.splice(out.length - header.lines.length, header.lines.length);
      const rows = [
        ...(header?.rows.map((cells, i) => ({ cells, line: header.rowLines[i]!, merged: header.merged[i] })) ?? []),
        ...draft.rows.slice(header?.bodyRowsUsed ?? 0),
      ];
      const merged = rows.some((r) => r.merged) ? rows.map((r) => r.merged ?? r.cells.map(() => '')) : undefined;
      out.push({ kind: 'table', rows: rows.map(({ cells, line }) => ({ cells, line })), ...(merged ? { merged } : {}) });
      // An unconfirmed one-cell line after the last row is the text that follows the table.
      if (draft.pending) out.push({ kind: 'line', line: draft.pending.line });
    }
    draft = null;
  };
  lines.forEach((line, i) => {
    const firstOnPage = i === 0 || lines[i - 1]!.page !== line.page;
    if (draft && extend(draft, line, firstOnPage)) return;
    close();
    if (!canStartTable(line)) {
      out.push({ kind: 'line', line });
      return;
    }
    const before = linesBefore();
    const parts = rowPartsAbove(before, line);
    const first = parts.length > 0 ? withPartsAbove(line, parts) : null;
    if (first) {
      // The parts were emitted as text: they go back into the table's first row (and come back out if it fails).
      out.splice(out.length - parts.length, parts.length);
      draft = startDraft(first, headerCandidates(before.slice(0, before.length - parts.length), first));
      draft.consumed = [...parts, line];
    } else {
      draft = startDraft(line, headerCandidates(before, line));
    }
  });
  close();
  return out;
}
