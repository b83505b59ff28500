// PDF reader: LibreOffice-exported fixtures (scripts/make-pdf-fixtures.ts) plus the pure layout steps.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { readPdf } from '../src/readers/pdf.ts';
import { splitAlignedColumns } from '../src/readers/pdf/columns.ts';
import { buildLines, type PdfLine, type Segment, type TextPiece } from '../src/readers/pdf/lines.ts';
import { normalizePdfText } from '../src/readers/pdf/normalize.ts';
import { isPageNumber, splitRunning, type PageLines } from '../src/readers/pdf/running.ts';
import { groupTables } from '../src/readers/pdf/tables.ts';
import { ReadError, type RawDocument, type RawParagraph, type RawTable } from '../src/readers/types.ts';

// Taken before any PDF is read (pdf.js is loaded on first use).
const NATIVE_PUSH = Array.prototype.push;
const NATIVE_JSON_PARSE = JSON.parse;

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`./fixtures/pdf/${name}`, import.meta.url)));

async function readError(name: string): Promise<ReadError> {
  const err = await readPdf(fixture(name)).then(() => null, (e: unknown) => e);
  expect(err).toBeInstanceOf(ReadError);
  return err as ReadError;
}

describe('readPdf on a LibreOffice-exported standard', () => {
  let doc: RawDocument;
  let paragraphs: RawParagraph[];
  let texts: string[];
  let tables: RawTable[];
  beforeAll(async () => {
    doc = await readPdf(fixture('standard.pdf'));
    paragraphs = doc.blocks.filter((b): b is RawParagraph => b.kind === 'paragraph');
    texts = paragraphs.map((p) => p.text);
    tables = doc.blocks.filter((b): b is RawTable => b.kind === 'table');
  });

  it("leaves the thread's built-ins alone: pdf.js's polyfills of push and JSON.parse are several times slower", () => {
    // compared by identity: core-js makes its replacements print as [native code]
    expect(Array.prototype.push).toBe(NATIVE_PUSH);
    expect(JSON.parse).toBe(NATIVE_JSON_PARSE);
  });

  it('reports pages and keeps one line per paragraph/table row', () => {
    expect(doc.format).toBe('pdf');
    expect(doc.pageCount).toBe(5);
    const rowCount = tables.reduce((n, t) => n + t.rows.length, 0);
    expect(doc.lines).toHaveLength(paragraphs.length + rowCount);
    for (const p of paragraphs) expect(doc.lines[p.pos.line - 1]).toBe(p.text);
    expect(doc.blocks.map((b) => b.pos.paragraph)).toEqual(doc.blocks.map((_, i) => i + 1));
  });

  it('moves the running header and the page numbers out of the body', () => {
    expect(doc.headers).toEqual(['Q/ABC 001—2023']);
    expect(doc.footers).toEqual(expect.arrayContaining(['I', 'II', '1']));
    expect(texts).not.toContain('I');
    expect(texts).not.toContain('1');
    // The cover's own number (page 1) stays; the header copies on pages 2–5 do not.
    expect(paragraphs.filter((p) => p.text === 'Q/ABC 001—2023').map((p) => p.pos.page)).toEqual([1]);
  });

  it('keeps the cover, the table of contents with its leaders, and clause numbers', () => {
    expect(texts.slice(0, 2)).toEqual(['ICS 87.040', 'CCS G 51']);
    expect(texts).toContain('2023-01-10 发布 2023-02-01 实施');
    expect(texts.some((t) => /^5 试验方法\.{10,}2$/.test(t))).toBe(true);
    for (const clause of ['1 范围', '4.1 一般要求', '4.2 技术指标', '5.2 试验条件']) expect(texts).toContain(clause);
    expect(texts).toContain('5.2.1 试验环境温度为（23±2）℃，相对湿度为（50±5）%。');
  });

  it('marks the first line of each page and guesses alignment', () => {
    const toc = paragraphs.find((p) => p.text === '目 次')!;
    expect(toc.pageBreakBefore).toBe(true);
    expect(toc.pos.page).toBe(2);
    expect(toc.align).toBe('center');
    expect(paragraphs[0]!.pageBreakBefore).toBe(false);
    expect(paragraphs.find((p) => p.text === '代替 Q/ABC 001—2020')!.align).toBe('right');
    expect(paragraphs.find((p) => p.text === '1 范围')!.align).toBe('left');
  });

  it('reads the three-line table across the page break as one table', () => {
    expect(tables).toHaveLength(1);
    const [table] = tables;
    expect(table!.rows[0]).toEqual(['项目', '指标', '试验方法']);
    expect(table!.rows).toHaveLength(17); // header + 16 rows; the header repeated on page 5 is dropped
    expect(table!.rows).toContainEqual(['pH 值', '7.0～9.5', 'GB/T 9724—2007']);
    expect(table!.rows).toContainEqual(['耐洗刷性/次', '≥1 000', 'GB/T 9266—2009']);
    // A cell wrapped over two text lines comes back whole.
    expect(table!.rows).toContainEqual(['挥发性有机化合物（VOC）含量（以不含水和颜填料的涂料计）/(g/L)', '≤80', 'GB/T 23986—2009']);
    expect(table!.rows[table!.rows.length - 1]).toEqual(['可溶性汞/(mg/kg)', '≤60', 'GB/T 23991—2009']);
    expect(new Set(table!.rowPos!.map((p) => p.page))).toEqual(new Set([4, 5]));
    expect(doc.lines[table!.pos.line - 1]).toBe('项目 | 指标 | 试验方法');
  });

  it('keeps —, ～, ≤ and full-width punctuation as written', () => {
    const all = doc.lines.join('\n');
    expect(all).toContain('GB/T 1.1—2020《标准化工作导则');
    expect(all).toContain('5 ℃～35 ℃');
    expect(all).toContain('≤2');
    expect(all).toContain('（23±2）℃');
  });

  it('does not modify the input buffer', async () => {
    const data = fixture('standard.pdf');
    const copy = data.slice();
    await readPdf(data);
    expect(data).toEqual(copy);
  });
});

