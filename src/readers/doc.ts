// Legacy Word 97-2003 .doc through word-extractor. filterUnicode:false keeps "—" and curly quotes
// (the default filter turns "Q/ABC 001—2023" into "Q/ABC 001-2023"). Automatic numbering labels and paragraph
// styles come from the binary structures (doc/numbering.ts), matched to the text lines by doc/align.ts.
// In the body text, a table row is a line whose cells each end with a tab.
import WordExtractor from 'word-extractor';
import type { RawBlock, RawDocument, RawParagraph } from './types.ts';
import { ReadError } from './types.ts';
import { assignBlockLines } from './lines.ts';
import { readDocParagraphs, tableRows } from './doc/numbering.ts';
import { gridRows, ParagraphAligner, RowSplitter, type LineProps, type SplitRow } from './doc/align.ts';

/** word-extractor's accessors take options its published types do not declare. */
interface ExtractedDoc {
  getBody(opts: { filterUnicode: boolean }): string;
  getHeaders(opts: { filterUnicode: boolean; includeFooters: boolean }): string;
  getFooters(opts: { filterUnicode: boolean }): string;
  getTextboxes(opts: { filterUnicode: boolean; includeHeadersAndFooters: boolean; includeBody: boolean }): string;
}

// Word field and control marks that word-extractor leaves in the text
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g;

export async function readDoc(data: Uint8Array): Promise<RawDocument> {
  let doc: ExtractedDoc;
  try {
    const buffer = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    doc = (await new WordExtractor().extract(buffer)) as unknown as ExtractedDoc;
  } catch (err) {
    throw new ReadError('DOC_DAMAGED', (err instanceof Error ? err.message : String(err)).slice(0, 200));
  }
  const body = doc.getBody({ filterUnicode: false });
  const textboxes = doc.getTextboxes({ filterUnicode: false, includeHeadersAndFooters: false, includeBody: true });
  const paragraphs = await readDocParagraphs(data);
  const warnings = paragraphs ? [] : ['.doc: numbering structures unreadable; clause numbers only where typed as text'];
  const aligner = paragraphs ? new ParagraphAligner(paragraphs.filter((p) => !p.inTable)) : null;
  const splitter = paragraphs ? new RowSplitter(tableRows(paragraphs)) : null;

  const blocks: RawBlock[] = [];
  const boxLines = splitLines(textboxes).filter((l) => l.trim() !== '');
  if (boxLines.length > 0) {
    // word-extractor gives text boxes apart from the body, without their position; covers keep
    // the standard number in text boxes, so they go first
    warnings.push(`${boxLines.length} text-box lines placed before the body (their position is unknown in .doc)`);
    blocks.push(...docBlocks(boxLines, 0, null, null));
  }
  blocks.push(...docBlocks(splitLines(body), blocks.length, aligner, splitter));
  const lines = assignBlockLines(blocks);
  return {
    format: 'doc',
    encoding: null,
    blocks,
    headers: distinctLines(doc.getHeaders({ filterUnicode: false, includeFooters: false })),
    footers: distinctLines(doc.getFooters({ filterUnicode: false })),
    pageCount: null,
    lines,
    warnings,
  };
}

function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

function distinctLines(text: string): string[] {
  return [...new Set(splitLines(text).map((l) => l.replace(CONTROL, '').trim()).filter((l) => l !== ''))];
}

function isRow(line: string): boolean {
  return line.endsWith('\t');
}

function docBlocks(lines: string[], indexBase: number, aligner: ParagraphAligner | null, splitter: RowSplitter | null): RawBlock[] {
  const blocks: RawBlock[] = [];
  let index = indexBase;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.replace(CONTROL, '');
    if (isRow(line)) {
      const split: SplitRow[] = [];
      for (; i < lines.length && isRow(lines[i]!.replace(CONTROL, '')); i++) {
        const cells = lines[i]!.replace(CONTROL, '').slice(0, -1).split('\t').map((c) => c.trim());
        split.push(...(splitter ? splitter.split(cells) : [{ cells, layout: null }]));
      }
      i--;
      const grid = gridRows(split);
      const rows = grid?.rows ?? split.map((r) => r.cells);
      const width = Math.max(...rows.map((r) => r.length));
      if (width >= 2) {
        for (const r of rows) while (r.length < width) r.push('');
        const merged = grid?.merged.some((r) => r.some((f) => f !== '')) ? { merged: grid.merged } : {};
        blocks.push({ kind: 'table', rows, ...merged, pos: { line: 0, page: null, paragraph: ++index } });
        continue;
      }
      for (const r of rows) if (r[0]) blocks.push(paragraph(r[0], ++index, null));
      continue;
    }
    if (line.trim() === '') continue;
    const props = aligner?.match(line) ?? null;
    if (props?.labelAlone && props.numLabel) {
      // "附录A" from numbering, then a line break: the label is the paragraph's first line
      blocks.push(paragraph(props.numLabel, ++index, { ...props, numLabel: null }));
      blocks.push(paragraph(line, ++index, null));
      continue;
    }
    blocks.push(paragraph(line, ++index, props));
  }
  return blocks;
}

function paragraph(text: string, index: number, props: LineProps | null): RawParagraph {
  return {
    kind: 'paragraph', text: text.trim(), numLabel: props?.numLabel ?? null, style: props?.style ?? null,
    headingLevel: props?.headingLevel ?? null, align: null, pageBreakBefore: false, pos: { line: 0, page: null, paragraph: index },
  };
}
