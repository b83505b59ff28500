// Table rows whose cells stand closer than a cell gap come out of lines.ts as one segment ("甲醛含量（mg/kg） ≤75 ≤75
// ≤75"): Word's cell margins leave about 1 em between full cells, Chromium's padding less. When consecutive lines break
// at narrower gaps into the same number (three or more) of pieces that line up column by column, the pieces are cells.
// Running text does not line up like that; a list of multi-part standards can, so a line led by a standard
// designation is left alone.
import type { PdfLine, Segment } from './lines.ts';

const MIN_CELLS = 3;
/** Rows of one table: same page, at most this many ems apart. */
const MAX_PITCH_EM = 4;
const DESIGNATION = /^(?:(?:GB|[A-Z]{2,4})(?:\/[TZ])?\s*\d|Q\/)/;

/** A comparator standing apart ("耐水色牢度/级　　≥") closes the name cell before it, as standards set it. */
const COMPARATOR = /^[≤≥<>＜＞]$/;

export function cellsOf(line: PdfLine): Segment[] {
  const cells: Segment[] = [];
  for (const piece of line.segments.flatMap((s) => s.chunks ?? [s])) {
    const last = cells[cells.length - 1];
    if (last && COMPARATOR.test(piece.text)) cells[cells.length - 1] = { text: `${last.text} ${piece.text}`, x0: last.x0, x1: piece.x1 };
    else cells.push(piece);
  }
  return cells;
}

/** Same number of pieces, each overlapping the one above it. */
function linedUp(a: Segment[], b: Segment[]): boolean {
  return a.length === b.length && a.every((s, i) => Math.min(s.x1, b[i]!.x1) - Math.max(s.x0, b[i]!.x0) > 0);
}

function candidate(line: PdfLine): Segment[] | null {
  const cells = cellsOf(line);
  return cells.length >= MIN_CELLS && !DESIGNATION.test(cells[0]!.text) ? cells : null;
}

/** Cuts lines into their narrow-gap pieces wherever two or more consecutive lines line them up. */
export function splitAlignedColumns(lines: PdfLine[]): PdfLine[] {
  const out = [...lines];
  let run: { index: number; cells: Segment[] }[] = [];
  const cut = (index: number, cells: Segment[]) => {
    if (cells.length > out[index]!.segments.length) out[index] = { ...out[index]!, segments: cells.map(({ text, x0, x1 }) => ({ text, x0, x1 })) };
  };
  const close = () => {
    if (run.length >= 2) {
      for (const { index, cells } of run) cut(index, cells);
      // The header line just above: its pieces stand over distinct columns of the first row ("n c m M" over "5 2 10⁴ 10⁵").
      const first = run[0]!;
      const above = lines[first.index - 1];
      const line = lines[first.index]!;
      if (above && above.page === line.page && line.y - above.y <= MAX_PITCH_EM * line.size) {
        const cols = cellsOf(above).map((c) => first.cells.findIndex((d) => Math.min(c.x1, d.x1) - Math.max(c.x0, d.x0) > 0));
        if (cols.every((c, i) => c >= 0 && (i === 0 || c > cols[i - 1]!))) cut(first.index - 1, cellsOf(above));
      }
    }
    run = [];
  };
  lines.forEach((line, index) => {
    const cells = candidate(line);
    const previous = run[run.length - 1];
    const prevLine = previous ? lines[previous.index]! : null;
    const follows = prevLine !== null && prevLine.page === line.page && line.y - prevLine.y <= MAX_PITCH_EM * line.size;
    if (cells && previous && follows && linedUp(previous.cells, cells)) {
      run.push({ index, cells });
      return;
    }
    close();
    if (cells) run.push({ index, cells });
  });
  close();
  return out;
}
