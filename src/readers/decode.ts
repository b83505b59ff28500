// Text decoding for txt/md/html: BOM, then strict UTF-8, then GB18030 (which covers GBK/GB2312).
// Binary junk is refused rather than decoded into nonsense.
import { ReadError } from './types.ts';

export interface Decoded {
  text: string;
  encoding: 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be';
  warnings: string[];
}

const SAMPLE = 64 * 1024;

export function decodeText(data: Uint8Array): Decoded {
  if (data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf) return checked(utf8Lenient(data.subarray(3)), 'utf-8');
  if (data[0] === 0xff && data[1] === 0xfe) return checked(utf16(data.subarray(2), 'utf-16le'), 'utf-16le');
  if (data[0] === 0xfe && data[1] === 0xff) return checked(utf16(data.subarray(2), 'utf-16be'), 'utf-16be');
  const bomless = bomlessUtf16(data);
  if (bomless) return checked(utf16(data, bomless), bomless);
  if (looksBinary(data)) throw binary('binary content (NUL or control bytes)');
  const utf8 = strictUtf8(data);
  if (utf8) return { text: utf8.text, encoding: 'utf-8', warnings: utf8.warnings };
  return checked({ text: new TextDecoder('gb18030').decode(data), warnings: [] }, 'gb18030');
}

function binary(detail: string): ReadError {
  return new ReadError('BINARY_TEXT', detail);
}

/** NULs, or more than 2 % C0 control bytes other than tab, newlines, form feed and ESC. */
export function looksBinary(data: Uint8Array): boolean {
  const n = Math.min(data.length, SAMPLE);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = data[i]!;
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x0b && b !== 0x1b) control++;
  }
  return control > n * 0.02;
}

function strictUtf8(data: Uint8Array): { text: string; warnings: string[] } | null {
  const fatal = new TextDecoder('utf-8', { fatal: true });
  try {
    return { text: fatal.decode(data), warnings: [] };
  } catch {
    // A file cut off inside a multi-byte character is still UTF-8.
    for (let cut = 1; cut <= 3 && cut < data.length; cut++) {
      try {
        const text = fatal.decode(data.subarray(0, data.length - cut));
        return { text, warnings: ['the file ends inside a UTF-8 character (truncated?)'] };
      } catch {
        // try a shorter cut
      }
    }
    return null;
  }
}

function utf8Lenient(data: Uint8Array): { text: string; warnings: string[] } {
  return { text: new TextDecoder('utf-8').decode(data), warnings: [] };
}

function utf16(data: Uint8Array, enc: 'utf-16le' | 'utf-16be'): { text: string; warnings: string[] } {
  return { text: new TextDecoder(enc).decode(data), warnings: [] };
}

/** UTF-16 without a BOM: NULs in every other byte of mostly-ASCII text. */
function bomlessUtf16(data: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(data.length, SAMPLE) & ~1;
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (data[i] === 0) evenNul++;
    if (data[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.3 && evenNul < pairs * 0.02) return 'utf-16le';
  if (evenNul > pairs * 0.3 && oddNul < pairs * 0.02) return 'utf-16be';
  return null;
}

/** Refuses decodes that are mostly replacement characters or control characters (unknown encoding or junk). */
function checked(d: { text: string; warnings: string[] }, encoding: Decoded['encoding']): Decoded {
  const { text } = d;
  let bad = 0;
  let control = 0;
  const n = Math.min(text.length, SAMPLE);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd) bad++;
    else if (c === 0 || (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c && c !== 0x0b && c !== 0x1b)) control++;
  }
  if (bad > n * 0.01 + 2 || control > n * 0.02) throw binary(`not decodable as ${encoding}`);
  const warnings = [...d.warnings];
  if (bad > 0) warnings.push(`${bad} undecodable byte sequences replaced by U+FFFD (${encoding})`);
  return { text, encoding, warnings };
}
