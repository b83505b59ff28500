// Text pieces of the normative content for token scans (units rules, rules-b): every paragraph and every
// table cell of the body and annexes, each with its own location. The reference list and the bibliography
// are skipped: they quote other documents' titles.
import type { Loc, StandardDocument } from '../../model/types.ts';
import { isTable, isText, walkClauses } from './doc.ts';

export interface ScanPiece {
  text: string;
  loc: Loc;
  where: 'paragraph' | 'cell' | 'caption';
}

export function scanPieces(doc: StandardDocument): ScanPiece[] {
  const out: ScanPiece[] = [];
  walkClauses(doc.clauses, (clause, _parent, top) => {
    if (top.element === 'normative-references' || top.element === 'bibliography') return;
    for (const b of clause.blocks) {
      if (isText(b)) {
        out.push({ text: b.text, loc: b.loc, where: 'paragraph' });
      } else if (isTable(b)) {
        if (b.captionRaw) out.push({ text: b.captionRaw, loc: b.loc, where: 'caption' });
        if (b.unitNote) out.push({ text: b.unitNote, loc: b.loc, where: 'caption' });
        for (const row of b.header) for (const cell of row) out.push({ text: cell, loc: b.loc, where: 'cell' });
        b.rows.forEach((row, i) => {
          const loc = b.rowLocs[i] ?? b.loc;
          for (const cell of row) out.push({ text: cell, loc, where: 'cell' });
        });
      }
    }
  });
  return out;
}
