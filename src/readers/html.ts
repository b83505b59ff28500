// HTML and MHTML (Word's "save as web page", often renamed .doc): block elements become paragraphs,
// <table> becomes a table (colspan/rowspan marked like docx merges). Scripts, styles, head and
// comments are dropped; Word's <![if !supportLists]> list labels are kept as text.
import { spanAttr, spanGrid } from './span-grid.ts';
import type { RawBlock, RawDocument, SourceFormat } from './types.ts';
import { ReadError } from './types.ts';
import { decodeText, looksBinary } from './decode.ts';
import { assignBlockLines } from './lines.ts';

const BLOCK = new Set(['p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'blockquote', 'pre', 'title', 'center', 'dt', 'dd', 'section', 'article', 'header', 'footer', 'ul', 'ol', 'dl', 'body', 'address', 'caption']);

/** <br> while collecting: kept apart from source newlines, which are only whitespace. */
const LINE_BREAK = '\u2028';

const ENTITIES: Record<string, string> = {
  nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", mdash: '—', ndash: '–', hellip: '…', middot: '·',
  ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', times: '×', divide: '÷', plusmn: '±', le: '≤', ge: '≥', deg: '°',
  micro: 'µ', copy: '©', reg: '®', ensp: ' ', emsp: ' ', thinsp: ' ', shy: '', laquo: '«', raquo: '»', sup2: '²', sup3: '³',
};

export function readHtml(data: Uint8Array, mhtml: boolean, format: SourceFormat): RawDocument {
  const { html, encoding, warnings } = mhtml ? mhtmlPart(data) : decodeHtml(data, null);
  const blocks = htmlBlocks(html);
  const lines = assignBlockLines(blocks);
  warnings.unshift(format === 'txt' ? 'HTML web page: read as text' : `HTML saved as .${format}: read as web-page text (no Word numbering)`);
  return { format, encoding, blocks, headers: [], footers: [], pageCount: null, lines, warnings };
}

function decodeHtml(bytes: Uint8Array, charset: string | null): { html: string; encoding: string; warnings: string[] } {
  const declared = (charset ?? metaCharset(bytes))?.toLowerCase() ?? null;
  if (declared && !/^(utf-?8|gb2312|gbk|gb18030|x-gbk|cp936|utf-16.*|unicode)$/.test(declared)) {
    try {
      return { html: new TextDecoder(declared).decode(bytes), encoding: declared, warnings: [] };
    } catch {
      // unknown label: fall back to detection
    }
  }
  const d = decodeText(bytes);
  return { html: d.text, encoding: d.encoding, warnings: d.warnings };
}

function metaCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  return /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1] ?? null;
}

/** The text/html part of a MIME multipart/related archive, transfer-decoded. */
function mhtmlPart(data: Uint8Array): { html: string; encoding: string; warnings: string[] } {
  const raw = new TextDecoder('latin1').decode(data);
  const boundary = /boundary\s*=\s*"?([^"\r\n;]+)"?/i.exec(raw)?.[1];
  const parts = boundary ? raw.split(`--${boundary}`) : [raw];
  for (const part of parts) {
    const split = /\r?\n\r?\n/.exec(part);
    if (!split) continue;
    const headers = part.slice(0, split.index);
    if (!/content-type:\s*text\/html/i.test(headers)) continue;
    const body = part.slice(split.index + split[0].length);
    const transfer = /content-transfer-encoding:\s*([\w-]+)/i.exec(headers)?.[1]?.toLowerCase();
    const charset = /charset\s*=\s*"?([\w.:-]+)/i.exec(headers)?.[1] ?? null;
    const bytes = transfer === 'quoted-printable' ? quotedPrintable(body) : transfer === 'base64' ? Buffer.from(body, 'base64') : latin1Bytes(body);
    if (looksBinary(bytes)) throw new ReadError('BINARY_TEXT', 'MHTML html part is binary');
    return decodeHtml(bytes, charset);
  }
  throw new ReadError('UNKNOWN_FORMAT', 'MHTML without a text/html part');
}

function latin1Bytes(s: string): Uint8Array {
  return Buffer.from(s, 'latin1');
}

function quotedPrintable(s: string): Uint8Array {
  const joined = s.replace(/=\r?\n/g, '');
  const out = Buffer.alloc(joined.length);
  let n = 0;
  for (let i = 0; i < joined.length; i++) {
    const c = joined.charCodeAt(i);
    if (c === 0x3d && /^[0-9A-Fa-f]{2}$/.test(joined.slice(i + 1, i + 3))) {
      out[n++] = Number.parseInt(joined.slice(i + 1, i + 3), 16);
      i += 2;
    } else {
      out[n++] = c & 0xff;
    }
  }
  return out.subarray(0, n);
}

interface Cell {
  text: string[];
  colspan: number;
  rowspan: number;
}

interface Table {
  rows: Cell[][];
}

