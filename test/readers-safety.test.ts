// Content sniffing and hostile or broken input: every failure is a ReadError with a specific code.
import { describe, it, expect, vi, beforeAll } from 'vitest';
import { readFileSync } from 'node:fs';
import { constants as zc, createDeflateRaw, crc32 } from 'node:zlib';
import { createHash } from 'node:crypto';
import { deflateSync, strToU8 } from 'fflate';
import { readDocument } from '../src/readers/index.ts';
import { sniff } from '../src/readers/sniff.ts';
import { ZipArchive } from '../src/readers/docx/zip.ts';
import { ReadError, type RawDocument, type ReadErrorCode } from '../src/readers/types.ts';
import { makeTemplateDocx } from './fixtures/readers/template-docx.ts';
import { docxZip, documentXml, p, rawZip } from './fixtures/readers/ooxml.ts';

// The PDF reader is another module (and loads pdf.js); here we only check that PDFs reach it.
vi.mock('../src/readers/pdf.ts', () => ({
  readPdf: async (): Promise<RawDocument> => ({
    format: 'pdf', encoding: null, blocks: [], headers: [], footers: [], pageCount: 1, lines: [], warnings: [],
  }),
}));

const DOC_FIXTURE = new URL('./fixtures/readers/template.doc', import.meta.url);

async function codeOf(data: Uint8Array, name: string, opts = {}): Promise<ReadErrorCode | 'ok'> {
  try {
    await readDocument(data, name, opts);
    return 'ok';
  } catch (err) {
    if (err instanceof ReadError) return err.code;
    throw err;
  }
}

async function errorOf(data: Uint8Array, name: string, opts = {}): Promise<ReadError> {
  try {
    await readDocument(data, name, opts);
  } catch (err) {
    if (err instanceof ReadError) return err;
    throw err;
  }
  throw new Error('expected a ReadError');
}

const bytes = (...parts: (string | number[])[]): Uint8Array =>
  new Uint8Array(parts.flatMap((x) => (typeof x === 'string' ? [...Buffer.from(x, 'latin1')] : x)));

