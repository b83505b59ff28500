// Lays out HTML-style table cells (colspan/rowspan) on a grid: the text sits in the top-left cell, covered
// positions hold '' and are flagged 'h' (horizontal span) or 'v' (vertical continuation), as in RawTable.merged.
export interface SpanCell {
  text: string;
  colspan: number;
  rowspan: number;
}

export function spanGrid(cellRows: readonly (readonly SpanCell[])[]): { rows: string[][]; merged: string[][] } {
  const rows: string[][] = [];
  const merged: string[][] = [];
  const pendingDown: number[] = []; // per column: rows still covered by a rowspan from above
  for (const cells of cellRows) {
    const row: string[] = [];
    const flags: string[] = [];
    const fillCovered = (): void => {
      while ((pendingDown[row.length] ?? 0) > 0) {
        pendingDown[row.length]!--;
        row.push('');
        flags.push('v');
      }
    };
    for (const c of cells) {
      fillCovered();
      const col = row.length;
      row.push(c.text);
      flags.push('');
      for (let k = 1; k < c.colspan; k++) row.push(''), flags.push('h');
      for (let k = 0; k < c.colspan; k++) pendingDown[col + k] = c.rowspan - 1;
    }
    fillCovered();
    if (row.length) {
      rows.push(row);
      merged.push(flags);
    }
  }
  const width = Math.max(0, ...rows.map((r) => r.length));
  for (let i = 0; i < rows.length; i++) while (rows[i]!.length < width) rows[i]!.push(''), merged[i]!.push('');
  return { rows, merged };
}

/** colspan/rowspan attribute value, clamped to 1…64 so hostile markup cannot blow up the grid. */
export function spanAttr(attrs: string, name: string): number {
  const v = new RegExp(`${name}\\s*=\\s*["']?(\\d+)`, 'i').exec(attrs)?.[1];
  return Math.min(Math.max(v ? Number(v) : 1, 1), 64);
}