describe('readPdf on tables with two-row headers (multi-header.pdf)', () => {
  let doc: RawDocument;
  let tables: RawTable[];
  const before = (t: RawTable) => doc.blocks[doc.blocks.indexOf(t) - 1]!;
  beforeAll(async () => {
    doc = await readPdf(fixture('multi-header.pdf'));
    tables = doc.blocks.filter((b): b is RawTable => b.kind === 'table');
  });

  it('keeps "项目 | 指标 (over B类 | C类) | 试验方法" as two header rows with merge flags, caption before it', () => {
    expect(tables).toHaveLength(2);
    const [table] = tables;
    expect(table!.rows.slice(0, 3)).toEqual([
      ['项目', '指标', '', '试验方法'],
      ['', 'B 类', 'C 类', ''],
      ['甲醛含量/(mg/kg) ≤', '75', '300', '5.1'],
    ]);
    expect(table!.merged!.slice(0, 3)).toEqual([['', '', 'h', ''], ['v', '', '', 'v'], ['', '', '', '']]);
    expect(table!.rows).toHaveLength(6);
    expect(table!.merged).toHaveLength(6);
    expect(before(table!)).toMatchObject({ kind: 'paragraph', text: '表 1 安全性能要求' });
    expect(doc.lines[table!.pos.line - 1]).toBe('项目 | 指标 |  | 试验方法');
  });

  it('spans "指标" over A类 | B类 | C类 when the merged cells are centred vertically, and drops the header repeated on page 2', () => {
    const table = tables[1]!;
    expect(table.rows.slice(0, 2)).toEqual([['项目', '指标', '', '', '检验方法'], ['', 'A 类', 'B 类', 'C 类', '']]);
    expect(table.merged!.slice(0, 2)).toEqual([['', '', 'h', 'h', ''], ['v', '', '', '', 'v']]);
    expect(table.rows).toHaveLength(2 + 9);
    expect(table.rows.filter((r) => r[1] === '指标' || r[2] === 'B 类')).toHaveLength(2);
    expect(table.rows[8]).toEqual(['耐唾液色牢度（变色、沾色）/级 ≥', '4', '—', '—', 'GB/T 18886']);
    expect(table.rowPos!.map((p) => p.page)).toEqual([1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2]);
    expect(before(table)).toMatchObject({ kind: 'paragraph', text: '表 2 基本安全技术要求' });
    expect(doc.blocks[doc.blocks.indexOf(table) + 1]).toMatchObject({ kind: 'paragraph', text: '5 试验方法' });
  });
});

describe('readPdf on a 16-page standard', () => {
  it('removes the header and footer from every page', async () => {
    const doc = await readPdf(fixture('long.pdf'));
    expect(doc.pageCount).toBe(16);
    expect(doc.headers).toEqual(['Q/ABC 001—2023']);
    expect(doc.lines.filter((l) => l === 'Q/ABC 001—2023')).toHaveLength(1);
    expect(doc.lines.filter((l) => /^\d+$/.test(l))).toEqual([]);
    const pages = new Set(doc.blocks.map((b) => b.pos.page));
    expect(pages.size).toBe(16);
  });
});

describe('readPdf on producer quirks', () => {
  it('reads a predefined CJK CMap without ToUnicode and repairs Kangxi radicals from a ToUnicode map', async () => {
    const doc = await readPdf(fixture('cmap-kangxi.pdf'));
    expect(doc.lines).toEqual(['水性内墙涂料 Q/ABC 001—2023 pH值 4.0～8.5 甲醛≤50', '水性 001—2023 4.0～8.5']);
    // The diagonal watermark is left out of the text, and said so.
    expect(doc.warnings).toEqual([expect.stringContaining('rotated text')]);
  });

  it('reads a PDF that has only an owner password', async () => {
    const doc = await readPdf(fixture('owner-password.pdf'));
    expect(doc.lines[1]).toBe('水性 001—2023 4.0～8.5');
  });
});

describe('readPdf on bad input', () => {
  it('password-protected → PDF_ENCRYPTED', async () => {
    expect((await readError('encrypted.pdf')).code).toBe('PDF_ENCRYPTED');
  });

  it('image-only pages → PDF_NO_TEXT with the page count', async () => {
    const err = await readError('no-text.pdf');
    expect(err.code).toBe('PDF_NO_TEXT');
    expect(err.detail.pageCount).toBe(2);
  });

  it('truncated file and junk after the header → PDF_DAMAGED', async () => {
    expect((await readError('truncated.pdf')).code).toBe('PDF_DAMAGED');
    expect((await readError('not-a-pdf-body.pdf')).code).toBe('PDF_DAMAGED');
  });

  it('a wrong startxref is recovered with a warning', async () => {
    const doc = await readPdf(fixture('bad-xref.pdf'));
    expect(doc.warnings.some((w) => w.includes('cross-reference'))).toBe(true);
    expect(doc.lines).toContain('4.2 技术指标');
  });
});

describe('normalizePdfText', () => {
  it('maps Kangxi radicals and radical supplements, not full-width punctuation', () => {
    expect(normalizePdfText('⽔性内墙涂料⽤于⽊材')).toBe('水性内墙涂料用于木材');
    expect(normalizePdfText('⺟')).toBe('母');
    expect(normalizePdfText('（见表1）：pH　4.0～8.5，≤50')).toBe('（见表1）：pH　4.0～8.5，≤50');
  });

  it('repairs U+2015 in standard numbers and doubled dashes, and the wave dash', () => {
    expect(normalizePdfText('Q/ABC 001―2023')).toBe('Q/ABC 001—2023');
    expect(normalizePdfText('――更改了指标')).toBe('——更改了指标');
    expect(normalizePdfText('4.0〜8.5')).toBe('4.0～8.5');
    expect(normalizePdfText('甲―乙')).toBe('甲―乙');
  });
});

const piece = (str: string, x: number, y: number, size = 10, width = str.length * size): TextPiece => ({ str, x, y, width, size });