describe('format by content, not by name', () => {
  let docx: Uint8Array;
  beforeAll(async () => {
    docx = await makeTemplateDocx();
  });

  it('reads a PDF named .docx (also with junk before %PDF) with the PDF reader', async () => {
    const pdf = bytes('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n');
    expect(sniff(pdf).kind).toBe('pdf');
    expect(sniff(bytes('\r\nJUNK'.repeat(50), '%PDF-1.4\n')).kind).toBe('pdf');
    expect(sniff(bytes('x'.repeat(1100), '%PDF-1.4\n')).kind).toBe('other');
    const doc = await readDocument(pdf, 'standard.docx');
    expect(doc.format).toBe('pdf');
    expect(doc.warnings[0]).toMatch(/\.docx.*pdf/);
  });

  it('reads a .doc named .docx and a .docx named .doc by content', async () => {
    const doc = await readDocument(readFileSync(DOC_FIXTURE), 'renamed.docx');
    expect(doc.format).toBe('doc');
    expect(doc.warnings.some((w) => /named \.docx is really doc/.test(w))).toBe(true);
    const back = await readDocument(docx, 'renamed.doc');
    expect(back.format).toBe('docx');
    expect(back.blocks.some((b) => b.kind === 'paragraph' && b.numLabel === '5.1.1')).toBe(true);
  });

  it('reads HTML saved as .doc as web-page text, with its table and a warning', async () => {
    const html = '<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><style>p{}</style><title>t</title></head><body>' +
      '<p class=MsoNormal>Q/ABC 001&mdash;2024</p><h1>1&nbsp;范围</h1><p>本文件规定了\n要求。</p>' +
      '<table><tr><td>项目</td><td>指标</td></tr><tr><td colspan=2>合并</td></tr><tr><td rowspan=2>a</td><td>1</td></tr><tr><td>2</td></tr></table>' +
      '<!-- 注释 --><p><![if !supportLists]>a)<![endif]>列项<br>第二行</p></body></html>';
    const doc = await readDocument(strToU8(html), '标准 草案.doc');
    expect(doc.format).toBe('doc');
    expect(doc.warnings[0]).toMatch(/HTML/);
    const texts = doc.blocks.map((b) => (b.kind === 'paragraph' ? b.text : b.rows));
    expect(texts).toEqual([
      'Q/ABC 001—2024', '1 范围', '本文件规定了要求。',
      [['项目', '指标'], ['合并', ''], ['a', '1'], ['', '2']],
      'a)列项\n第二行',
    ]);
    const heading = doc.blocks[1]!;
    expect(heading.kind === 'paragraph' && heading.headingLevel).toBe(1);
  });

  it('reads MHTML (quoted-printable, GB2312) saved as .doc', async () => {
    const body = '<html><body><p>=D5=C2=B4=CE</p></body></html>'; // 章次 in GB2312, quoted-printable
    const mime = 'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="----=_NextPart_01"\r\n\r\n' +
      '------=_NextPart_01\r\nContent-Location: file:///C:/x.htm\r\nContent-Transfer-Encoding: quoted-printable\r\n' +
      'Content-Type: text/html; charset="gb2312"\r\n\r\n' + body + '\r\n------=_NextPart_01--\r\n';
    const doc = await readDocument(strToU8(mime), 'web.doc');
    expect(doc.blocks.map((b) => b.kind === 'paragraph' && b.text)).toEqual(['章次']);
    expect(doc.encoding).toBe('gb18030');
  });

  it('reads GBK text named .md, and text named .docx, by content', async () => {
    // "纯棉" and "范围" in GBK
    const md = bytes('# ', [0xb4, 0xbf, 0xc3, 0xde], '\n\n## 1 ', [0xb7, 0xb6, 0xce, 0xa7], '\n');
    const doc = await readDocument(md, 'draft.md');
    expect(doc).toMatchObject({ format: 'md', encoding: 'gb18030' });
    expect(doc.blocks.map((b) => b.kind === 'paragraph' && [b.text, b.headingLevel])).toEqual([['纯棉', 1], ['1 范围', 2]]);
    const txt = await readDocument(strToU8('1 范围\n本文件规定了要求。\n'), 'really-text.docx');
    expect(txt.format).toBe('txt');
    expect(txt.warnings[0]).toMatch(/\.docx is really txt/);
  });

  it('names what it does not read: images, RTF, spreadsheets, OpenDocument, encrypted Office files', async () => {
    expect(await codeOf(bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'IHDR'), 'scan.pdf')).toBe('UNSUPPORTED');
    expect((await errorOf(bytes([0xff, 0xd8, 0xff, 0xe0]), 'scan.docx')).message).toMatch(/JPEG.*OCR/);
    expect((await errorOf(bytes('{\\rtf1\\ansi hello}'), 'x.doc')).message).toMatch(/RTF/);
    expect((await errorOf(strToU8('<?xml version="1.0"?>\n<?mso-application progid="Word.Document"?>\n<w:wordDocument xmlns:w="x"/>'), 'x.doc')).message).toMatch(/Word 2003 XML/);
    expect((await errorOf(bytes([0x1f, 0x8b, 0x08, 0x00]), 'x.docx')).message).toMatch(/gzip/);
    const xlsx = docxZip({ 'xl/workbook.xml': '<workbook/>' });
    expect((await errorOf(xlsx, 'x.docx')).message).toMatch(/xlsx/);
    const odt = docxZip({ mimetype: 'application/vnd.oasis.opendocument.text', 'content.xml': '<x/>' });
    expect((await errorOf(odt, 'x.docx')).message).toMatch(/odt/);
    const encrypted = bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], [...Buffer.from('EncryptedPackage', 'utf16le')]);
    const err = await errorOf(encrypted, 'secret.docx');
    expect(err.code).toBe('UNSUPPORTED');
    expect(err.message).toMatch(/password/);
  });

  it('refuses empty files, files over the limit, and junk', async () => {
    expect(await codeOf(new Uint8Array(0), 'empty.docx')).toBe('EMPTY');
    const big = await errorOf(new Uint8Array(2048), 'big.txt', { maxBytes: 1024 });
    expect(big.code).toBe('TOO_LARGE');
    expect(big.detail).toEqual({ size: 2048, limit: 1024 });
    const junk = new Uint8Array(4096).map((_v, i) => (i * 7919) % 256);
    expect(await codeOf(junk, 'notes.txt')).toBe('BINARY_TEXT');
    expect(await codeOf(junk, 'standard.docx')).toBe('UNKNOWN_FORMAT');
    expect(await codeOf(bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], [...Buffer.from('WordDocument', 'utf16le')]), 'x.doc')).toBe('DOC_DAMAGED');
  });
});

