// The "lines" rendition of a document that SourcePos.line points into.
import type { RawBlock } from './types.ts';

/** Source lines of a text file (\r\n, \r or \n). */
export function splitSourceLines(text: string): string[] {
  const lines = text.split(/\r\n|\r|\n/);
  // a final newline ends the last line; it does not start another one
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/**
 * For formats without source lines (docx, doc, html): one line per paragraph ("label text") and one
 * per table row (cells joined by " | "). Sets pos.line (and rowPos for tables) on every block.
 */
export function assignBlockLines(blocks: RawBlock[]): string[] {
  const lines: string[] = [];
  for (const b of blocks) {
    if (b.kind === 'paragraph') {
      const text = b.text.replace(/\n/g, ' ');
      lines.push(b.numLabel ? `${b.numLabel} ${text}` : text);
      b.pos.line = lines.length;
    } else {
      b.pos.line = lines.length + 1;
      b.rowPos = b.rows.map((cells) => {
        lines.push(cells.map((c) => c.replace(/\n/g, ' ')).join(' | '));
        return { ...b.pos, line: lines.length };
      });
    }
  }
  return lines;
}