describe('buildLines', () => {
  it('joins CJK glyphs without spaces, keeps real gaps, splits cells at wide gaps', () => {
    const [line] = buildLines([
      piece('耐碱性', 100, 50), piece('（', 130, 50.5), piece('24', 140, 50, 10, 10), piece('h', 152, 50, 10, 5),
      piece('）', 157, 50), piece('≤2', 300, 50, 10, 10),
    ], 1);
    expect(line!.segments.map((s) => s.text)).toEqual(['耐碱性（24 h）', '≤2']);
    expect(line!.text).toBe('耐碱性（24 h） ≤2');
  });

  it('orders lines top to bottom and keeps superscripts on their line', () => {
    const lines = buildLines([piece('第二行', 10, 80), piece('m', 10, 60, 10, 8), piece('3', 18, 56, 6, 4), piece('第一行', 40, 60)], 3);
    expect(lines.map((l) => l.text)).toEqual(['m3 第一行', '第二行']);
    expect(lines.every((l) => l.page === 3)).toBe(true);
  });

  it('drops a fake-bold second copy of the same text', () => {
    const [line] = buildLines([piece('要求', 10, 20), piece('要求', 10.4, 20)], 1);
    expect(line!.text).toBe('要求');
  });
});

function pdfLine(page: number, y: number, cells: [string, number, number][], size = 10): PdfLine {
  const segments = cells.map(([text, x0, x1]) => ({ text, x0, x1 }));
  return { page, y, size, x0: segments[0]!.x0, x1: segments[segments.length - 1]!.x1, segments, text: cells.map((c) => c[0]).join(' ') };
}

describe('splitRunning', () => {
  const page = (n: number, lines: PdfLine[]): PageLines => ({ page: n, width: 595, height: 842, lines });
  const header = (n: number) => pdfLine(n, 40, [['Q/ABC 001—2023', 450, 535]]);
  const body = (n: number, text: string) => pdfLine(n, 300, [[text, 60, 300]]);

  it('keeps the cover number on page 1 and removes the running copies and page numbers', () => {
    const cover = pdfLine(1, 45, [['Q/ABC 001—2023', 420, 535]], 14);
    const pages = [
      page(1, [cover, body(1, '水性内墙涂料')]),
      page(2, [header(2), body(2, '前言'), pdfLine(2, 800, [['I', 290, 294]])]),
      page(3, [header(3), body(3, '1 范围'), pdfLine(3, 800, [['- 1 -', 280, 300]])]),
      page(4, [header(4), body(4, '2 规范性引用文件'), pdfLine(4, 800, [['第 2 页', 280, 310]])]),
    ];
    const split = splitRunning(pages);
    expect(split.body.map((lines) => lines.map((l) => l.text))).toEqual([
      ['Q/ABC 001—2023', '水性内墙涂料'], ['前言'], ['1 范围'], ['2 规范性引用文件'],
    ]);
    expect(split.headers).toEqual(['Q/ABC 001—2023']);
    expect(split.footers).toEqual(['I', '- 1 -', '第 2 页']);
  });

  it('leaves a top line that appears on too few pages', () => {
    const words = ['范围', '要求', '附录A', '试验', '检验'];
    const pages = words.map((w, i) => page(i + 1, [pdfLine(i + 1, 40, [[w, 60, 120]])]));
    expect(splitRunning(pages).body.flat()).toHaveLength(5);
  });

  it('recognises page-number forms', () => {
    for (const t of ['1', '- 12 -', '—3—', '第 3 页', '第3页 共10页', 'II', 'xiv', 'Ⅲ', '- Ⅱ -', '3 / 10', 'Page 2 of 9']) expect(isPageNumber(t)).toBe(true);
    for (const t of ['DIV', '1 范围', '表1', 'Q/ABC 001—2023', '']) expect(isPageNumber(t)).toBe(false);
  });
});

