// What a reader hands to the model builder: a flat, ordered list of blocks.
// Readers know nothing about standards; they only recover text, numbering labels,
// tables and where each piece came from.

export type SourceFormat = 'docx' | 'pdf' | 'doc' | 'txt' | 'md';

/** Where a block came from in the source file. All numbers are 1-based. */
export interface SourcePos {
  /** Line in the normalised text rendition of the document (see RawDocument.lines). */
  line: number;
  /** PDF page (1-based); null for formats without pages. */
  page: number | null;
  /** Index of the paragraph/table in the source body (docx/doc: body order; txt/md: block order). */
  paragraph: number | null;
}

export interface RawParagraph {
  kind: 'paragraph';
  /** Paragraph text WITHOUT the automatic numbering label. Tabs kept as \t, soft breaks as \n. */
  text: string;
  /**
   * Word automatic numbering label as Word renders it ("5", "5.1", "附录A", "a)"), or null.
   * Only readers that can see list numbering (docx) set this.
   */
  numLabel: string | null;
  /** Style name (docx: the style's w:name, e.g. "标准文件_章标题", "heading 1"); md: "heading 2"; else null. */
  style: string | null;
  /** Heading level when the format states it (md "#"=1, docx outlineLvl+1 or heading N); else null. */
  headingLevel: number | null;
  /** Horizontal alignment if known (docx jc, pdf guess). */
  align: 'left' | 'center' | 'right' | 'both' | null;
  /** True when the paragraph starts on a new page (docx page break before / section break; pdf first line of page). */
  pageBreakBefore: boolean;
  pos: SourcePos;
}

export interface RawTable {
  kind: 'table';
  /** Cell texts, row by row, on the table grid. Merged cells: the text sits in the first (top-left) cell; covered positions hold '' and are marked in `merged`. */
  rows: string[][];
  /** Per-cell flags for merged cells, same shape as rows: 'h' = covered by a horizontal span, 'v' = vertical continuation, '' = normal. */
  merged?: string[][];
  pos: SourcePos;
  /** Position of each row (PDF rows can move across pages). Same length as rows when given. */
  rowPos?: SourcePos[];
}

export type RawBlock = RawParagraph | RawTable;

export interface RawDocument {
  format: SourceFormat;
  /** Text encoding for txt/md ("utf-8", "gb18030", "utf-16le"); null for binary formats. */
  encoding: string | null;
  blocks: RawBlock[];
  /** Running headers and footers, kept apart from the body (docx header/footer parts, PDF repeated lines). */
  headers: string[];
  footers: string[];
  /** Number of pages for PDF; null otherwise. */
  pageCount: number | null;
  /**
   * The normalised text rendition, one entry per line; SourcePos.line indexes into it (1-based).
   * For txt/md it is the source text's lines; for docx/doc/pdf each paragraph is a line and each table row a line.
   */
  lines: string[];
  /** Non-fatal problems the reader noticed (e.g. "numbering.xml missing", "fields not expanded"). */
  warnings: string[];
}

/** Per-file byte limit unless the user sets one (--max-file-size, config maxFileSize). */
export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

/** A reader failure with a stable code; the batch keeps going. */
export class ReadError extends Error {
  constructor(
    public readonly code: ReadErrorCode,
    message: string,
    public readonly detail: Record<string, string | number> = {},
  ) {
    super(message);
    this.name = 'ReadError';
  }
}

export type ReadErrorCode =
  | 'ENOENT'            // missing path
  | 'EACCES'            // permission denied
  | 'EISDIR'            // a directory where a file was expected
  | 'EMPTY'             // zero-byte file
  | 'TOO_LARGE'         // larger than the size limit
  | 'TIMEOUT'           // per-file timeout hit
  | 'UNSUPPORTED'       // recognised format we do not read (e.g. image, xlsx)
  | 'UNKNOWN_FORMAT'    // content not recognised at all
  | 'CORRUPT_ZIP'       // truncated/corrupt ZIP container
  | 'ZIP_BOMB'          // decompression limits exceeded
  | 'NOT_DOCX'          // a zip without word/document.xml
  | 'MALFORMED_XML'
  | 'XML_DTD'           // DOCTYPE/entity declarations refused
  | 'PDF_ENCRYPTED'
  | 'PDF_NO_TEXT'       // scanned PDF / no text layer
  | 'PDF_DAMAGED'
  | 'DOC_DAMAGED'
  | 'BINARY_TEXT'       // a .txt that is binary junk / unknown encoding
  | 'NOT_A_STANDARD'    // parsed, but not recognised as a standard
  | 'INTERNAL';         // a bug: reported per file, never breaks the batch
