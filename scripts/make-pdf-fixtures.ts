// Builds the PDF reader fixtures in test/fixtures/pdf/ (committed, so tests never need LibreOffice):
//   standard.pdf   a small enterprise standard exported by LibreOffice: cover, 目次 with dot leaders, 前言,
//                  auto-numbered clauses, a three-line table (项目|指标|试验方法) across a page break,
//                  running header "Q/ABC 001—2023" from page 2, roman then arabic page numbers in the footer
//   long.pdf       the same standard padded to ~15 pages (header/footer removal over many pages, timing)
//   encrypted.pdf  cmap-kangxi.pdf with a user password (qpdf); owner-password.pdf: only an owner password
//   no-text.pdf    two image-only pages, written by hand (a scan without OCR)
//   cmap-kangxi.pdf  hand-written: predefined CJK CMap without ToUnicode, and a ToUnicode map giving Kangxi radicals
//   truncated.pdf  the first 60 % of standard.pdf
//   bad-xref.pdf   standard.pdf whose startxref points at the wrong offset (recoverable damage)
//   not-a-pdf-body.pdf  a PDF header followed by junk
//   multi-header.pdf  two ruled tables with two-row headers (merged cells): "项目 | 指标 (over B类 | C类) | 试验方法"
//                  top-aligned as LibreOffice leaves it, and an A类 | B类 | C类 table with the merged cells centred
//                  vertically (Word-like) whose two header rows repeat on the next page
// Needs: soffice (libreoffice-writer-nogui), fonts-wqy-microhei, qpdf.
// Run: npx tsx scripts/make-pdf-fixtures.ts [standard|long|multi-header …]  (no names: every fixture)
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  AlignmentType, BorderStyle, Document, Footer, Header, LeaderType, LevelFormat, NumberFormat, Packer, PageNumber,
  Paragraph, Table, TableCell, TableRow, TabStopType, TextRun, VerticalAlignTable, VerticalMergeType, WidthType,
} from 'docx';

const outDir = path.resolve('test/fixtures/pdf');
const FONT = 'WenQuanYi Micro Hei';
const STD_NO = 'Q/ABC 001—2023';

const para = (text: string, opts: { align?: (typeof AlignmentType)[keyof typeof AlignmentType]; size?: number; bold?: boolean } = {}) =>
  new Paragraph({
    alignment: opts.align ?? AlignmentType.JUSTIFIED,
    spacing: { after: 60 },
    children: [new TextRun({ text, size: opts.size, bold: opts.bold })],
  });

const clause = (level: number, text: string) =>
  new Paragraph({ numbering: { reference: 'clauses', level }, spacing: { before: 120, after: 60 }, children: [new TextRun(text)] });

const tocLine = (label: string, page: string) =>
  new Paragraph({
    tabStops: [{ type: TabStopType.RIGHT, position: 9000, leader: LeaderType.DOT }],
    children: [new TextRun(`${label}\t${page}`)],
  });

// 三线表: thick top and bottom rules, a thin rule under the header row, no vertical rules.
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const RULE = (size: number) => ({ style: BorderStyle.SINGLE, size, color: '000000' });

function threeLineTable(header: string[], rows: string[][]): Table {
  const widths = [45, 25, 30];
  const cell = (text: string, col: number, isHeader: boolean) =>
    new TableCell({
      width: { size: widths[col]!, type: WidthType.PERCENTAGE },
      borders: { top: NONE, left: NONE, right: NONE, bottom: isHeader ? RULE(6) : NONE },
      children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text, size: 18 })] })],
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: { top: RULE(12), bottom: RULE(12), left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE },
    rows: [
      new TableRow({ tableHeader: true, children: header.map((t, i) => cell(t, i, true)) }),
      ...rows.map((r) => new TableRow({ children: r.map((t, i) => cell(t, i, false)) })),
    ],
  });
}