describe('groupTables', () => {
  const row = (page: number, y: number, a: string, b: string, c: string) =>
    pdfLine(page, y, [[a, 100, 100 + a.length * 10], [b, 300, 300 + b.length * 10], [c, 430, 430 + c.length * 6]]);

  it('keeps "number + tab + title" lines as paragraphs', () => {
    const blocks = groupTables([
      pdfLine(1, 100, [['5.2.1', 57, 80], ['试验环境温度为（23±2）℃。', 100, 400]]),
      pdfLine(1, 115, [['5.2.2', 57, 80], ['样板的养护时间为7 d。', 100, 300]]),
    ]);
    expect(blocks.map((b) => b.kind)).toEqual(['line', 'line']);
  });

  it('merges a wrapped cell line and continues the table after a page break', () => {
    const blocks = groupTables([
      pdfLine(1, 90, [['表1 技术要求', 250, 330]]),
      row(1, 100, '项目', '指标', '试验方法'),
      row(1, 112, '挥发性有机化合物（VOC）含量（以不', '≤80', 'GB/T 23986'),
      pdfLine(1, 124, [['含水计）/(g/L)', 130, 270]]),
      row(1, 136, '游离甲醛含量', '≤50', 'GB/T 23993'),
      row(2, 60, '项目', '指标', '试验方法'),
      row(2, 72, '可溶性铅', '≤90', 'GB/T 23991'),
      pdfLine(2, 100, [['5 试验方法', 57, 120]]),
    ]);
    expect(blocks.map((b) => b.kind)).toEqual(['line', 'table', 'line']);
    const table = blocks[1] as Extract<(typeof blocks)[number], { kind: 'table' }>;
    expect(table.rows.map((r) => r.cells)).toEqual([
      ['项目', '指标', '试验方法'],
      ['挥发性有机化合物（VOC）含量（以不含水计）/(g/L)', '≤80', 'GB/T 23986'],
      ['游离甲醛含量', '≤50', 'GB/T 23993'],
      ['可溶性铅', '≤90', 'GB/T 23991'],
    ]);
    expect(table.rows.map((r) => r.line.page)).toEqual([1, 1, 1, 2]);
  });

  it('ends a wrapped cell without brackets when the next line is a new row', () => {
    const blocks = groupTables([
      row(1, 100, '项目', '指标', '试验方法'),
      row(1, 112, '苯系物总和', '≤100', 'GB/T 23990'),
      pdfLine(1, 124, [['/(mg/kg)', 100, 140]]),
      row(1, 136, '耐碱性', '无异常', 'GB/T 9265'),
      pdfLine(1, 148, [['24 h', 100, 120]]),
      row(1, 160, '可溶性铅', '≤90', 'GB/T 23991'),
    ]);
    const table = blocks[0] as Extract<(typeof blocks)[number], { kind: 'table' }>;
    expect(table.rows.map((r) => r.cells)).toEqual([
      ['项目', '指标', '试验方法'], ['苯系物总和/(mg/kg)', '≤100', 'GB/T 23990'], ['耐碱性24 h', '无异常', 'GB/T 9265'],
      ['可溶性铅', '≤90', 'GB/T 23991'],
    ]);
  });

  it('joins the lines of a row whose cells are centred vertically around a taller cell', () => {
    const blocks = groupTables([
      row(1, 100, '项目', '指标', '试验方法'),
      row(1, 118, '甲醛', '≤50', 'GB/T 23993'),
      pdfLine(1, 132, [['重金属（以铅计）总', 100, 190]]),
      pdfLine(1, 138, [['≤90', 300, 330], ['GB/T 23991', 430, 490]]),
      pdfLine(1, 144, [['量', 100, 110]]),
      row(1, 162, 'pH值', '7～9', 'GB/T 9724'),
    ]);
    const table = blocks[0] as Extract<(typeof blocks)[number], { kind: 'table' }>;
    expect(table.rows.map((r) => r.cells)).toEqual([
      ['项目', '指标', '试验方法'], ['甲醛', '≤50', 'GB/T 23993'], ['重金属（以铅计）总量', '≤90', 'GB/T 23991'], ['pH值', '7～9', 'GB/T 9724'],
    ]);
  });

  it('keeps a one-cell group label row and hands back a one-cell line after the table', () => {
    const blocks = groupTables([
      row(1, 100, '项目', '指标', '试验方法'),
      pdfLine(1, 120, [['感官指标', 100, 140]]),
      row(1, 140, '色泽', '正常', '6.1'),
      pdfLine(1, 155, [['按批检验。', 100, 150]]),
      pdfLine(1, 170, [['每批抽样一次。', 100, 170]]),
    ]);
    expect(blocks.map((b) => b.kind)).toEqual(['table', 'line', 'line']);
    const table = blocks[0] as Extract<(typeof blocks)[number], { kind: 'table' }>;
    expect(table.rows.map((r) => r.cells)).toEqual([['项目', '指标', '试验方法'], ['感官指标', '', ''], ['色泽', '正常', '6.1']]);
  });

  it('ends the table at a clause heading that sits one line below the last row', () => {
    const blocks = groupTables([
      row(1, 100, '项目', '指标', '试验方法'),
      row(1, 112, '色泽', '正常', '6.1'),
      pdfLine(1, 126, [['6 检验规则', 100, 160]]),
      pdfLine(1, 140, [['6.1', 100, 115], ['出厂检验', 300, 340]]),
    ]);
    expect(blocks.map((b) => b.kind)).toEqual(['table', 'line', 'line']);
  });

  it('keeps a row whose first cell is empty (vertically merged) as its own row', () => {
    const blocks = groupTables([
      row(1, 100, '项目', '指标', '试验方法'),
      row(1, 112, '可溶性铅/(mg/kg)', '≤90', 'GB/T 23991'),
      pdfLine(1, 124, [['≤75', 300, 330], ['GB/T 23991', 430, 490]]),
    ]);
    const table = blocks[0] as Extract<(typeof blocks)[number], { kind: 'table' }>;
    expect(table.rows.map((r) => r.cells)).toEqual([
      ['项目', '指标', '试验方法'], ['可溶性铅/(mg/kg)', '≤90', 'GB/T 23991'], ['', '≤75', 'GB/T 23991'],
    ]);
  });

  // Columns of a four-column body: item 100–200, B 280–310, C 360–390, method 450–490 (font height 10).
  const body4 = (page: number, y: number, cells: string[]) => {
    const at: [number, number][] = [[100, 200], [285, 305], [365, 385], [460, 480]];
    return pdfLine(page, y, cells.flatMap((text, i) => (text === '' ? [] : [[text, ...at[i]!] as [string, number, number]])));
  };
  const tableAt = (blocks: ReturnType<typeof groupTables>, i: number) => blocks[i] as Extract<(typeof blocks)[number], { kind: 'table' }>;

  it('fits a two-row header: a span over the first row\'s titles, a wrapped cell, a bottom-aligned merged cell, repeated on page 2', () => {
    const blocks = groupTables([
      pdfLine(1, 80, [['表1 技术要求', 250, 330]]),
      pdfLine(1, 100, [['指标', 326, 344], ['试验', 461, 479]]),
      pdfLine(1, 112, [['项目', 140, 160], ['B类', 286, 304], ['C类', 366, 384], ['方法', 461, 479]]),
      body4(1, 124, ['甲醛', '75', '300', '5.1']),
      body4(1, 136, ['pH值', '4.0～8.5', '4.0～9.0', '5.2']),
      pdfLine(2, 60, [['指标', 326, 344], ['试验', 461, 479]]),
      pdfLine(2, 72, [['项目', 140, 160], ['B类', 286, 304], ['C类', 366, 384], ['方法', 461, 479]]),
      body4(2, 84, ['异味', '无', '无', '5.3']),
    ]);
    expect(blocks.map((b) => b.kind)).toEqual(['line', 'table']);
    const table = tableAt(blocks, 1);
    expect(table.rows.map((r) => r.cells)).toEqual([
      ['项目', '指标', '', '试验方法'], ['', 'B类', 'C类', ''], ['甲醛', '75', '300', '5.1'], ['pH值', '4.0～8.5', '4.0～9.0', '5.2'],
      ['异味', '无', '无', '5.3'],
    ]);
    expect(table.merged).toEqual([['', '', 'h', ''], ['v', '', '', 'v'], ['', '', '', ''], ['', '', '', ''], ['', '', '', '']]);
  });

  it('keeps a group label under a vertically centred header and skips the header repeated after a page break', () => {
    const header = (page: number, y: number) => [
      pdfLine(page, y, [['指标', 326, 344]]),
      pdfLine(page, y + 5.5, [['项目', 140, 160], ['试验方法', 452, 488]]),
      pdfLine(page, y + 11, [['B类', 286, 304], ['C类', 366, 384]]),
    ];
    const blocks = groupTables([
      pdfLine(1, 80, [['表1 技术要求', 250, 330]]),
      ...header(1, 100),
      pdfLine(1, 122, [['感官指标', 130, 170]]),
      body4(1, 133, ['色泽', '正常', '正常', '6.1']),
      body4(1, 144, ['甲醛', '75', '300', '6.2']),
      ...header(2, 60),
      body4(2, 82, ['pH值', '4.0～8.5', '4.0～9.0', '6.3']),
      pdfLine(2, 110, [['5 试验方法', 57, 120]]),
    ]);
    expect(blocks.map((b) => b.kind)).toEqual(['line', 'table', 'line']);
    const table = tableAt(blocks, 1);
    expect(table.rows.map((r) => r.cells)).toEqual([
      ['项目', '指标', '', '试验方法'], ['', 'B类', 'C类', ''], ['感官指标', '', '', ''],
      ['色泽', '正常', '正常', '6.1'], ['甲醛', '75', '300', '6.2'], ['pH值', '4.0～8.5', '4.0～9.0', '6.3'],
    ]);
    expect(table.merged!.slice(0, 3)).toEqual([['', '', 'h', ''], ['v', '', '', 'v'], ['', '', '', '']]);
    expect(table.rows.map((r) => r.line.page)).toEqual([1, 1, 1, 1, 1, 2]);
  });

  it('keeps the first data row out of the header under a span without sub-titles ("指标" over "≤ | 75")', () => {
    const blocks = groupTables([
      pdfLine(1, 100, [['项目', 140, 160], ['指标', 326, 344], ['试验方法', 452, 488]]),
      body4(1, 112, ['甲醛', '≤', '75', '5.1']),
      body4(1, 124, ['异味', '', '无', '5.2']),
      body4(1, 136, ['pH值', '', '4.0～8.5', '5.3']),
    ]);
    const table = tableAt(blocks, 0);
    expect(table.rows.map((r) => r.cells)).toEqual([
      ['项目', '指标', '', '试验方法'], ['甲醛', '≤', '75', '5.1'], ['异味', '', '无', '5.2'], ['pH值', '', '4.0～8.5', '5.3'],
    ]);
    expect(table.merged![0]).toEqual(['', '', 'h', '']);
  });

  it('spans a group label centred across the table over the row, and ends a cell wrapped in the last row', () => {
    const blocks = groupTables([
      body4(1, 100, ['色泽', '正常', '正常', '6.1']),
      pdfLine(1, 112, [['理化指标', 280, 320]]),
      body4(1, 124, ['水分/%', '12', '14', 'GB/T']),
      pdfLine(1, 136, [['5009.3', 462, 478]]),
      pdfLine(1, 160, [['6 检验规则', 57, 120]]),
    ]);
    expect(blocks.map((b) => b.kind)).toEqual(['table', 'line']);
    const table = tableAt(blocks, 0);
    expect(table.rows.map((r) => r.cells)).toEqual([
      ['色泽', '正常', '正常', '6.1'], ['理化指标', '', '', ''], ['水分/%', '12', '14', 'GB/T 5009.3'],
    ]);
    expect(table.merged).toEqual([['', '', '', ''], ['', 'h', 'h', 'h'], ['', '', '', '']]);
  });

  it('joins a last-row cell wrapped over three lines under a later column', () => {
    const blocks = groupTables([
      pdfLine(1, 100, [['项目', 163, 181], ['要求', 326, 344], ['检验方法', 441, 477]], 9),
      pdfLine(1, 111, [['色泽', 163, 181], ['具有该产品应有的色泽', 290, 380], ['5.1', 452, 466]], 9),
      pdfLine(1, 122, [['状态', 163, 181], ['具有该产品应有的状态，无', 282, 390], ['5.1', 452, 466]], 9),
      pdfLine(1, 132.6, [['霉变，无正常视力可见外来', 282, 390]], 9),
      pdfLine(1, 143.2, [['异物', 327, 345]], 9),
      pdfLine(1, 180, [['4.3 理化指标', 71, 133]], 10.5),
    ]);
    expect(blocks.map((b) => b.kind)).toEqual(['table', 'line']);
    expect(tableAt(blocks, 0).rows[2]!.cells).toEqual(['状态', '具有该产品应有的状态，无霉变，无正常视力可见外来异物', '5.1']);
  });

  it('leaves the text above a table without a header as paragraphs', () => {
    const blocks = groupTables([
      pdfLine(1, 88, [['产品的技术指标应符合下表的规定，检验结果按', 57, 537]]),
      pdfLine(1, 100, [['修约值比较法判定。', 57, 190]]),
      body4(1, 112, ['甲醛', '75', '300', '5.1']),
      body4(1, 124, ['pH值', '4.0～8.5', '4.0～9.0', '5.2']),
    ]);
    expect(blocks.map((b) => b.kind)).toEqual(['line', 'line', 'table']);
    expect(tableAt(blocks, 2).merged).toBeUndefined();
  });

  it('keeps a tab-aligned reference list as paragraphs', () => {
    const blocks = groupTables([
      pdfLine(1, 100, [['GB/T 1728—2020', 57, 140], ['漆膜、腻子膜干燥时间测定法', 170, 320]]),
      pdfLine(1, 115, [['GB 18582—2020', 57, 135], ['建筑用墙面涂料中有害物质限量', 170, 330]]),
    ]);
    expect(blocks.map((b) => b.kind)).toEqual(['line', 'line']);
  });

  it('does not make a table of one two-part line', () => {
    const blocks = groupTables([
      pdfLine(1, 490, [['2023-01-10 发布', 57, 134], ['2023-02-01 实施', 460, 537]]),
      pdfLine(1, 505, [['某某涂料有限公司 发布', 220, 375]], 14),
    ]);
    expect(blocks.map((b) => b.kind)).toEqual(['line', 'line']);
  });
});

