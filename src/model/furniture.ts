// Running headers and page marks of a text export (a PDF or Word document saved as .txt): the standard number
// repeated at the top of every page and "第 2 页 共 4 页" / "— 3 —" / a centred "2" at the bottom. The PDF and Word
// readers keep them apart already; in plain text they sit between clause lines, even inside the reference list.
import type { RawDocument, RawParagraph } from '../readers/types.ts';
import { parseLeadingNumber } from './std-number.ts';

const PAGE_MARK = /^(?:第\s*\d{1,3}\s*页(?:\s*[,，]?\s*共\s*\d{1,3}\s*页)?|[-—–]\s*\d{1,3}\s*[-—–]|[Pp]age\s*\d{1,3}(?:\s*of\s*\d{1,3})?)$/;
/** A bare page number ("2", "II", "Ⅲ") counts only when centred or right-aligned: "1" alone may be a table cell. */
const BARE_PAGE = /^(?:\d{1,3}|[IVX]{1,4}|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ])$/;
const ALIGNED = 8;

/** "第 2 页 共 4 页", "— 3 —": a page mark wherever it stands. */
export function isPageMark(text: string): boolean {
  return PAGE_MARK.test(text.trim());
}

function indentOf(raw: RawDocument, p: RawParagraph): number {
  const line = raw.lines[p.pos.line - 1] ?? '';
  return line.length - line.trimStart().length;
}

/** A line that is nothing but a dated standard number ("Q/SHLL 004—2025"). */
function numberOnly(text: string): boolean {
  const m = parseLeadingNumber(text);
  return m !== null && m.ref.year !== null && m.index === 0 && text.slice(m.text.length).trim() === '';
}

/**
 * Moves page marks to footers and repeated, right-aligned number lines to headers. The first line with a given
 * number stays: it is the cover's.
 */
export function withoutPageFurniture(raw: RawDocument): RawDocument {
  if (raw.format !== 'txt') return raw;
  const headers: string[] = [];
  const footers: string[] = [];
  const count = new Map<string, number>();
  for (const b of raw.blocks) if (b.kind === 'paragraph' && numberOnly(b.text)) count.set(b.text, (count.get(b.text) ?? 0) + 1);
  const kept = new Set<string>();
  const blocks = raw.blocks.filter((b) => {
    if (b.kind !== 'paragraph') return true;
    const text = b.text.trim();
    if (PAGE_MARK.test(text) || (BARE_PAGE.test(text) && indentOf(raw, b) >= ALIGNED)) {
      footers.push(text);
      return false;
    }
    if (numberOnly(text) && (count.get(text) ?? 0) >= 2 && indentOf(raw, b) >= ALIGNED) {
      if (!kept.has(text)) {
        kept.add(text);
        return true;
      }
      headers.push(text);
      return false;
    }
    if (numberOnly(text)) kept.add(text);
    return true;
  });
  if (!headers.length && !footers.length) return raw;
  return { ...raw, blocks, headers: [...raw.headers, ...headers], footers: [...raw.footers, ...footers] };
}
