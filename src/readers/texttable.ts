// Tables in plain text: pipe rows ("| a | b |"), tab-separated cells (Word's "save as text"), and columns aligned
// with spaces (text typed or exported with padding, pdftotext -layout), read by column position. Used by the txt and
// md readers (md: pipe tables only).
import { codePointWidth } from '../text-width.ts';

/** Cells of a pipe-table row ("| a | b |" or "a | b"), or null when the line has no unescaped pipe. Handles \\|. */
function pipeCells(line: string): string[] | null {
  const t = line.trim();
  const cells: string[] = [];
  let cur = '';
  let pipes = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t[i]!;
    if (c === '\\' && t[i + 1] === '|') {
      cur += '|';
      i++;
    } else if (c === '|') {
      pipes++;
      cells.push(cur);
      cur = '';
    } else {
      cur += c;
    }
  }
  if (pipes === 0) return null;
  cells.push(cur);
  if (t.startsWith('|')) cells.shift();
  if (t.endsWith('|') && !t.endsWith('\\|')) cells.pop();
  return cells.map((c) => c.trim());
}

/** The Markdown delimiter row under a table header: | --- | :---: | */
function isPipeSeparator(line: string): boolean {
  return line.includes('|') && /^\|?:?-+:?(\|:?-+:?)*\|?$/.test(line.replace(/\s+/g, ''));
}

/** Cells split by tabs, or by runs of two or more (ideographic) spaces when the line has no tab. */
function columnCells(line: string): { cells: string[]; byTab: boolean } {
  const t = trimSpaces(line);
  if (t.includes('\t')) return { cells: t.split('\t').map((c) => c.trim()), byTab: true };
  return { cells: t.split(/[ \u3000]{2,}/).map((c) => c.trim()), byTab: false };
}

/** Trims ASCII and ideographic spaces (not tabs) at both ends; a loop, since /[ ]+$/ is quadratic on long space runs. */
function trimSpaces(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && (s[a] === ' ' || s[a] === '\u3000')) a++;
  while (b > a && (s[b - 1] === ' ' || s[b - 1] === '\u3000')) b--;
  return s.slice(a, b);
}

/** Clause numbers and list markers that Word's text export puts before a tab: "5.1", "A.2", "附录A", "a)". */
const LABEL = /^(?:\d+(?:\.\d+)*\.?|[A-Z](?:\.\d+)+|附\s*录\s*[A-Z]|[a-z]\)|\d+\)|[（(]\d+[)）]|——|—|[•·●▪■-])$/;
/** A standard number at the start of a normative-reference entry: "GB/T 191", "Q/ABC 001—2023". */
const STD_NUMBER = /^(?:GB|GB\/T|GB\/Z|[A-Z]{2,4}(?:\/[A-Z])?|Q\/[A-Z0-9]+)\s*\d/;

export interface TextTable {
  rows: string[][];
  /** Index in `lines` of each row (its first line when a cell wraps onto the next lines). */
  rowIndex: number[];
  /** Number of source lines consumed (rows, dropped separator rows, wrapped cell lines). */
  consumed: number;
  /** Merged-cell flags as in RawTable.merged (header cells spanning columns of a space-aligned table); absent when none. */
  merged?: string[][];
}

/**
 * A table starting at lines[start], or null: pipe rows, tab rows (same cell count, ≥2 cells), or columns aligned
 * with spaces (see alignedTable; rows with the same ≥3 cell count when they are not aligned). Two-column runs whose
 * first cells are all clause numbers or standard numbers are numbered paragraphs or reference entries, not tables.
 */