describe('PDF table whose cells wrap and touch the next column (seq-table.pdf, GB/T 45688—2025 excerpt)', () => {
  it('splits "时间、驱动电机控制器 驱动电机控制器温度分" at the column edge and joins the wrapped lines into their rows', async () => {
    const doc = await readPdf(fixture('seq-table.pdf'));
    const table = doc.blocks.find((b): b is RawTable => b.kind === 'table')!;
    expect(table.rows.map((r) => r[0])).toEqual(['序号', '6', '7', '10']);
    expect(table.rows[2]).toEqual(['7', '驱动电机控制器温度', '时间、驱动电机控制器温度', '驱动电机控制器温度分析模型（见 C.7）']);
    expect(table.rows[3]![2]).toBe('时间、单体电池电压、单体电池最高电压、单体电池最低电压');
    const texts = doc.blocks.filter((b): b is RawParagraph => b.kind === 'paragraph').map((p) => p.text);
    expect(texts).toEqual(expect.arrayContaining(['4.2 应按照以下程序开展监测。', '5 动态预警']));
  });
});

// Chromium (Skia) PDFs: chromium-*.html next to the fixtures are their sources. Skia writes whole runs as items and
// spaces as items of their own, one item per glyph for synthetic bold, and CSS margin boxes for running headers.
describe('readPdf on Chromium-printed standards', () => {
  const paragraphTexts = (doc: RawDocument) => doc.blocks.filter((b): b is RawParagraph => b.kind === 'paragraph').map((p) => p.text);
  const tablesOf = (doc: RawDocument) => doc.blocks.filter((b): b is RawTable => b.kind === 'table');

  it('joins cells centred vertically half a line apart, and keeps a caption with its unit note out of the table', async () => {
    const doc = await readPdf(fixture('chromium-centred.pdf'));
    expect(doc.pageCount).toBe(4);
    expect(doc.headers).toEqual(['Q/ABC 002—2024']);
    const texts = paragraphTexts(doc);
    expect(texts).toEqual(expect.arrayContaining(['前 言', '4.1 感官要求', '表1 感官要求', '表2 污染物限量 单位为毫克每千克', '5 检验方法']));
    expect(texts.filter((t) => t === 'Q/ABC 002—2024')).toHaveLength(1);
    const [sensory, limits] = tablesOf(doc);
    expect(sensory!.rows).toEqual([
      ['项目', '要求', '检验方法'],
      ['色泽', '红褐色，油润有光泽', '取适量试样置于白色瓷盘中，在自然光下观察色泽和状态，嗅其气味，品尝滋味'],
      ['滋味、气味', '香辣适口，无异味', ''],
      ['状态', '呈半固态油状，无霉变，无正常视力可见外来杂质', ''],
    ]);
    // A header centred over a first column set flush left, with a one-cell row under it.
    expect(limits!.rows).toEqual([['项目', '指标'], ['重金属', ''], ['铅（以Pb计）', '≤0.5'], ['总砷（以As计）', '≤0.5']]);
    expect(limits!.merged).toBeUndefined();
  });

  it('does not take the indented first line of a justified paragraph for a centred line', async () => {
    const doc = await readPdf(fixture('chromium-centred.pdf'));
    const paragraphs = doc.blocks.filter((b): b is RawParagraph => b.kind === 'paragraph');
    const scope = paragraphs.find((p) => p.text.startsWith('本文件规定了风味辣椒酱'))!;
    expect(scope.align).toBe('left');
    expect(paragraphs.find((p) => p.text === '表1 感官要求')!.align).toBe('center');
  });

  it('removes a running header printed low in a 30 mm margin and "第 N 页 共 M 页", and reads per-glyph bold headings', async () => {
    const doc = await readPdf(fixture('chromium-spaced.pdf'));
    expect(doc.headers).toEqual(['Q/ABC 003—2024']);
    expect(doc.footers).toEqual(['第 1 页 共 2 页']);
    const texts = paragraphTexts(doc);
    expect(texts).not.toContain('Q/ABC 003—2024');
    expect(texts).toEqual(expect.arrayContaining(['1 范围', '3.1 理化性能', 'GB 22793.1 家具 儿童高椅 第1部分：安全要求', '4 检验规则']));
    expect(texts).toContain('理化性能应符合表1的规定，pH 值按GB/T 7573测定。');
  });

  it('keeps a table with a flush-left first column under a centred header as one table across the page break', async () => {
    const doc = await readPdf(fixture('chromium-spaced.pdf'));
    const tables = tablesOf(doc);
    expect(tables).toHaveLength(1);
    const rows = tables[0]!.rows;
    expect(rows[0]).toEqual(['项目', '指标', '试验方法']);
    expect(rows).toHaveLength(46); // the header repeated on page 2 is dropped
    expect(rows[45]).toEqual(['指标45', '≤45.0', 'GB/T 1045']);
    expect(new Set(tables[0]!.rowPos!.map((p) => p.page))).toEqual(new Set([1, 2]));
  });
});

