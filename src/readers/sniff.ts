// What a file really is, from its first bytes (the extension is only a tie-breaker later).
import { ReadError } from './types.ts';
import type { ZipArchive } from './docx/zip.ts';
import { findMainPart } from './docx/index.ts';

export type Sniffed =
  | { kind: 'pdf' }
  | { kind: 'zip' }
  | { kind: 'ole' }
  | { kind: 'html'; mhtml: boolean }
  | { kind: 'unsupported'; what: string }
  /** Anything else: plain text, or junk (decided when decoding). */
  | { kind: 'other' };

const PDF_SEARCH = 1024;

export function sniff(data: Uint8Array): Sniffed {
  if (startsWith(data, [0x50, 0x4b, 0x03, 0x04]) || startsWith(data, [0x50, 0x4b, 0x05, 0x06]) || startsWith(data, [0x50, 0x4b, 0x07, 0x08])) {
    return { kind: 'zip' };
  }
  if (startsWith(data, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return { kind: 'ole' };
  if (indexOfAscii(data, '%PDF-', PDF_SEARCH) >= 0) return { kind: 'pdf' };
  const image = imageKind(data);
  if (image) return { kind: 'unsupported', what: `${image} image (scanned? run OCR first)` };
  if (startsWith(data, [0x1f, 0x8b])) return { kind: 'unsupported', what: 'gzip archive' };
  if (startsWith(data, [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c])) return { kind: 'unsupported', what: '7z archive' };
  if (asciiAt(data, 0, 'Rar!')) return { kind: 'unsupported', what: 'RAR archive' };

  const head = headText(data);
  const trimmed = head.replace(/^[\s\ufeff]+/, '').toLowerCase();
  if (trimmed.startsWith('{\\rtf')) return { kind: 'unsupported', what: 'RTF document (save it as .docx)' };
  if (/^mime-version:/m.test(head.slice(0, 1024).toLowerCase()) && /multipart\/related/i.test(head)) return { kind: 'html', mhtml: true };
  if (trimmed.startsWith('<')) {
    if (/<w:worddocument[\s>]/.test(trimmed)) return { kind: 'unsupported', what: 'Word 2003 XML document (save it as .docx)' };
    if (/<pkg:package[\s>]/.test(trimmed)) return { kind: 'unsupported', what: 'Word flat XML document (save it as .docx)' };
    if (/^<!doctype html|<html[\s>]/.test(trimmed.slice(0, 1024))) return { kind: 'html', mhtml: false };
  }
  return { kind: 'other' };
}

/** Decides what a ZIP holds; returns the docx main part or throws NOT_DOCX / UNSUPPORTED. */
export function classifyZip(zip: ZipArchive): string {
  const main = findMainPart(zip);
  if (main) return main;
  const what = zipKind(zip);
  if (what) throw new ReadError('UNSUPPORTED', what, { container: 'zip' });
  const sample = zip.names().slice(0, 5).join(', ');
  throw new ReadError('NOT_DOCX', `no word/document.xml (entries: ${sample || 'none'})`);
}

function zipKind(zip: ZipArchive): string | null {
  if (zip.has('xl/workbook.xml')) return 'Excel workbook (.xlsx)';
  if (zip.has('ppt/presentation.xml')) return 'PowerPoint presentation (.pptx)';
  if (zip.has('OFD.xml')) return 'OFD document (convert it to PDF)';
  if (zip.has('mimetype')) {
    const entry = zip.entries.find((e) => e.name === 'mimetype');
    // the mimetype entry is tiny; never inflate a large one just to name the format
    const mime = entry && entry.size < 200 ? new TextDecoder().decode(zip.read('mimetype') ?? new Uint8Array()).trim() : '';
    if (mime === 'application/vnd.oasis.opendocument.text') return 'OpenDocument text (.odt; save it as .docx)';
    if (mime.startsWith('application/vnd.oasis.opendocument.')) return `OpenDocument file (${mime.slice(35)})`;
    if (mime === 'application/epub+zip') return 'EPUB e-book';
  }
  return null;
}

/** For an OLE2 compound file: null when it holds a Word document, else what it holds. */
export function oleKind(data: Uint8Array): string | null {
  const has = (name: string): boolean => Buffer.from(data.buffer, data.byteOffset, data.byteLength).indexOf(Buffer.from(name, 'utf16le')) >= 0;
  if (has('EncryptedPackage')) return 'password-protected Office document (remove the password and save as .docx)';
  if (has('WordDocument')) return null;
  if (has('Workbook') || has('Book')) return 'Excel 97-2003 workbook (.xls)';
  if (has('PowerPoint Document')) return 'PowerPoint 97-2003 presentation (.ppt)';
  return 'OLE compound file without a Word document stream';
}

function imageKind(d: Uint8Array): string | null {
  if (startsWith(d, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'PNG';
  if (startsWith(d, [0xff, 0xd8, 0xff])) return 'JPEG';
  if (startsWith(d, [0x49, 0x49, 0x2a, 0x00]) || startsWith(d, [0x4d, 0x4d, 0x00, 0x2a])) return 'TIFF';
  if (asciiAt(d, 0, 'GIF87a') || asciiAt(d, 0, 'GIF89a')) return 'GIF';
  if (asciiAt(d, 0, 'RIFF') && asciiAt(d, 8, 'WEBP')) return 'WebP';
  // BMP: "BM" followed by the file size, so plain text starting with "BM" is not mistaken for it
  if (asciiAt(d, 0, 'BM') && d.length >= 14 && (d[2]! | (d[3]! << 8) | (d[4]! << 16) | (d[5]! << 24)) === d.length) return 'BMP';
  return null;
}

function startsWith(d: Uint8Array, bytes: number[]): boolean {
  if (d.length < bytes.length) return false;
  for (let i = 0; i < bytes.length; i++) if (d[i] !== bytes[i]) return false;
  return true;
}

function asciiAt(d: Uint8Array, at: number, s: string): boolean {
  if (d.length < at + s.length) return false;
  for (let i = 0; i < s.length; i++) if (d[at + i] !== s.charCodeAt(i)) return false;
  return true;
}

function indexOfAscii(d: Uint8Array, s: string, within: number): number {
  const end = Math.min(d.length, within + s.length) - s.length;
  for (let i = 0; i <= end; i++) if (asciiAt(d, i, s)) return i;
  return -1;
}

/** The first 4 KB as text, for markup sniffing (UTF-16 when it has a BOM, else byte-per-char). */
function headText(d: Uint8Array): string {
  const slice = d.subarray(0, 4096);
  if (slice[0] === 0xff && slice[1] === 0xfe) return new TextDecoder('utf-16le').decode(slice.subarray(2));
  if (slice[0] === 0xfe && slice[1] === 0xff) return new TextDecoder('utf-16be').decode(slice.subarray(2));
  return new TextDecoder('latin1').decode(slice);
}