export function tableAt(lines: string[], start: number, allowColumns: boolean): TextTable | null {
  const first = lines[start] ?? '';
  // a pipe table starts with "|", or has the delimiter row under its header ("a | b" / "--- | ---")
  if (first.trim().startsWith('|') || (pipeCells(first) && isPipeSeparator(lines[start + 1] ?? ''))) return pipeTable(lines, start);
  if (!allowColumns) return null;
  const byCount = (byTab: boolean): TextTable | null =>
    sameCountTable(lines, start, byTab, PROBE_ROWS) && sameCountTable(lines, start, byTab, Infinity);
  if (first.includes('\t')) return byCount(true);
  return alignedTable(lines, start) ?? byCount(false);
}

/**
 * Text aligned in an editor counts a CJK character as two columns; pdftotext -layout puts one character per column.
 * Under the other measure each row shifts by its own count of CJK characters, so values scatter into extra columns
 * (empty cells) or run into their neighbours (two pieces in a cell): the reading with fewer such defects wins, then
 * the one where more pieces line up with a piece of another row.
 */
function alignedTable(lines: string[], start: number): TextTable | null {
  const wide = readingAt(lines, start, 'wide');
  const narrow = readingAt(lines, start, 'narrow');
  const best = !wide || !narrow ? wide ?? narrow
    : Math.abs(narrow.defects - wide.defects) > 1e-9 ? (narrow.defects < wide.defects ? narrow : wide)
    : narrow.aligned > wide.aligned ? narrow : wide;
  return best?.table ?? null;
}

/**
 * The reading of a table's first lines decides whether there is one; only then are the rest read. txt calls tableAt
 * on every line, and a long run that is no table (a table of contents, aligned numbered lines) would otherwise be
 * read to its end from each of its lines. Rows read by cell count (tabs, unaligned spaces) are probed the same way.
 */
function readingAt(lines: string[], start: number, measure: Measure): Reading | null {
  const probe = alignedTableBy(lines, start, measure, PROBE_ROWS);
  if (!probe || probe.table.consumed < PROBE_ROWS) return probe;
  return alignedTableBy(lines, start, measure, MAX_ROWS);
}

/** Consecutive lines with the same cell count: tab rows (≥2 cells) or space-separated rows (≥3 cells) not aligned. */
function sameCountTable(lines: string[], start: number, byTab: boolean, maxRows: number): TextTable | null {
  const cells = columnCells(lines[start]!).cells;
  const width = cells.length;
  if (width < (byTab ? 2 : 3) || LEADERS.test(lines[start]!)) return null;
  const rows: string[][] = [cells];
  for (let i = start + 1; i < lines.length && rows.length < maxRows; i++) {
    const line = lines[i]!;
    if (line.trim() === '') break;
    const next = columnCells(line);
    if (next.byTab !== byTab || next.cells.length !== width || LEADERS.test(line)) break;
    rows.push(next.cells);
  }
  if (rows.length < 2 || notATable(rows)) return null;
  // unaligned cells holding sentences are prose with stray double spaces
  if (!byTab && rows.some((r) => r.some((c) => /[，。；]/.test(c)))) return null;
  return { rows, rowIndex: rows.map((_r, k) => start + k), consumed: rows.length };
}

/**
 * Two-column numbered paragraphs or reference entries, runs whose first cells are all multi-level clause numbers, and
 * tables of contents.
 */
function notATable(rows: string[][]): boolean {
  const width = Math.max(...rows.map((r) => r.length));
  if (width === 2 && rows.every((r) => LABEL.test(r[0]!) || STD_NUMBER.test(r[0]!))) return true;
  return rows.every((r) => /^(?:\d+(?:\.\d+)+|[A-Z](?:\.\d+)+)\.?$/.test(r[0]!)) || isContents(rows);
}

// ---------------------------------------------------------------- space-aligned columns

/** A run of text on a line, between gaps of two or more spaces; start/end are display columns, end exclusive. */
interface Piece { start: number; end: number; text: string }

type Measure = 'wide' | 'narrow';
interface ScannedLine { pieces: Piece[]; breaks: boolean }