const TABLE_ROWS: string[][] = [
  ['在容器中状态', '无硬块，搅拌后呈均匀状态', '6.3'],
  ['施工性', '刷涂二道无障碍', '6.4'],
  ['低温稳定性（3次循环）', '不变质', '6.5'],
  ['涂膜外观', '正常', '6.6'],
  ['干燥时间（表干）/h', '≤2', 'GB/T 1728—2020'],
  ['耐碱性（24 h）', '无异常', 'GB/T 9265—2009'],
  ['耐洗刷性/次', '≥1 000', 'GB/T 9266—2009'],
  ['pH值', '7.0～9.5', 'GB/T 9724—2007'],
  ['对比率（白色和浅色）', '≥0.90', 'GB/T 23981.1—2019'],
  ['挥发性有机化合物（VOC）含量（以不含水和颜填料的涂料计）/(g/L)', '≤80', 'GB/T 23986—2009'],
  ['游离甲醛含量/(mg/kg)', '≤50', 'GB/T 23993—2009'],
  ['苯、甲苯、乙苯和二甲苯总和/(mg/kg)', '≤100', 'GB/T 23990—2009'],
  ['可溶性铅/(mg/kg)', '≤90', 'GB/T 23991—2009'],
  ['可溶性镉/(mg/kg)', '≤75', 'GB/T 23991—2009'],
  ['可溶性铬/(mg/kg)', '≤60', 'GB/T 23991—2009'],
  ['可溶性汞/(mg/kg)', '≤60', 'GB/T 23991—2009'],
];

// Filler that wraps over several lines, so the table starts low on its page and crosses the page break.
const FILLER = '产品的各项性能应在规定的试验条件下进行测定，试验用样板的制备、养护时间和环境温度湿度应符合相应试验方法标准的规定，' +
  '当检验结果有争议时，以标准规定的仲裁方法的结果为准。';

function body(extraChapters: number): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [
    para('水性内墙涂料', { align: AlignmentType.CENTER, size: 32, bold: true }),
    clause(0, '范围'),
    para('本文件规定了水性内墙涂料的要求、试验方法、检验规则以及标志、包装、运输和贮存。'),
    para('本文件适用于以合成树脂乳液为基料，与颜料、体质颜料及各种助剂配制而成的室内用涂料。'),
    clause(0, '规范性引用文件'),
    para('下列文件中的内容通过文中的规范性引用而构成本文件必不可少的条款。其中，注日期的引用文件，仅该日期对应的版本适用于本文件；' +
      '不注日期的引用文件，其最新版本（包括所有的修改单）适用于本文件。'),
    para('GB/T 1728—2020　漆膜、腻子膜干燥时间测定法', { align: AlignmentType.LEFT }),
    para('GB/T 9265—2009　建筑涂料　涂层耐碱性的测定', { align: AlignmentType.LEFT }),
    para('GB 18582—2020　建筑用墙面涂料中有害物质限量', { align: AlignmentType.LEFT }),
    clause(0, '术语和定义'),
    para('本文件没有需要界定的术语和定义。'),
    clause(0, '要求'),
    clause(1, '一般要求'),
    para(FILLER),
    para(FILLER),
    clause(1, '技术指标'),
    para('产品应符合表1的规定。'),
    ...Array.from({ length: 8 }, () => para(FILLER)),
    para('表1　技术要求', { align: AlignmentType.CENTER, bold: true }),
    threeLineTable(['项目', '指标', '试验方法'], TABLE_ROWS),
    clause(0, '试验方法'),
    clause(1, '取样'),
    para('产品按GB/T 3186的规定取样，试验温度为（23±2）℃。'),
    clause(1, '试验条件'),
    clause(2, '试验环境温度为（23±2）℃，相对湿度为（50±5）%。'),
    clause(2, '样板的养护时间为7 d。'),
    clause(0, '检验规则'),
    para('出厂检验项目为在容器中状态、施工性、涂膜外观和干燥时间。'),
  ];
  for (let i = 0; i < extraChapters; i++) {
    out.push(clause(1, `附加试验项目${i + 1}`));
    for (let k = 0; k < 6; k++) out.push(para(FILLER));
  }
  out.push(clause(0, '标志、包装、运输和贮存'));
  out.push(para('产品的标志按GB/T 9750的规定进行，贮存温度为5 ℃～35 ℃。'));
  return out;
}