function htmlBlocks(html: string): RawBlock[] {
  let cleaned = html.replace(/<!\[(?:if[^\]<>]{0,200}|endif)\]>/gi, ''); // Word's downlevel-revealed conditionals: keep their content
  cleaned = cutBetween(cleaned, /<!--/g, () => '-->');
  cleaned = cutBetween(cleaned, /<(script|style|head|xml)\b/gi, (m) => `</${m[1]!.toLowerCase()}`);
  const blocks: RawBlock[] = [];
  const tables: Table[] = [];
  let buf = '';
  let heading: number | null = null;
  let index = 0;

  const flush = (): void => {
    const text = normaliseSpace(buf);
    buf = '';
    const table = tables[tables.length - 1];
    const row = table?.rows[table.rows.length - 1];
    const cell = row?.[row.length - 1];
    if (cell) {
      if (text) cell.text.push(text);
      return;
    }
    if (table) return; // text between cells is not shown
    if (text) {
      index++;
      blocks.push({
        kind: 'paragraph', text, numLabel: null, style: heading ? `heading ${heading}` : null, headingLevel: heading,
        align: null, pageBreakBefore: false, pos: { line: 0, page: null, paragraph: index },
      });
    }
  };

  const tag = /<(\/?)([a-zA-Z][\w:-]*)([^<>]*)>|([^<]+)|</g;
  for (let m = tag.exec(cleaned); m; m = tag.exec(cleaned)) {
    if (m[4] !== undefined || m[2] === undefined) {
      buf += m[4] ?? '<';
      continue;
    }
    const closing = m[1] === '/';
    const name = m[2].toLowerCase();
    const attrs = m[3] ?? '';
    if (name === 'br') {
      buf += LINE_BREAK;
    } else if (BLOCK.has(name) || name === 'hr') {
      flush();
      const h = /^h([1-6])$/.exec(name);
      if (h) heading = closing ? null : Number(h[1]);
    } else if (name === 'table') {
      flush();
      if (!closing) tables.push({ rows: [] });
      else closeTable();
    } else if (name === 'tr') {
      flush();
      if (!closing) tables[tables.length - 1]?.rows.push([]);
    } else if (name === 'td' || name === 'th') {
      flush();
      const table = tables[tables.length - 1];
      if (!closing && table) {
        if (table.rows.length === 0) table.rows.push([]);
        table.rows[table.rows.length - 1]!.push({ text: [], colspan: spanAttr(attrs, 'colspan'), rowspan: spanAttr(attrs, 'rowspan') });
      }
    }
  }
  flush();
  while (tables.length > 0) closeTable();
  return blocks;

  function closeTable(): void {
    const t = tables.pop();
    if (!t) return;
    const grid = spanGrid(t.rows.map((r) => r.map((c) => ({ ...c, text: c.text.join('\n').trim() }))));
    const outer = tables[tables.length - 1];
    const outerRow = outer?.rows[outer.rows.length - 1];
    const outerCell = outerRow?.[outerRow.length - 1];
    if (outerCell) {
      for (const r of grid.rows) outerCell.text.push(r.filter((c) => c !== '').join('\t'));
      return;
    }
    if (outer || grid.rows.length === 0) return;
    index++;
    const block: RawBlock = { kind: 'table', rows: grid.rows, pos: { line: 0, page: null, paragraph: index } };
    if (grid.merged.some((r) => r.some((f) => f !== ''))) block.merged = grid.merged;
    blocks.push(block);
  }
}


/**
 * Removes each match of `open` up to and including the next `close(match)` (case-insensitive), in
 * one pass; an unclosed one removes the rest. Regexes like /<!--[\s\S]*?-->/ are quadratic on many unclosed openers.
 */
function cutBetween(s: string, open: RegExp, close: (m: RegExpExecArray) => string): string {
  const lower = s.toLowerCase();
  let out = '';
  let at = 0;
  open.lastIndex = 0;
  for (let m = open.exec(s); m; m = open.exec(s)) {
    const end = lower.indexOf(close(m), m.index + m[0].length);
    out += s.slice(at, m.index);
    if (end < 0) return out;
    at = s.indexOf('>', end) < 0 ? s.length : s.indexOf('>', end) + 1;
    open.lastIndex = at;
  }
  return out + s.slice(at);
}

/** HTML whitespace collapsed; a line break between two CJK characters disappears instead of becoming a space. */
function normaliseSpace(s: string): string {
  const lines = s.split('\n').map(trimBlank);
  const out: string[] = [lines[0]!];
  for (let i = 1; i < lines.length; i++) {
    const prev = lines[i - 1]!;
    const next = lines[i]!;
    out.push(isWide(prev.slice(-1)) && isWide(next.slice(0, 1)) ? '' : ' ', next);
  }
  return decodeEntities(out.join(''))
    .replace(/[ \t\r\f]+/g, ' ')
    .split(LINE_BREAK)
    .map(trimBlank)
    .join('\n')
    .trim();
}

/** Trims spaces, tabs, CR and FF only (not the <br> marker); a loop, since /[ ]+$/ is quadratic on long runs. */
function trimBlank(s: string): string {
  const blank = (c: string | undefined): boolean => c === ' ' || c === '\t' || c === '\r' || c === '\f';
  let a = 0;
  let b = s.length;
  while (a < b && blank(s[a])) a++;
  while (b > a && blank(s[b - 1])) b--;
  return s.slice(a, b);
}

function isWide(ch: string): boolean {
  return ch !== '' && ch.charCodeAt(0) > 0x2e7f;
}

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z][a-z0-9]*);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const cp = e[1] === 'x' || e[1] === 'X' ? Number.parseInt(e.slice(2), 16) : Number.parseInt(e.slice(1), 10);
      return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : m;
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}
