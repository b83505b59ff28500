// PDF reader: the text layer through pdf.js (the build pdf-parse 2 ships), rebuilt into lines per page; running
// headers/footers and page numbers set apart; tables recovered from column gaps.
import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { RawBlock, RawDocument, RawParagraph, SourcePos } from './types.ts';
import { ReadError } from './types.ts';
import { splitAlignedColumns } from './pdf/columns.ts';
import { buildLines, type PdfLine, type TextPiece } from './pdf/lines.ts';
import { loadPdfjs } from './pdf/pdfjs.ts';
import { splitRunning, type PageLines } from './pdf/running.ts';
import { groupTables } from './pdf/tables.ts';

/** Pages beyond this are not read (a hostile or absurd file must not hold the batch). */
export const MAX_PAGES = 500;
/** A page with fewer visible characters than this has no real text layer (scan, or only a page number). */
const MIN_PAGE_CHARS = 20;

export async function readPdf(data: Uint8Array): Promise<RawDocument> {
  const { pdfjs, cMapUrl, standardFontDataUrl } = await loadPdfjs().catch((err: unknown) => {
    throw new ReadError('UNSUPPORTED', `PDF reader unavailable: ${err instanceof Error ? err.message : String(err)}`);
  });
  const task = pdfjs.getDocument({
    // A copy: pdf.js may transfer (detach) the buffer it is given, and the caller still owns `data`.
    data: new Uint8Array(data),
    cMapUrl,
    cMapPacked: true,
    standardFontDataUrl,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
    isEvalSupported: false,
    disableFontFace: true,
  });
  let doc: PDFDocumentProxy;
  try {
    doc = await task.promise;
  } catch (err) {
    await task.destroy().catch(() => undefined);
    throw toReadError(err);
  }
  try {
    return await readDocument(doc, data);
  } finally {
    await doc.destroy().catch(() => undefined);
  }
}

function toReadError(err: unknown): ReadError {
  const name = err instanceof Error ? err.name : '';
  const message = err instanceof Error ? err.message : String(err);
  if (name === 'PasswordException') return new ReadError('PDF_ENCRYPTED', 'PDF is password-protected', { reason: message });
  return new ReadError('PDF_DAMAGED', message || name || 'unreadable PDF structure');
}

async function readDocument(doc: PDFDocumentProxy, data: Uint8Array): Promise<RawDocument> {
  const warnings: string[] = [];
  const pageCount = doc.numPages;
  const readCount = Math.min(pageCount, MAX_PAGES);
  if (pageCount > MAX_PAGES) warnings.push(`PDF has ${pageCount} pages; only the first ${MAX_PAGES} were read`);
  if (!xrefLooksIntact(data)) warnings.push('PDF cross-reference table is damaged; pdf.js rebuilt it, text may be incomplete');

  const pages: PageLines[] = [];
  const failed: number[] = [];
  const textless: number[] = [];
  let rotated = 0;
  for (let n = 1; n <= readCount; n++) {
    const page = await readPage(doc, n);
    if (!page) {
      failed.push(n);
      continue;
    }
    if (page.chars < MIN_PAGE_CHARS) textless.push(n);
    rotated += page.rotated;
    pages.push(page.lines);
  }
  if (pages.length === 0) throw new ReadError('PDF_DAMAGED', 'no page could be read', { pageCount });
  if (textless.length === pages.length) {
    throw new ReadError('PDF_NO_TEXT', `no text layer on any of ${pageCount} pages (scanned; run OCR)`, { pageCount });
  }
  if (failed.length > 0) warnings.push(`pages that could not be read: ${formatPages(failed)}`);
  if (textless.length > 0) warnings.push(`pages with little or no text layer (scanned?): ${formatPages(textless)}`);
  if (rotated > 0) warnings.push(`${rotated} rotated text items (watermark or sideways text) left out`);

  const running = splitRunning(pages);
  const body = splitAlignedColumns(running.body.flat());
  return {
    format: 'pdf',
    encoding: null,
    ...emitBlocks(groupTables(body), alignGuesser(body)),
    headers: running.headers,
    footers: running.footers,
    pageCount,
    warnings,
  };
}