function standardDocx(extraChapters: number): Document {
  const runningHeader = new Header({ children: [para(STD_NO, { align: AlignmentType.RIGHT, size: 21 })] });
  const pageFooter = new Footer({
    children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT] })] })],
  });
  const margins = { top: 1418, bottom: 1134, left: 1134, right: 1134, header: 567, footer: 567 };
  return new Document({
    styles: { default: { document: { run: { font: FONT, size: 21 } } } },
    numbering: {
      config: [{
        reference: 'clauses',
        levels: [
          { level: 0, format: LevelFormat.DECIMAL, text: '%1', alignment: AlignmentType.LEFT },
          { level: 1, format: LevelFormat.DECIMAL, text: '%1.%2', alignment: AlignmentType.LEFT },
          { level: 2, format: LevelFormat.DECIMAL, text: '%1.%2.%3', alignment: AlignmentType.LEFT },
        ],
      }],
    },
    sections: [
      {
        properties: { page: { margin: margins } },
        children: [
          new Paragraph({ children: [new TextRun('ICS 87.040')] }),
          new Paragraph({ children: [new TextRun('CCS G 51')] }),
          para('Q/ABC', { align: AlignmentType.RIGHT, size: 48, bold: true }),
          para('某某涂料有限公司企业标准', { align: AlignmentType.CENTER, size: 40, bold: true }),
          para(STD_NO, { align: AlignmentType.RIGHT, size: 24 }),
          para('代替 Q/ABC 001—2020', { align: AlignmentType.RIGHT }),
          para(''), para(''), para(''),
          para('水性内墙涂料', { align: AlignmentType.CENTER, size: 44, bold: true }),
          para('Water-based interior wall coatings', { align: AlignmentType.CENTER, size: 24 }),
          para(''), para(''), para(''), para(''),
          new Paragraph({
            tabStops: [{ type: TabStopType.RIGHT, position: 9600 }],
            children: [new TextRun('2023-01-10 发布\t2023-02-01 实施')],
          }),
          para('某某涂料有限公司　发布', { align: AlignmentType.CENTER, size: 28 }),
        ],
      },
      {
        properties: { page: { margin: margins, pageNumbers: { start: 1, formatType: NumberFormat.UPPER_ROMAN } } },
        headers: { default: runningHeader },
        footers: { default: pageFooter },
        children: [
          para('目　　次', { align: AlignmentType.CENTER, size: 32 }),
          tocLine('前言', 'II'),
          tocLine('1　范围', '1'),
          tocLine('2　规范性引用文件', '1'),
          tocLine('3　术语和定义', '1'),
          tocLine('4　要求', '1'),
          tocLine('5　试验方法', '2'),
          tocLine('6　检验规则', '3'),
          tocLine('7　标志、包装、运输和贮存', '3'),
          new Paragraph({ pageBreakBefore: true, alignment: AlignmentType.CENTER, children: [new TextRun({ text: '前　　言', size: 32 })] }),
          para('本文件按照GB/T 1.1—2020《标准化工作导则　第1部分：标准化文件的结构和起草规则》的规定起草。'),
          para('本文件代替Q/ABC 001—2020《水性内墙涂料》，与Q/ABC 001—2020相比，除结构调整和编辑性改动外，主要技术变化如下：'),
          para('——更改了VOC含量的指标（见表1，2020年版的表1）；', { align: AlignmentType.LEFT }),
          para('请注意本文件的某些内容可能涉及专利。本文件的发布机构不承担识别专利的责任。'),
          para('本文件起草单位：某某涂料有限公司。'),
          para('本文件主要起草人：张三、李四。'),
        ],
      },
      {
        properties: { page: { margin: margins, pageNumbers: { start: 1, formatType: NumberFormat.DECIMAL } } },
        headers: { default: runningHeader },
        footers: { default: pageFooter },
        children: body(extraChapters),
      },
    ],
  });
}