describe('groupTables on Chromium layouts', () => {
  it('joins a short cell set half a line below the first line of a taller cell, and the half line after it', () => {
    const blocks = groupTables([
      pdfLine(1, 100, [['项目', 100, 120], ['要求', 200, 220], ['检验方法', 330, 370]]),
      pdfLine(1, 118, [['色泽', 100, 120], ['红褐色', 200, 230], ['取适量试样置于', 300, 400]]),
      pdfLine(1, 126, [['其气味', 330, 360]]),
      pdfLine(1, 144, [['滋味、气', 95, 135]]),
      pdfLine(1, 151, [['香辣适口', 200, 240]]),
      pdfLine(1, 158, [['味', 110, 120]]),
      pdfLine(1, 176, [['状态', 100, 120], ['半固态', 200, 230]]),
    ]);
    expect(blocks).toHaveLength(1);
    const table = blocks[0] as Extract<(typeof blocks)[number], { kind: 'table' }>;
    expect(table.rows.map((r) => r.cells)).toEqual([
      ['项目', '要求', '检验方法'], ['色泽', '红褐色', '取适量试样置于其气味'], ['滋味、气味', '香辣适口', ''], ['状态', '半固态', ''],
    ]);
  });

  it('opens a row at the first line of a tall cell in a later column, and goes on after that cell\'s wrapped end', () => {
    const blocks = groupTables([
      pdfLine(1, 100, [['项目', 100, 120], ['要求', 200, 220], ['检验方法', 330, 370]]),
      pdfLine(1, 118, [['取适量试样置于', 300, 400]]),
      pdfLine(1, 133, [['色泽', 100, 120], ['红褐色', 200, 230], ['在自然光下观察', 300, 400]]),
      pdfLine(1, 148, [['嗅其气味', 330, 370]]),
      pdfLine(1, 166, [['滋味、', 100, 130]]),
      pdfLine(1, 173, [['香辣适口', 200, 240]]),
      pdfLine(1, 181, [['气味', 100, 120]]),
      pdfLine(1, 205, [['检验结果全部符合本文件规定时判为合格品。', 100, 480]]),
    ]);
    const table = blocks[0] as Extract<(typeof blocks)[number], { kind: 'table' }>;
    expect(table.rows.map((r) => r.cells)).toEqual([
      ['项目', '要求', '检验方法'], ['色泽', '红褐色', '取适量试样置于在自然光下观察嗅其气味'], ['滋味、气味', '香辣适口', ''],
    ]);
    expect(blocks.slice(1).map((b) => b.kind)).toEqual(['line']);
  });

  it('cuts a line that spans columns at its narrow gaps when each piece stands over a column', () => {
    const chunked = (y: number, pieces: [string, number, number][]): PdfLine => {
      const line = pdfLine(1, y, [[pieces.map((p) => p[0]).join(' '), pieces[0]![1], pieces[pieces.length - 1]![2]]]);
      line.segments[0]!.chunks = pieces.map(([text, x0, x1]) => ({ text, x0, x1 }));
      return line;
    };
    const table = groupTables([
      pdfLine(1, 100, [['项目', 100, 120], ['一级', 200, 220], ['二级', 300, 320], ['三级', 400, 420]]),
      chunked(118, [['色泽', 100, 120], ['黄色', 200, 220], ['橙黄色', 300, 330], ['棕红色', 400, 430]]),
    ]);
    expect((table[0] as Extract<(typeof table)[number], { kind: 'table' }>).rows.map((r) => r.cells)).toEqual([
      ['项目', '一级', '二级', '三级'], ['色泽', '黄色', '橙黄色', '棕红色'],
    ]);
    // Under a two-part line ("前　　言"), prose with full-width spaces stays prose.
    const prose = groupTables([
      pdfLine(1, 100, [['前', 250, 260], ['言', 290, 300]]),
      chunked(130, [['本文件按照GB/T 1.1—2020《标准化工作导则', 100, 280], ['第1部分：…》的规定起草。', 292, 480]]),
    ]);
    expect(prose.map((b) => b.kind)).toEqual(['line', 'line']);
  });

  it('takes the parts of a header row set half a line higher into the first row, and drops it repeated on the next page', () => {
    const chunked = (page: number, y: number, pieces: [string, number, number][]): PdfLine => {
      const line = pdfLine(page, y, [[pieces.map((p) => p[0]).join(' '), pieces[0]![1], pieces[pieces.length - 1]![2]]]);
      line.segments[0]!.chunks = pieces.map(([text, x0, x1]) => ({ text, x0, x1 }));
      return line;
    };
    // "项目" centred beside header cells that wrap: "A类（婴幼儿用 / 品）" over each class column.
    const header = (page: number, y: number) => [
      chunked(page, y, [['A类（婴幼儿用', 226, 296], ['B类（直接接触皮', 312, 386], ['C类（非直接接触', 402, 485]]),
      pdfLine(page, y + 7.5, [['项目', 157, 179]]),
      pdfLine(page, y + 15, [['品）', 251, 272], ['肤）', 338, 359], ['皮肤）', 427, 459]]),
    ];
    const blocks = groupTables([
      pdfLine(1, 80, [['表1 安全性能', 264, 345]]),
      ...header(1, 104),
      pdfLine(1, 137, [['甲醛含量/(mg/kg) ≤', 119, 215], ['20', 256, 267], ['75', 342, 354], ['300', 434, 452]]),
      ...header(2, 60),
      pdfLine(2, 93, [['异味', 119, 140], ['无', 256, 267], ['无', 342, 354], ['无', 434, 452]]),
    ]);
    expect(blocks.map((b) => b.kind)).toEqual(['line', 'table']);
    const table = blocks[1] as Extract<(typeof blocks)[number], { kind: 'table' }>;
    expect(table.rows.map((r) => r.cells)).toEqual([
      ['项目', 'A类（婴幼儿用品）', 'B类（直接接触皮肤）', 'C类（非直接接触皮肤）'],
      ['甲醛含量/(mg/kg) ≤', '20', '75', '300'],
      ['异味', '无', '无', '无'],
    ]);
  });

  it('leaves a caption line with the unit note beside it out of the table', () => {
    const blocks = groupTables([
      pdfLine(1, 100, [['表2 挥发性有机化合物释放限量', 150, 300], ['单位为毫克每立方米', 400, 490]]),
      pdfLine(1, 118, [['项目', 100, 120], ['限量值', 300, 330]]),
      pdfLine(1, 132, [['甲醛', 100, 120], ['≤0.08', 300, 325]]),
    ]);
    expect(blocks.map((b) => b.kind)).toEqual(['line', 'table']);
  });

  it('maps a flush-left first column under a centred header, but not text that reaches the second column', () => {
    const blocks = groupTables([
      pdfLine(1, 100, [['项目', 140, 160], ['限量值', 300, 330]]),
      pdfLine(1, 118, [['可迁移元素/(mg/kg)', 100, 190]]),
      pdfLine(1, 132, [['锑', 100, 110], ['≤60', 305, 325]]),
      pdfLine(1, 146, [['砷', 100, 110], ['≤25', 305, 325]]),
      pdfLine(1, 164, [['检验结果全部符合本文件规定时判为合格品。', 100, 480]]),
    ]);
    const table = blocks[0] as Extract<(typeof blocks)[number], { kind: 'table' }>;
    expect(table.rows.map((r) => r.cells)).toEqual([['项目', '限量值'], ['可迁移元素/(mg/kg)', ''], ['锑', '≤60'], ['砷', '≤25']]);
    expect(blocks.slice(1).map((b) => b.kind)).toEqual(['line']);
  });
});

