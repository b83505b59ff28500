// Text pieces of the normative content for token scans (units rules, rules-b): every paragraph and every
// table cell of the body and annexes, each with its own location. The reference list and the bibliography
// are skipped: they quote other documents' titles.
import type { Loc, StandardDocument } from '../../model/types.ts';
import { isTable, isText, walkClauses } from './doc.ts';

export interface ScanPiece {
  text: string;
  loc: Loc;
  where: 'paragraph' | 'cell' | 'caption';
  /** What the piece is about: the paragraph itself, or for a table cell/caption the caption, header and notes. */
  context: string;
}

export function scanPieces(doc: StandardDocument): ScanPiece[] {
  const out: ScanPiece[] = [];
  walkClauses(doc.clauses, (clause, _parent, top) => {
    if (top.element === 'normative-references' || top.element === 'bibliography') return;
    for (const b of clause.blocks) {
      if (isText(b)) {
        out.push({ text: b.text, loc: b.loc, where: 'paragraph', context: b.text });
      } else if (isTable(b)) {
        const context = [b.captionRaw ?? '', b.unitNote ?? '', ...b.header.flat()].join(' ');
        if (b.captionRaw) out.push({ text: b.captionRaw, loc: b.loc, where: 'caption', context });
        if (b.unitNote) out.push({ text: b.unitNote, loc: b.loc, where: 'caption', context });
        for (const row of b.header) for (const cell of row) out.push({ text: cell, loc: b.loc, where: 'cell', context });
        b.rows.forEach((row, i) => {
          const loc = b.rowLocs[i] ?? b.loc;
          for (const cell of row) out.push({ text: cell, loc, where: 'cell', context: `${context} ${row.join(' ')}` });
        });
      }
    }
  });
  return out;
}