interface GroupHeaderTable {
  /** First header row: text and column span; a one-column cell is merged down over the second header row. */
  groups: [string, number][];
  /** Second header row, one entry per column ('' under a vertically merged cell). */
  header: string[];
  rows: string[][];
  widths: number[];
  /** Centre the merged cells vertically (Word's usual choice); LibreOffice's default is top. */
  centred: boolean;
}

/** A ruled table with a two-row header: horizontal spans over class columns, vertical merges beside them. */
function groupHeaderTable(t: GroupHeaderTable): Table {
  const border = RULE(4);
  const vAlign = t.centred ? { verticalAlign: VerticalAlignTable.CENTER } : {};
  const cell = (text: string, width: number, merge: { columnSpan?: number; verticalMerge?: 'restart' | 'continue' } = {}) =>
    new TableCell({
      ...merge,
      ...vAlign,
      width: { size: width, type: WidthType.PERCENTAGE },
      children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text, size: 18 })] })],
    });
  let col = 0;
  const groupCells = t.groups.map(([text, span]) => {
    const width = t.widths.slice(col, col + span).reduce((a, b) => a + b, 0);
    col += span;
    return cell(text, width, span > 1 ? { columnSpan: span } : { verticalMerge: VerticalMergeType.RESTART });
  });
  const subCells = t.header.map((text, i) =>
    text === '' ? cell('', t.widths[i]!, { verticalMerge: VerticalMergeType.CONTINUE }) : cell(text, t.widths[i]!));
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
    rows: [
      new TableRow({ tableHeader: true, children: groupCells }),
      new TableRow({ tableHeader: true, children: subCells }),
      ...t.rows.map((r) => new TableRow({ children: r.map((text, i) => cell(text, t.widths[i]!)) })),
    ],
  });
}

const TWO_CLASS_ROWS: string[][] = [
  ['甲醛含量/(mg/kg)　≤', '75', '300', '5.1'],
  ['pH值', '4.0～8.5', '4.0～9.0', '5.2'],
  ['耐水色牢度（变色、沾色）/级　≥', '3', '3', '5.3'],
  ['异味', '无', '无', '5.4'],
];

const THREE_CLASS_ROWS: string[][] = [
  ['甲醛含量/(mg/kg)　≤', '20', '75', '300', 'GB/T 2912.1'],
  ['pH值', '4.0～7.5', '4.0～8.5', '4.0～9.0', 'GB/T 7573'],
  ['耐水色牢度（变色、沾色）/级　≥', '3-4', '3', '3', 'GB/T 5713'],
  ['耐酸汗渍色牢度（变色、沾色）/级　≥', '3-4', '3', '3', 'GB/T 3922'],
  ['耐碱汗渍色牢度（变色、沾色）/级　≥', '3-4', '3', '3', 'GB/T 3922'],
  ['耐干摩擦色牢度/级　≥', '4', '3', '—', 'GB/T 3920'],
  ['耐唾液色牢度（变色、沾色）/级　≥', '4', '—', '—', 'GB/T 18886'],
  ['异味', '无', '无', '无', 'GB 18401'],
  ['可分解致癌芳香胺染料', '禁用', '禁用', '禁用', 'GB/T 17592'],
];

