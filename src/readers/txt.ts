// Plain text: one paragraph per non-empty line (standards saved as text put one clause per line),
// tables from pipe/tab/space-aligned runs of lines, form feed = new page.
import type { RawBlock, RawDocument } from './types.ts';
import type { Decoded } from './decode.ts';
import { splitSourceLines } from './lines.ts';
import { tableAt } from './texttable.ts';

const MAX_LINE = 100_000;
// C0 controls other than tab/newline: shown nowhere, so kept out of paragraph text
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/g;

export function readTxt({ text, encoding, warnings }: Decoded): RawDocument {
  const lines = capLines(splitSourceLines(text), warnings);
  return { format: 'txt', encoding, blocks: textBlocks(lines), headers: [], footers: [], pageCount: null, lines, warnings };
}

/** Truncates lines longer than MAX_LINE (with one warning per line). */
export function capLines(lines: string[], warnings: string[]): string[] {
  return lines.map((l, i) => {
    if (l.length <= MAX_LINE) return l;
    warnings.push(`line ${i + 1} truncated from ${l.length} to ${MAX_LINE} characters`);
    return l.slice(0, MAX_LINE);
  });
}

/** Blocks for plain-text lines; pos.line is the 1-based source line. */
function textBlocks(lines: string[]): RawBlock[] {
  const blocks: RawBlock[] = [];
  let pageBreak = false;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    if (raw.includes('\f')) {
      // each form feed starts a page; text before the first one stays on the previous page
      const [before, ...after] = raw.split('\f');
      if (before!.trim() !== '') pushParagraph(blocks, before!, i + 1, pageBreak), (pageBreak = false);
      for (const seg of after) {
        pageBreak = true;
        if (seg.trim() !== '') pushParagraph(blocks, seg, i + 1, pageBreak), (pageBreak = false);
      }
      continue;
    }
    if (raw.trim() === '') continue;
    const table = tableAt(lines, i, true);
    if (table) {
      const line = i + 1;
      blocks.push({
        kind: 'table',
        rows: table.rows,
        ...(table.merged ? { merged: table.merged } : {}),
        pos: { line, page: null, paragraph: blocks.length + 1 },
        rowPos: table.rowIndex.map((r) => ({ line: r + 1, page: null, paragraph: blocks.length + 1 })),
      });
      i += table.consumed - 1;
      continue;
    }
    pushParagraph(blocks, raw, i + 1, pageBreak);
    pageBreak = false;
  }
  return blocks;
}

function pushParagraph(blocks: RawBlock[], raw: string, line: number, pageBreakBefore: boolean): void {
  blocks.push({
    kind: 'paragraph',
    text: raw.replace(CONTROL, '').trim(),
    numLabel: null,
    style: null,
    headingLevel: null,
    align: null,
    pageBreakBefore,
    pos: { line, page: null, paragraph: blocks.length + 1 },
  });
}