async function readPage(doc: PDFDocumentProxy, n: number): Promise<{ lines: PageLines; chars: number; rotated: number } | null> {
  let page: PDFPageProxy;
  try {
    page = await doc.getPage(n);
  } catch {
    return null;
  }
  try {
    const viewport = page.getViewport({ scale: 1 });
    const content = await page.getTextContent();
    const [va, vb, vc, vd, ve, vf] = viewport.transform as number[];
    const pieces: TextPiece[] = [];
    let chars = 0;
    let rotated = 0;
    for (const item of content.items) {
      if (!('str' in item) || item.str === '') continue;
      const [a, b, c, d, e, f] = item.transform as number[];
      // Text direction in viewport space: a diagonal watermark or a sideways label is not part of the reading order.
      const dirX = va! * a! + vc! * b!;
      const dirY = vb! * a! + vd! * b!;
      if (Math.abs(dirY) > 0.1 * Math.abs(dirX) || dirX <= 0) {
        rotated++;
        continue;
      }
      // Item origin in viewport space (top-left origin, y down): viewport.transform × item.transform.
      pieces.push({
        str: item.str,
        x: va! * e! + vc! * f! + ve!,
        y: vb! * e! + vd! * f! + vf!,
        width: item.width,
        size: Math.hypot(c!, d!),
      });
      chars += item.str.replace(/\s+/g, '').length;
    }
    return { lines: { page: n, width: viewport.width, height: viewport.height, lines: buildLines(pieces, n) }, chars, rotated };
  } catch {
    return null;
  } finally {
    page.cleanup();
  }
}

/** The last startxref must point at an xref table or stream; otherwise pdf.js silently rebuilt it by scanning. */
function xrefLooksIntact(data: Uint8Array): boolean {
  const tail = new TextDecoder('latin1').decode(data.subarray(Math.max(0, data.length - 1024)));
  const at = tail.lastIndexOf('startxref');
  const match = at < 0 ? null : /^startxref\s+(\d+)/.exec(tail.slice(at));
  if (!match) return false;
  const offset = Number(match[1]);
  if (offset >= data.length) return false;
  const head = new TextDecoder('latin1').decode(data.subarray(offset, offset + 32));
  return /^\s*(xref|\d+\s+\d+\s+obj)/.test(head);
}

function formatPages(pages: number[]): string {
  return pages.length > 20 ? `${pages.slice(0, 20).join(', ')} … (${pages.length} pages)` : pages.join(', ');
}

type AlignGuess = (line: PdfLine) => RawParagraph['align'];

/** Alignment from the line's extent within the text area (2nd–98th percentile of line edges of the body). */
function alignGuesser(lines: PdfLine[]): AlignGuess {
  if (lines.length === 0) return () => null;
  const lefts = lines.map((l) => l.x0).sort((a, b) => a - b);
  const rights = lines.map((l) => l.x1).sort((a, b) => a - b);
  const left = lefts[Math.floor(lefts.length * 0.02)]!;
  const right = rights[Math.min(rights.length - 1, Math.floor(rights.length * 0.98))]!;
  const middle = (left + right) / 2;
  return (line) => {
    const indent = line.x0 - left;
    // A centred line leaves room on the right too: the indented first line of a justified paragraph reaches the edge.
    const centred = Math.abs((line.x0 + line.x1) / 2 - middle) <= Math.max(line.size, 0.02 * (right - left));
    if (indent > 2 * line.size && right - line.x1 > line.size && centred) {
      return 'center';
    }
    if (indent > 0.3 * (right - left) && Math.abs(line.x1 - right) <= line.size) return 'right';
    return 'left';
  };
}

function emitBlocks(layout: ReturnType<typeof groupTables>, align: AlignGuess): Pick<RawDocument, 'blocks' | 'lines'> {
  const blocks: RawBlock[] = [];
  const lines: string[] = [];
  let previousPage = 0;
  // Called right after the line's text is pushed, before its block is: both indexes are then 1-based.
  const posOf = (line: PdfLine): SourcePos => ({ line: lines.length, page: line.page, paragraph: blocks.length + 1 });
  for (const item of layout) {
    if (item.kind === 'line') {
      lines.push(item.line.text);
      blocks.push({
        kind: 'paragraph',
        text: item.line.text,
        numLabel: null,
        style: null,
        headingLevel: null,
        align: align(item.line),
        pageBreakBefore: previousPage !== 0 && item.line.page !== previousPage,
        pos: posOf(item.line),
      });
      previousPage = item.line.page;
      continue;
    }
    const rowPos: SourcePos[] = [];
    for (const row of item.rows) {
      lines.push(row.cells.join(' | '));
      rowPos.push(posOf(row.line));
    }
    const rows = item.rows.map((r) => r.cells);
    blocks.push({ kind: 'table', rows, ...(item.merged ? { merged: item.merged } : {}), pos: rowPos[0]!, rowPos });
    previousPage = item.rows[item.rows.length - 1]!.line.page;
  }
  return { blocks, lines };
}