/** Lines split into pieces once per document and measure: every start line scans ahead over the same lines. */
const scanCache = new WeakMap<string[], Record<Measure, ScannedLine[]>>();

function scanned(lines: string[], i: number, measure: Measure): ScannedLine {
  let cache = scanCache.get(lines);
  if (!cache) scanCache.set(lines, (cache = { wide: [], narrow: [] }));
  let line = cache[measure][i];
  if (!line) {
    const pieces = piecesOf(lines[i]!, measure === 'wide' ? codePointWidth : () => 1);
    line = cache[measure][i] = { pieces, breaks: breaksTable(lines[i]!, pieces) };
  }
  return line;
}

/** The pieces of a line: a single space stays inside a piece ("GB/T 2912.1", "≤ 75"), two or more separate pieces. */
function piecesOf(line: string, width: (cp: number) => number): Piece[] {
  const out: Piece[] = [];
  let col = 0;
  let cur: Piece | null = null;
  let spaces = 0;
  let spaceText = '';
  for (const ch of line) {
    const w = width(ch.codePointAt(0)!);
    if (ch === ' ' || ch === '\u3000') {
      spaces++;
      spaceText += ch;
    } else {
      if (cur && spaces < 2) {
        cur.text += spaceText + ch;
        cur.end = col + w;
      } else {
        cur = { start: col, end: col + w, text: ch };
        out.push(cur);
      }
      spaces = 0;
      spaceText = '';
    }
    col += w;
  }
  return out;
}

const CAPTION_LINE = /^[\s\u3000]*续?[\s\u3000]*表[\s\u3000]*(?:[A-Z][.．]?[\s\u3000]*)?\d/;
const NOTE_LINE = /^[\s\u3000]*注[\s\u3000\d]*[：:]/;
const LIST_LINE = /^[\s\u3000]*(?:[a-z][)）]|\d{1,2}[)）]|[（(]\d{1,2}[)）]|——|[•·●▪■])/;
/** "4.1  要求", "5　试验方法", "A.2 …", "附录A": with at most two pieces, a heading rather than a row. */
const HEADING_LINE = /^[\s\u3000]*(?:(?:\d+(?:\.\d+)*|[A-Z](?:\.\d+)+)\.?[\s\u3000]+[\u4e00-\u9fff]|附[\s\u3000]*录[\s\u3000]*[A-Z])/;
/** Table of contents leaders ("1 范围 ........ 1"). */
const LEADERS = /[.．·…]{4,}|…{2,}/;
/** Running header or page number of a page break inside the text (pdftotext without form feeds). */
const PAGE_FURNITURE = /^(?:\d{1,3}|[IVXⅠ-Ⅻ]+|(?:Q\/\S+|[A-Z]{1,4}(?:\/[A-Z])?)\s*[\d.]+\s*[—–-]\s*\d{4})$/;

/** Whether a line cannot be part of a space-aligned table (ends one, or cannot start one). */
function breaksTable(line: string, pieces: Piece[]): boolean {
  if (pieces.length === 0 || line.includes('\t') || line.includes('\f')) return true;
  if (CAPTION_LINE.test(line) || NOTE_LINE.test(line) || LIST_LINE.test(line) || LEADERS.test(line)) return true;
  if (pieces.length <= 2 && HEADING_LINE.test(line)) return true;
  if (pieces.length === 1 && PAGE_FURNITURE.test(pieces[0]!.text)) return true;
  // a sentence starting at the left, with an accidental double space: item names are short and unpunctuated
  const lead = pieces[0]!.text;
  return /[。；]$/.test(lead) || (lead.length >= 15 && /[，。；]/.test(lead));
}

/** A cell that holds data rather than a column label: a number, possibly after a comparator. */
const isDataText = (text: string): boolean => /^[≤≥<>≦≧±＞＜]?\s*[-+]?\d/.test(text);
const isData = (p: Piece): boolean => isDataText(p.text);
/** Longest space-aligned table read, and the lines read first to decide whether a table starts (see readingAt). */
const MAX_ROWS = 2000;
const PROBE_ROWS = 8;