describe('ZIP containers', () => {
  it('reads ZIP64 central directories (sizes in extra fields)', async () => {
    const xml = strToU8(documentXml(p('ZIP64 正文')));
    const data = rawZip([{ name: 'word/document.xml', stored: deflateSync(xml), method: 8, crc: crc32(xml), size: xml.length }], { zip64: true });
    const doc = await readDocument(data, 'z64.docx');
    expect(doc.blocks.map((b) => b.kind === 'paragraph' && b.text)).toEqual(['ZIP64 正文']);
  });

  it('never modifies its input', async () => {
    const inputs: [Uint8Array, string][] = [
      [await makeTemplateDocx(), 'a.docx'], [readFileSync(DOC_FIXTURE), 'a.doc'], [strToU8('范围\n\f前言\n'), 'a.txt'],
    ];
    for (const [data, name] of inputs) {
      const before = createHash('sha256').update(data).digest('hex');
      await readDocument(data, name);
      expect(createHash('sha256').update(data).digest('hex')).toBe(before);
    }
  });

  it('reports a zip without word/document.xml as NOT_DOCX', async () => {
    expect(await codeOf(docxZip({ 'readme.txt': 'hello' }), 'x.docx')).toBe('NOT_DOCX');
  });

  it('reports truncated and corrupted zips as CORRUPT_ZIP', async () => {
    const good = await makeTemplateDocx();
    expect(await codeOf(good.subarray(0, Math.floor(good.length / 2)), 'half.docx')).toBe('CORRUPT_ZIP');
    const zip = new ZipArchive(good);
    const entry = zip.entries.find((e) => e.name === 'word/document.xml')!;
    const broken = good.slice();
    const dataStart = entry.localOffset + 30 + entry.name.length;
    for (let i = 10; i < 40; i++) broken[dataStart + i] ^= 0x5a;
    expect(await codeOf(broken, 'broken.docx')).toBe('CORRUPT_ZIP');
  });

  it('refuses an entry that declares more than the caps (honest header)', async () => {
    const zeros = deflateSync(new Uint8Array(2 * 1024 * 1024));
    const data = rawZip([{ name: 'word/document.xml', stored: zeros, method: 8, crc: 0, size: 2 * 1024 * 1024 }]);
    // 2 MiB from ~2 KB: ratio ~1000:1 on an entry over 1 MiB
    expect(await codeOf(data, 'ratio.docx')).toBe('ZIP_BOMB');
    const small = docxZip({ 'word/document.xml': documentXml(p('x')) });
    expect(() => new ZipArchive(small, { maxTotal: 100, maxEntry: 1000, maxRatio: 200, ratioMinSize: 1 << 20 })).toThrow(/in total/);
    expect(() => new ZipArchive(small, { maxTotal: 1 << 20, maxEntry: 100, maxRatio: 200, ratioMinSize: 1 << 20 })).toThrow(/declares/);
  });

  it('stops inflating a 300 MiB bomb whose header lies, without inflating it all', async () => {
    const stream = await zeroDeflateStream(300);
    expect(stream.length).toBeLessThan(1024 * 1024);
    const data = rawZip([
      { name: '[Content_Types].xml', stored: strToU8('<Types/>'), method: 0, crc: 0, size: 8 },
      { name: 'word/document.xml', stored: stream, method: 8, crc: 0, size: 1000 },
    ]);
    const before = process.memoryUsage().arrayBuffers;
    const t0 = performance.now();
    const err = await errorOf(data, 'bomb.docx');
    expect(err.code).toBe('ZIP_BOMB');
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(64 * 1024 * 1024);
  });
});