/** Two tables with two-row headers; filler puts the second across the page break. */
function multiHeaderDocx(): Document {
  const margins = { top: 1418, bottom: 1134, left: 1134, right: 1134, header: 567, footer: 567 };
  return new Document({
    styles: { default: { document: { run: { font: FONT, size: 21 } } } },
    sections: [{
      properties: { page: { margin: margins } },
      children: [
        para('4.1 产品按安全技术类别分为B类和C类，安全性能应符合表1的规定。'),
        para('表1　安全性能要求', { align: AlignmentType.CENTER, bold: true }),
        groupHeaderTable({
          groups: [['项目', 1], ['指标', 2], ['试验方法', 1]], header: ['', 'B类', 'C类', ''],
          rows: TWO_CLASS_ROWS, widths: [45, 17, 17, 21], centred: false,
        }),
        para('4.2 婴幼儿用品为A类，各类产品的安全性能应符合表2的规定。'),
        ...Array.from({ length: 18 }, () => para(FILLER)),
        para('表2　基本安全技术要求', { align: AlignmentType.CENTER, bold: true }),
        groupHeaderTable({
          groups: [['项目', 1], ['指标', 3], ['检验方法', 1]], header: ['', 'A类', 'B类', 'C类', ''],
          rows: THREE_CLASS_ROWS, widths: [40, 13, 13, 13, 21], centred: true,
        }),
        para('5 试验方法'),
      ],
    }],
  });
}

function soffice(docxPath: string, workDir: string): string {
  const profile = `file://${path.join(workDir, 'lo-profile')}`;
  execFileSync('soffice', ['--headless', `-env:UserInstallation=${profile}`, '--convert-to', 'pdf', '--outdir', workDir, docxPath],
    { stdio: 'pipe', timeout: 120_000 });
  return docxPath.replace(/\.docx$/, '.pdf');
}

/** Serialises numbered objects (index = object number) into a PDF with a correct xref table. */
function writePdf(objs: string[], rootId = 1): Uint8Array {
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  for (let id = 1; id < objs.length; id++) {
    offsets[id] = out.length;
    out += `${id} 0 obj\n${objs[id]}\nendobj\n`;
  }
  const xrefAt = out.length;
  out += `xref\n0 ${objs.length}\n0000000000 65535 f \n`;
  for (let id = 1; id < objs.length; id++) out += `${String(offsets[id]).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objs.length} /Root ${rootId} 0 R >>\nstartxref\n${xrefAt}\n%%EOF\n`;
  return new TextEncoder().encode(out); // all ASCII, so string offsets are byte offsets
}

const stream = (content: string, dict = '') => `<< ${dict} /Length ${content.length} >>\nstream\n${content}\nendstream`;