/** Leading header rows: up to two rows without data cells, when at least two body rows remain to place the columns. */
function headerCount(rows: Piece[][]): number {
  let h = 0;
  while (h < 2 && h < rows.length - 2 && !rows[h]!.some(isData)) h++;
  return h;
}

interface Extent { start: number; end: number }

/** Column extents: the union of the body rows' pieces; a column boundary is a display column blank in every body row. */
function columnsOf(rows: Piece[][]): Extent[] {
  return rows.reduce(addToColumns, []);
}

/** Column extents with a row's pieces added: extents that a piece overlaps or touches become one. */
function addToColumns(cols: Extent[], row: Piece[]): Extent[] {
  let out = cols;
  for (const p of row) {
    const joined = { start: p.start, end: p.end };
    const rest: Extent[] = [];
    for (const c of out) {
      if (c.start <= joined.end && joined.start <= c.end) {
        joined.start = Math.min(joined.start, c.start);
        joined.end = Math.max(joined.end, c.end);
      } else rest.push(c);
    }
    out = [...rest, joined].sort((a, b) => a.start - b.start);
  }
  return out;
}

const overlaps = (p: Extent, c: Extent, slack = 0): boolean => p.start < c.end + slack && c.start < p.end + slack;
const distance = (p: Extent, c: Extent): number => Math.max(c.start - p.end, p.start - c.end, 0);

/**
 * Letter-spaced header words ("项    目", "指  标", "检  验  方  法"): single CJK characters a few columns apart are one
 * word. A closed-up word keeps taking characters only while it is still wider than its text (it was letter-spaced).
 */
function closeLetterSpacing(row: Piece[]): Piece[] {
  const out: Piece[] = [];
  for (const p of row) {
    const last = out[out.length - 1];
    if (last && /^[\u4e00-\u9fff]+$/.test(last.text) && /^[\u4e00-\u9fff]$/.test(p.text) && p.start - last.end <= 8 &&
      (last.text.length === 1 || last.end - last.start > 2 * last.text.length)) {
      out[out.length - 1] = { start: last.start, end: p.end, text: last.text + p.text };
    } else out.push(p);
  }
  return out;
}

/** One reading of a space-aligned table, with what decides between the two measures. */
interface Reading { table: TextTable; defects: number; aligned: number }

/**
 * A table whose columns are aligned with spaces (plain text saved from Word/WPS, pdftotext -layout). Columns are the
 * display-column ranges covered by the body rows, so cells may be empty, a comparator may have a column of its own and
 * cell text may contain single spaces. Up to two leading rows without data are header rows, placed on the body's
 * columns; a header cell over several columns is a merged cell ('h'). Vertical merges are not guessed: plain text
 * shows none, and pipe tables of the same shape carry none either. The table ends at a blank line, a caption, a note,
 * a list item, a clause heading, a sentence, page furniture, or a line whose only piece crosses a column boundary.
 */