describe('splitRunning with a header low in the margin', () => {
  const line = (y: number, text: string, segments = 1): PdfLine => ({
    page: 0, y, size: 9, x0: 100, x1: 300, text,
    segments: Array.from({ length: segments }, (_, i) => ({ text: text.split(' | ')[i] ?? text, x0: 100 + 100 * i, x1: 180 + 100 * i })),
  });
  const page = (n: number, lines: PdfLine[]): PageLines => ({ page: n, width: 595, height: 842, lines: lines.map((l) => ({ ...l, page: n })) });

  it('removes one text repeated 9–11 % down every page, not a table header row repeated there', () => {
    const pages = [1, 2, 3].map((n) => page(n, [line(79, 'Q/ABC 003—2024'), line(90, '项目 | 指标', 2), line(400, `正文${n}`), line(790, '3')]));
    const split = splitRunning(pages);
    expect(split.headers).toEqual(['Q/ABC 003—2024']);
    expect(split.body.map((b) => b.map((l) => l.text))).toEqual([1, 2, 3].map((n) => ['项目 | 指标', `正文${n}`]));
  });

  it('leaves a lone number 9–11 % down a page: only the outer 8 % holds bare page numbers', () => {
    const split = splitRunning([page(1, [line(85, '12'), line(400, '正文')])]);
    expect(split.body[0]!.map((l) => l.text)).toEqual(['12', '正文']);
  });
});