/** A minimal PDF whose pages only paint an image: what a scanner without OCR produces. */
function imageOnlyPdf(pageCount: number): Uint8Array {
  const objs: string[] = [];
  const pageIds = Array.from({ length: pageCount }, (_, i) => 4 + i * 2);
  objs[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  objs[2] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pageCount} >>`;
  objs[3] = stream(`${'00ff00ff'.repeat(8)}>`, '/Type /XObject /Subtype /Image /Width 8 /Height 4 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /ASCIIHexDecode');
  for (const id of pageIds) {
    objs[id] = `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 3 0 R >> >> /Contents ${id + 1} 0 R >>`;
    objs[id + 1] = stream('q 595 0 0 842 0 0 cm /Im1 Do Q');
  }
  return writePdf(objs);
}

const UCS2_LINE = '水性内墙涂料 Q/ABC 001—2023 pH值 4.0～8.5 甲醛≤50';
// Byte → Unicode as a Chromium Type 3 font's ToUnicode map has it: Kangxi WATER radical, HORIZONTAL BAR, WAVE DASH.
const KANGXI_CODES: Record<string, string> = { A: '2F54', B: '2015', C: '301C', D: '6027' };
const KANGXI_LINE = 'AD 001B2023 4.0C8.5';

/**
 * Two lines of text the way some producers write them: (1) a non-embedded STSong-Light with the predefined CMap
 * UniGB-UCS2-H and no ToUnicode — readable only with pdf.js's packed CMaps (cMapUrl); (2) a font whose ToUnicode
 * map yields Kangxi radicals, U+2015 and U+301C instead of 水, — and ～; plus a diagonal watermark.
 */
function cmapAndKangxiPdf(): Uint8Array {
  const hex = [...UCS2_LINE].map((ch) => ch.codePointAt(0)!.toString(16).padStart(4, '0')).join('');
  const toUnicode = [
    '/CIDInit /ProcSet findresource begin 12 dict begin begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def /CMapName /Adobe-Identity-UCS def /CMapType 2 def',
    '1 begincodespacerange <00> <FF> endcodespacerange',
    `${Object.keys(KANGXI_CODES).length + 1} beginbfchar <20> <0020> <2E> <002E> ${Object.entries(KANGXI_CODES).map(([c, u]) => `<${c.charCodeAt(0).toString(16)}> <${u}>`).join(' ')} endbfchar`,
    '1 beginbfrange <30> <39> <0030> endbfrange',
    'endcmap CMapName currentdict /CMap defineresource pop end end',
  ].join('\n');
  const objs: string[] = [];
  objs[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  objs[2] = '<< /Type /Pages /Kids [3 0 R] /Count 1 >>';
  objs[3] = '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R /F2 8 0 R /F3 10 0 R >> >> /Contents 4 0 R >>';
  objs[4] = stream(`BT /F1 12 Tf 72 700 Td <${hex}> Tj ET\nBT /F2 12 Tf 72 670 Td (${KANGXI_LINE}) Tj ET\n` +
    'BT /F3 48 Tf 0.7071 0.7071 -0.7071 0.7071 150 250 Tm (WATERMARK DRAFT) Tj ET'); // diagonal watermark
  objs[5] = '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [6 0 R] >>';
  objs[6] = '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light ' +
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor 7 0 R /DW 1000 >>';
  objs[7] = '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [0 -200 1000 900] /ItalicAngle 0 ' +
    '/Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>';
  objs[8] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 9 0 R >>';
  objs[9] = stream(toUnicode);
  objs[10] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>';
  return writePdf(objs);
}

async function exportPdf(name: string, doc: Document, work: string): Promise<void> {
  const docxPath = path.join(work, `${name}.docx`);
  writeFileSync(docxPath, await Packer.toBuffer(doc));
  writeFileSync(path.join(outDir, `${name}.pdf`), readFileSync(soffice(docxPath, work)));
}

/** Fixtures exported by LibreOffice, which can be rebuilt one at a time (the others derive from standard.pdf). */
const EXPORTED: Record<string, () => Document> = {
  standard: () => standardDocx(0),
  long: () => standardDocx(44),
  'multi-header': multiHeaderDocx,
};

async function main(only: string[]): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  const work = mkdtempSync(path.join(tmpdir(), 'lo-pdf-'));
  try {
    for (const [name, make] of Object.entries(EXPORTED)) {
      if (only.length === 0 || only.includes(name)) await exportPdf(name, make(), work);
    }
    if (only.length > 0) return;
    writeFileSync(path.join(outDir, 'no-text.pdf'), imageOnlyPdf(2));
    const small = path.join(outDir, 'cmap-kangxi.pdf');
    writeFileSync(small, cmapAndKangxiPdf());
    execFileSync('qpdf', ['--encrypt', 'user-pw', 'owner-pw', '256', '--', small, path.join(outDir, 'encrypted.pdf')]);
    // Only an owner password (restrictions, empty user password): opens without asking, so it must be read.
    execFileSync('qpdf', ['--encrypt', '', 'owner-pw', '256', '--', small, path.join(outDir, 'owner-password.pdf')]);
    const bytes = readFileSync(path.join(outDir, 'standard.pdf'));
    writeFileSync(path.join(outDir, 'truncated.pdf'), bytes.subarray(0, Math.floor(bytes.length * 0.6)));
    // startxref pointing into the middle of the file: pdf.js has to rebuild the cross-reference table.
    const badXref = bytes.toString('latin1').replace(/startxref\s+\d+/, 'startxref\n1000');
    writeFileSync(path.join(outDir, 'bad-xref.pdf'), Buffer.from(badXref, 'latin1'));
    writeFileSync(path.join(outDir, 'not-a-pdf-body.pdf'), '%PDF-1.7\n% this is not a PDF body\n1 0 obj <<< garbage\n');
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

await main(process.argv.slice(2));