function alignedTableBy(lines: string[], start: number, measure: Measure, maxRows: number): Reading | null {
  const line = (i: number): ScannedLine => scanned(lines, i, measure);
  const first = line(start);
  if (first.pieces.length < 2 || first.breaks) return null;
  // a header names its first column in a few characters; a long first piece without data is a sentence above the table
  if (!first.pieces.some(isData) && first.pieces[0]!.text.length >= 12) return null;
  const rows: Piece[][] = [first.pieces];
  // Columns of the multi-piece body rows so far. A line that starts across two of them as its only piece, across
  // three (or all) of them, or that leaves a single column, is prose and ends the table; a long item running into the
  // next column is tolerated (the two columns become one).
  let seen: Extent[] = [];
  let header = !first.pieces.some(isData);
  if (!header) seen = addToColumns(seen, first.pieces);
  for (let i = start + 1; i < lines.length && rows.length < maxRows; i++) {
    const { pieces, breaks } = line(i);
    if (breaks) break;
    const across = seen.filter((c) => overlaps(pieces[0]!, c)).length;
    if (across > 1 && (pieces.length === 1 || across >= Math.min(3, seen.length))) break;
    header &&= rows.length < 2 && !pieces.some(isData);
    if (!header && pieces.length > 1) {
      const next = addToColumns(seen, pieces);
      if (next.length < 2 && seen.length >= 2) break;
      seen = next;
    }
    rows.push(pieces);
  }
  if (rows.length < 2) return null;
  const h = headerCount(rows);
  const cols = columnsOf(rows.slice(h));
  const placed = rows.map((r, k) => (k < h ? closeLetterSpacing(r) : r));
  // a header cell right of every body column is a column of its own, empty in the body ("备注")
  for (const p of placed.slice(0, h).flat()) {
    if (p.start >= cols[cols.length - 1]!.end && !cols.some((c) => overlaps(p, c))) cols.push({ start: p.start, end: p.end });
  }
  const cells: string[][] = [];
  const merged: string[][] = [];
  const ends: number[][] = [];
  let joined = 0;
  placed.forEach((row, r) => {
    const out = cols.map(() => '');
    const flags = cols.map(() => '');
    const end = cols.map(() => 0);
    for (const p of row) {
      // a top header over sub-headers may end where its last sub-column starts
      let over = cols.map((c, k) => (overlaps(p, c, r === 0 && h === 2 ? 1 : 0) ? k : -1)).filter((k) => k >= 0);
      if (!over.length) over = [nearest(p, cols)];
      const k = over[0]!;
      if (out[k]) joined++;
      out[k] = out[k] ? `${out[k]} ${p.text}` : p.text;
      end[k] = Math.max(end[k]!, p.end);
      for (const j of over.slice(1)) flags[j] = 'h'; // only header pieces can cover two columns
    }
    cells.push(out);
    merged.push(flags);
    ends.push(end);
  });
  const kept = joinWrappedLines(cells, ends, cols, h);
  const grid = kept.map((r) => cells[r]!);
  if (!looksTabular(grid)) return null;
  // Rows that all split into the same ≥3 pieces but are not aligned: read them by piece count instead.
  if (rows.every((r) => r.length === rows[0]!.length) && rows[0]!.length >= 3 && cols.length < rows[0]!.length) return null;
  const table: TextTable = { rows: grid, rowIndex: kept.map((r) => start + r), consumed: rows.length };
  if (merged.some((r) => r.some((f) => f))) table.merged = kept.map((r) => merged[r]!);
  const body = grid.slice(h).flat();
  const { aligned, of } = alignedPieces(rows.slice(h), cols[0]!);
  // Columns right of the margin that hardly ever line up are prose split by stray double spaces; a two-column
  // reading, the easiest to find by chance, needs two thirds of its cells lined up.
  if (of >= 2 && (aligned < 2 || aligned * 3 < of * (cols.length === 2 ? 2 : 1))) return null;
  return { table, defects: (body.filter((c) => !c).length + joined) / (grid.length * cols.length), aligned };
}

/**
 * Cells wrapped over several lines (pdftotext -layout): a body line with nothing in the first column, whose cells
 * each continue a text cell of the line above that ran to its column's right edge, is joined to that row. Returns
 * the indices of the lines that start rows. A sub-row (" | 直接接触皮肤 | 75") starts a row of its own.
 */
