// Puts the numbering labels and styles read from the binary structures (numbering.ts) on word-extractor's text
// lines. The two see the same paragraphs in the same order, but word-extractor's lines are cleaned text, soft line
// breaks split a paragraph into several lines and table cells are elsewhere, so a line is matched by its text, in
// order, within a short look-ahead.
import type { DocParagraph, RowInfo } from './numbering.ts';

/** How far ahead (in paragraphs) a line's paragraph is looked for; beyond that the line gets no label. */
const LOOK_AHEAD = 40;

export interface LineProps {
  numLabel: string | null;
  style: string | null;
  headingLevel: number | null;
  /** The label belongs to an empty first line of its paragraph ("附录A" then a line break): it is a line of its own. */
  labelAlone: boolean;
}

const key = (text: string): string => text.replace(/[\u0000-\u001f\s\u3000]/g, '');

export class ParagraphAligner {
  private next = 0;
  private readonly keys: string[];
  private readonly leadingBreak: boolean[];

  constructor(private readonly paragraphs: DocParagraph[]) {
    this.keys = paragraphs.map((p) => key(p.text.split(/[\u000b\n]/).find((part) => key(part) !== '') ?? ''));
    this.leadingBreak = paragraphs.map((p) => key(p.text.split(/[\u000b\n]/)[0] ?? '') === '' && key(p.text) !== '');
  }

  /** Properties of the paragraph that starts with this line, or null when none is found. */
  match(line: string): LineProps | null {
    const k = key(line);
    if (k === '') return null;
    const end = Math.min(this.paragraphs.length, this.next + LOOK_AHEAD);
    for (let i = this.next; i < end; i++) {
      if (this.keys[i] !== k) continue;
      this.next = i + 1;
      const p = this.paragraphs[i]!;
      return { numLabel: p.label, style: p.style, headingLevel: p.headingLevel, labelAlone: this.leadingBreak[i]! };
    }
    return null;
  }
}

/** A table row's cells with the row's layout, when the binary structures gave one for exactly these cells. */
export interface SplitRow {
  cells: string[];
  layout: RowInfo['layout'];
}

/**
 * word-extractor ends a table row line at the row mark only when it sees the row's properties; those of wide rows
 * live in the Data stream (sprmPHugePapx) and it misses them, so several rows come as one line, each row mark left
 * as an empty cell. The rows read from the binary structures split such a line again.
 */
export class RowSplitter {
  private next = 0;

  constructor(private readonly rows: RowInfo[]) {}

  split(cells: string[]): SplitRow[] {
    const out: SplitRow[] = [];
    let rest = cells;
    while (rest.length > 0) {
      const row = this.rows[this.next++];
      // One row per line as expected, or out of step with the rows: the line stays one row.
      if (row === undefined || row.cells >= rest.length || rest[row.cells] !== '') {
        out.push({ cells: rest, layout: row?.cells === rest.length ? row.layout : null });
        break;
      }
      out.push({ cells: rest.slice(0, row.cells), layout: row.layout });
      rest = rest.slice(row.cells + 1);
    }
    return out;
  }
}

/** Edges closer than this (twips) are one grid line: cell widths are rounded differently from row to row. */
const EDGE_TOLERANCE = 30;

/**
 * Places the rows on the table's column grid (the union of all rows' cell edges), as the docx reader does: a cell
 * spanning several grid columns keeps its text in the first, the others are '' marked 'h'; a cell continuing a
 * vertical merge is marked 'v'. Null when a row has no layout (the rows are then padded as they are).
 */
export function gridRows(rows: SplitRow[]): { rows: string[][]; merged: string[][] } | null {
  if (rows.length === 0 || rows.some((r) => !r.layout || r.layout.edges.length !== r.cells.length + 1)) return null;
  const grid: number[] = [];
  for (const x of rows.flatMap((r) => r.layout!.edges).sort((a, b) => a - b)) {
    if (grid.length === 0 || x - grid[grid.length - 1]! > EDGE_TOLERANCE) grid.push(x);
  }
  const column = (x: number) => grid.findIndex((g) => Math.abs(g - x) <= EDGE_TOLERANCE);
  const width = grid.length - 1;
  const out: string[][] = [];
  const merged: string[][] = [];
  for (const r of rows) {
    const cells = Array<string>(width).fill('');
    const flags = Array<string>(width).fill('');
    r.cells.forEach((text, i) => {
      const from = column(r.layout!.edges[i]!);
      const to = column(r.layout!.edges[i + 1]!);
      if (from < 0 || to <= from) return;
      cells[from] = text;
      if (r.layout!.continued[i]) flags[from] = 'v';
      for (let k = from + 1; k < to; k++) flags[k] = 'h';
    });
    out.push(cells);
    merged.push(flags);
  }
  return { rows: out, merged };
}