describe('XML attacks and damage', () => {
  it('refuses DOCTYPE/ENTITY declarations (billion laughs, external entities)', async () => {
    let dtd = '<!DOCTYPE w:document [<!ENTITY lol "lol">';
    for (let i = 1; i < 10; i++) dtd += `<!ENTITY lol${i} "${`&lol${i === 1 ? '' : i - 1};`.repeat(10)}">`;
    dtd += ']>';
    const laughs = documentXml(p('&lol9;')).replace('<w:document', `${dtd}<w:document`);
    expect(await codeOf(docxZip({ 'word/document.xml': laughs }), 'laughs.docx')).toBe('XML_DTD');
    const xxe = documentXml(p('&xxe;')).replace('<w:document', '<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><w:document');
    expect(await codeOf(docxZip({ 'word/document.xml': xxe }), 'xxe.docx')).toBe('XML_DTD');
    const inStyles = '<?xml version="1.0"?><!DOCTYPE s [<!ENTITY a "b">]><w:styles xmlns:w="x"/>';
    expect(await codeOf(docxZip({ 'word/document.xml': documentXml(p('x')), 'word/styles.xml': inStyles }), 's.docx')).toBe('XML_DTD');
  });

  it('reports malformed XML and undefined entities as MALFORMED_XML', async () => {
    expect(await codeOf(docxZip({ 'word/document.xml': documentXml('<w:p><w:r><w:t>x</w:r></w:p>') }), 'bad.docx')).toBe('MALFORMED_XML');
    expect(await codeOf(docxZip({ 'word/document.xml': documentXml(p('&nbsp;')) }), 'ent.docx')).toBe('MALFORMED_XML');
    const err = await errorOf(docxZip({ 'word/document.xml': documentXml('<w:p>') }), 'cut.docx');
    expect(err.detail.part).toBe('word/document.xml');
  });

  it('turns random damage to a docx into a result or a ReadError, never another exception', async () => {
    const good = await makeTemplateDocx();
    let seed = 20261123;
    const rand = (n: number): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    const codes = new Set<string>();
    for (let k = 0; k < 150; k++) {
      const m = good.slice();
      const edits = 1 + rand(8);
      for (let e = 0; e < edits; e++) m[rand(m.length)] = rand(256);
      codes.add(await codeOf(m, `fuzz${k}.docx`));
    }
    expect([...codes].every((c) => ['ok', 'CORRUPT_ZIP', 'MALFORMED_XML', 'ZIP_BOMB', 'NOT_DOCX', 'XML_DTD', 'UNKNOWN_FORMAT', 'UNSUPPORTED', 'BINARY_TEXT'].includes(c))).toBe(true);
  });
});

/** A raw DEFLATE stream of `mib` MiB of zeros, built from one repeated sync-flushed block, never holding the zeros. */
async function zeroDeflateStream(mib: number): Promise<Uint8Array> {
  const chunk = new Uint8Array(1024 * 1024);
  const deflater = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflater.on('data', (d: Buffer) => out.push(d));
  const flushAfter = async (data: Uint8Array): Promise<Buffer> => {
    out.length = 0;
    deflater.write(data);
    await new Promise<void>((resolve) => deflater.flush(zc.Z_SYNC_FLUSH, () => resolve()));
    return Buffer.concat(out);
  };
  const first = await flushAfter(chunk);
  const repeat = await flushAfter(chunk); // refers only to the zeros before it: valid after any zero run
  out.length = 0;
  await new Promise<void>((resolve) => deflater.end(() => resolve()));
  const tail = Buffer.concat(out);
  return Buffer.concat([first, ...Array.from({ length: mib - 1 }, () => repeat), tail]);
}
