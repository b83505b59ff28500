// Tables in plain text: pipe rows ("| a | b |"), tab-separated cells (Word's "save as text"), and
// columns aligned with runs of spaces. Used by the txt, md and doc readers.

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
  /** Index in `lines` of each row. */
  rowIndex: number[];
  /** Number of source lines consumed (rows plus dropped separator rows). */
  consumed: number;
}

/**
 * A table starting at lines[start], or null. Rows are consecutive lines with the same cell count:
 * pipe rows (≥1 cell), tab rows (≥2 cells) or space-aligned rows (≥3 cells: two columns separated
 * by spaces are too often a heading "5.1  标题" or a reference entry). Two-cell runs whose first
 * cells are all clause numbers or standard numbers are numbered paragraphs or reference entries, not tables.
 */
export function tableAt(lines: string[], start: number, allowColumns: boolean): TextTable | null {
  const first = lines[start] ?? '';
  // a pipe table starts with "|", or has the delimiter row under its header ("a | b" / "--- | ---")
  if (first.trim().startsWith('|') || (pipeCells(first) && isPipeSeparator(lines[start + 1] ?? ''))) return pipeTable(lines, start);
  if (!allowColumns) return null;
  const { cells, byTab } = columnCells(first);
  const width = cells.length;
  if (width < (byTab ? 2 : 3)) return null;
  const rows: string[][] = [cells];
  let i = start + 1;
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '') break;
    const next = columnCells(line);
    if (next.byTab !== byTab || next.cells.length !== width) break;
    rows.push(next.cells);
  }
  if (rows.length < 2) return null;
  if (width === 2 && rows.every((r) => LABEL.test(r[0]!) || STD_NUMBER.test(r[0]!))) return null;
  return { rows, rowIndex: rows.map((_r, k) => start + k), consumed: rows.length };
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
