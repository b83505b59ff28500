// Chooses a reader by content (magic bytes), then by extension, and turns every failure into a
// ReadError with a specific code.
import type { RawDocument, SourceFormat } from './types.ts';
import { DEFAULT_MAX_BYTES, ReadError } from './types.ts';
import { sniff, classifyZip, oleKind } from './sniff.ts';
import { decodeText, type Decoded } from './decode.ts';
import { ZipArchive } from './docx/zip.ts';
import { readDocx } from './docx/index.ts';
import { readTxt } from './txt.ts';
import { readMd } from './md.ts';
import { readHtml } from './html.ts';
import { readDoc } from './doc.ts';

export interface ReadOptions {
  /** Per-file byte limit (default 50 MiB). */
  maxBytes?: number;
}


const MARKDOWN_EXT = new Set(['md', 'markdown', 'mdown', 'mkd']);

export async function readDocument(data: Uint8Array, fileName: string, opts: ReadOptions = {}): Promise<RawDocument> {
  const limit = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  if (data.length === 0) throw new ReadError('EMPTY', 'zero bytes');
  if (data.length > limit) throw new ReadError('TOO_LARGE', `${data.length} > ${limit} bytes`, { size: data.length, limit });
  try {
    return await dispatch(data, extension(fileName));
  } catch (err) {
    if (err instanceof ReadError) throw err;
    const message = err instanceof Error ? err.message : String(err);
    throw new ReadError('INTERNAL', message.slice(0, 300));
  }
}

async function dispatch(data: Uint8Array, ext: string): Promise<RawDocument> {
  const kind = sniff(data);
  switch (kind.kind) {
    case 'pdf':
      return withNote(await readPdfLazily(data), ext, 'pdf');
    case 'zip': {
      const zip = new ZipArchive(data);
      return withNote(readDocx(zip, classifyZip(zip)), ext, 'docx');
    }
    case 'ole': {
      const other = oleKind(data);
      if (other) throw new ReadError('UNSUPPORTED', other, { container: 'ole' });
      return withNote(await readDoc(data), ext, 'doc');
    }
    case 'html':
      return readHtml(data, kind.mhtml, ext === 'doc' || ext === 'docx' ? ext : 'txt');
    case 'unsupported':
      throw new ReadError('UNSUPPORTED', kind.what);
    case 'other': {
      const decoded = decodeOrRefuse(data, ext);
      if (MARKDOWN_EXT.has(ext)) return readMd(decoded);
      return withNote(readTxt(decoded), ext, 'txt');
    }
  }
}

/** Text, or BINARY_TEXT for a text file that is junk; junk under a document extension is UNKNOWN_FORMAT. */
function decodeOrRefuse(data: Uint8Array, ext: string): Decoded {
  try {
    return decodeText(data);
  } catch (err) {
    if (err instanceof ReadError && err.code === 'BINARY_TEXT' && ext !== '' && ext !== 'txt' && !MARKDOWN_EXT.has(ext)) {
      throw new ReadError('UNKNOWN_FORMAT', `not a .${ext} file, and not text`);
    }
    throw err;
  }
}

/** Warns when the content is not what the extension says (the file is still read by content). */
function withNote(doc: RawDocument, ext: string, actual: SourceFormat): RawDocument {
  const claimed = ext === 'docm' || ext === 'dotx' || ext === 'wps' ? null : ext;
  if (claimed && ['docx', 'doc', 'pdf', 'txt'].includes(claimed) && claimed !== actual) {
    doc.warnings.unshift(`file named .${claimed} is really ${actual}; read as ${actual}`);
  }
  return doc;
}

async function readPdfLazily(data: Uint8Array): Promise<RawDocument> {
  let mod: { readPdf(data: Uint8Array): Promise<RawDocument> };
  try {
    mod = await import('./pdf.ts');
  } catch (err) {
    throw new ReadError('UNSUPPORTED', `PDF reader unavailable: ${err instanceof Error ? err.message : String(err)}`);
  }
  return mod.readPdf(data);
}

function extension(fileName: string): string {
  const base = fileName.slice(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
  const dot = base.lastIndexOf('.');
  return dot <= 0 ? '' : base.slice(dot + 1).toLowerCase();
}