describe('splitAlignedColumns', () => {
  // One segment whose narrow-gap pieces are given: what buildLines makes of a row whose cells stand ~1 em apart.
  const glued = (y: number, pieces: [string, number, number][], page = 1): PdfLine => {
    const chunks: Segment[] = pieces.map(([text, x0, x1]) => ({ text, x0, x1 }));
    const text = pieces.map((p) => p[0]).join(' ');
    const segment: Segment = { text, x0: chunks[0]!.x0, x1: chunks[chunks.length - 1]!.x1, chunks };
    return { page, y, size: 10, x0: segment.x0, x1: segment.x1, segments: [segment], text };
  };
  const cellTexts = (lines: PdfLine[]) => lines.map((l) => l.segments.map((s) => s.text));

  it('cuts consecutive lines whose pieces line up into cells, with the header line above', () => {
    const lines = splitAlignedColumns([
      glued(100, [['n', 200, 206], ['c', 240, 246], ['m', 280, 290], ['M', 320, 330]]),
      glued(114, [['菌落总数/(CFU/g)', 100, 190], ['5', 200, 206], ['2', 240, 246], ['10⁴', 280, 292], ['10⁵', 320, 332]]),
      glued(128, [['大肠菌群/(CFU/g)', 100, 190], ['5', 200, 206], ['2', 240, 246], ['10', 280, 292], ['10²', 320, 332]]),
    ]);
    expect(cellTexts(lines)).toEqual([['n', 'c', 'm', 'M'], ['菌落总数/(CFU/g)', '5', '2', '10⁴', '10⁵'], ['大肠菌群/(CFU/g)', '5', '2', '10', '10²']]);
  });

  it('keeps a comparator with the name before it, and leaves lone lines, misaligned lines and reference lists alone', () => {
    const rows = splitAlignedColumns([
      glued(100, [['耐水色牢度/级', 100, 170], ['≥', 180, 186], ['4', 220, 226], ['3', 260, 266]]),
      glued(114, [['耐汗渍色牢度/级', 100, 180], ['≥', 182, 188], ['3-4', 218, 230], ['3', 260, 266]]),
    ]);
    expect(cellTexts(rows)).toEqual([['耐水色牢度/级 ≥', '4', '3'], ['耐汗渍色牢度/级 ≥', '3-4', '3']]);
    const prose = [
      glued(100, [['本文件规定了', 100, 160], ['产品的要求', 175, 225], ['和试验方法', 240, 290]]),
      glued(114, [['适用于以', 100, 140], ['棉纱为原料', 150, 200], ['织造的毛巾', 300, 350]]),
    ];
    expect(splitAlignedColumns(prose)).toEqual(prose);
    const references = [
      glued(100, [['GB 22793.1', 100, 150], ['家具', 162, 182], ['儿童高椅', 194, 234], ['第1部分：安全要求', 246, 336]]),
      glued(114, [['GB 22793.2', 100, 150], ['家具', 162, 182], ['儿童高椅', 194, 234], ['第2部分：试验方法', 246, 336]]),
    ];
    expect(splitAlignedColumns(references)).toEqual(references);
    const lone = [glued(100, [['元素', 100, 120], ['锑', 160, 170], ['砷', 200, 210]])];
    expect(splitAlignedColumns(lone)).toEqual(lone);
  });
});

describe('buildLines keeps the narrow-gap pieces of a segment', () => {
  it('records pieces at gaps between 0.8 and 1.5 em, not at word spaces', () => {
    const pieces: TextPiece[] = [
      { str: '限量值', x: 100, y: 100, width: 30, size: 10 },
      { str: '60', x: 142, y: 100, width: 10, size: 10 }, // 1.2 em gap
      { str: '25', x: 164, y: 100, width: 10, size: 10 },
      { str: 'mg/kg', x: 176, y: 100, width: 25, size: 10 }, // 0.2 em: a word space
    ];
    const [line] = buildLines(pieces, 1);
    expect(line!.segments).toHaveLength(1);
    expect(line!.segments[0]!.chunks!.map((c) => c.text)).toEqual(['限量值', '60', '25 mg/kg']);
    expect(line!.text).toBe('限量值 60 25 mg/kg');
  });
});

describe('buildLines on letter-spaced runs', () => {
  const one = (str: string) => buildLines([{ str, x: 100, y: 100, width: 400, size: 12 }], 1)[0]!.text;

  it('closes a line stretched before an unbreakable number and unit, keeping the number–unit space', () => {
    expect(one('杯 体 内 表 面 铅 迁 移 量 应 不 大 于 0 . 0 5 m g / d m ²')).toBe('杯体内表面铅迁移量应不大于0.05 mg/dm²');
    expect(one('产 品 在 运 输')).toBe('产品在运输');
  });

  it('leaves short spaced runs with digits as written', () => {
    expect(one('第 1 页 共 2 页')).toBe('第 1 页 共 2 页');
    expect(one('A 类 B 类')).toBe('A 类 B 类');
  });
});