function joinWrappedLines(cells: string[][], ends: number[][], cols: Extent[], h: number): number[] {
  const kept: number[] = [];
  cells.forEach((line, r) => {
    const row = kept[kept.length - 1];
    const above = cells[r - 1];
    const continues = row !== undefined && row >= h && r > h && above !== undefined && line[0] === '' &&
      line.some((c) => c) && line.every((c, k) => !c || (above[k] && !isDataText(c) && ends[r - 1]![k]! >= cols[k]!.end - 2));
    if (!continues) {
      kept.push(r);
      return;
    }
    const target = cells[row]!;
    line.forEach((c, k) => {
      if (c) target[k] = /[\u3000-\u9fff\uff00-\uffef]$/.test(target[k]!) && /^[\u3000-\u9fff\uff00-\uffef]/.test(c) ? target[k] + c : `${target[k]} ${c}`;
    });
  });
  return kept;
}

/**
 * Pieces right of the first column that share their left edge, right edge or centre with a piece of another row, and
 * how many pieces there are right of the first column. Prose split by stray double spaces lines up only at the margin.
 */
function alignedPieces(rows: Piece[][], first: Extent): { aligned: number; of: number } {
  const edges = (p: Piece): string[] => [`s${p.start}`, `e${p.end}`, `c${p.start + p.end}`];
  const rowsWith = new Map<string, number>();
  for (const row of rows) for (const key of new Set(row.flatMap(edges))) rowsWith.set(key, (rowsWith.get(key) ?? 0) + 1);
  const inner = rows.flat().filter((p) => !overlaps(p, first));
  return { aligned: inner.filter((p) => edges(p).some((k) => rowsWith.get(k)! > 1)).length, of: inner.length };
}

function nearest(p: Extent, cols: Extent[]): number {
  let best = 0;
  cols.forEach((c, k) => { if (distance(p, c) < distance(p, cols[best]!)) best = k; });
  return best;
}

/**
 * Enough rows and shared columns to be a table: two filled cells in at least two rows, and at least two columns filled
 * in two rows — a cover's date line over its publisher line shares none — and three such columns or a number
 * somewhere. Two columns, the shape prose and title blocks fall into most easily, need three rows: a header row and
 * values ("项目 | 指标" over "酸价 | ≤3.0").
 * Not numbered paragraphs, reference entries or a table of contents.
 */
function looksTabular(cells: string[][]): boolean {
  const width = cells[0]!.length;
  const fullRows = cells.filter((r) => r.filter((c) => c).length >= 2).length;
  const sharedCols = cells[0]!.filter((_c, k) => cells.filter((r) => r[k]).length >= 2).length;
  if (width < 2 || fullRows < 2 || sharedCols < 2 || notATable(cells)) return false;
  if (width > 2) return sharedCols >= 3 || cells.some((r) => r.some(isDataText));
  return fullRows >= 3 && !cells[0]!.some(isDataText) && cells.slice(1).some((r) => isDataText(r[1]!));
}

/** A table of contents laid out in columns: every row ends with a page number and starts with a clause or element name. */
function isContents(rows: string[][]): boolean {
  return rows.every((r) => {
    const filled = r.filter((c) => c);
    return filled.length >= 2 && /^(?:\d{1,3}|[IVXⅠ-Ⅻ]+)$/.test(filled[filled.length - 1]!) &&
      /^(?:\d+(?:\.\d+)*|[A-Z](?:\.\d+)*|前\s*言|引\s*言|附\s*录|参考文献|索\s*引)/.test(filled[0]!);
  });
}

function pipeTable(lines: string[], start: number): TextTable | null {
  const rows: string[][] = [];
  const rowIndex: number[] = [];
  let i = start;
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '') break;
    if (i > start && isPipeSeparator(line)) continue;
    const cells = pipeCells(line);
    if (!cells) break;
    rows.push(cells);
    rowIndex.push(i);
  }
  if (rows.length < 2 && i - start < 2) return null;
  // GFM: the header row fixes the width; extra cells are dropped, missing ones are empty
  const width = rows[0]!.length;
  for (const r of rows) {
    r.length = Math.min(r.length, width);
    while (r.length < width) r.push('');
  }
  return { rows, rowIndex, consumed: i - start };
}
