// .docx rendering that looks like the official standard template: cover page (code top right, number, title,
// dates, publisher), foreword and body in their own sections with a running header (the standard number) and a
// page-number footer. In 'auto' mode chapter/clause/annex numbers come ONLY from Word automatic numbering attached
// to the heading styles (标准文件_章标题 → 一级条标题 → 二级条标题, basedOn chain, numPr in styles.xml), as in the
// template; 'typed' mode writes the numbers into the heading text (how legacy .doc files are made).
import {
  AlignmentType, BorderStyle, Document, Footer, Header, LeaderType, LevelFormat, LevelSuffix, NumberFormat, Packer, PageNumber,
  Paragraph, Table, TableCell, TableRow, TabStopType, TextRun, VerticalMergeType, WidthType, type IStylesOptions,
} from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { annexLetter, tocEntries, type BodyItem, type ClauseSpec, type StandardSpec, type TableSpec } from './model.ts';

export type NumberingMode = 'auto' | 'typed';

const FONT_BODY = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '宋体' };
const FONT_HEAD = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '黑体' };
const CLAUSE_STYLE = ['StdChapter', 'StdClause1', 'StdClause2', 'StdClause3'];
const ANNEX_CLAUSE_STYLE = ['StdAnnex', 'StdAnnexClause1', 'StdAnnexClause2'];
const LINE = { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 };

const styles: IStylesOptions = {
  default: { document: { run: { font: FONT_BODY, size: 21 } } },
  paragraphStyles: [
    { id: 'StdPara', name: '标准文件_段', basedOn: 'Normal', quickFormat: true,
      paragraph: { indent: { firstLine: 420 }, alignment: AlignmentType.JUSTIFIED, spacing: { line: 312 } } },
    { id: 'StdChapter', name: '标准文件_章标题', basedOn: 'Normal', next: 'StdPara', quickFormat: true, run: { font: FONT_HEAD },
      paragraph: { numbering: { reference: 'std-clauses', level: 0 }, outlineLevel: 0, keepNext: true, spacing: { before: 312, after: 312 } } },
    { id: 'StdClause1', name: '标准文件_一级条标题', basedOn: 'StdChapter', next: 'StdPara', quickFormat: true,
      paragraph: { numbering: { reference: 'std-clauses', level: 1 }, outlineLevel: 1, spacing: { before: 156, after: 156 } } },
    { id: 'StdClause2', name: '标准文件_二级条标题', basedOn: 'StdClause1', next: 'StdPara', quickFormat: true,
      paragraph: { numbering: { reference: 'std-clauses', level: 2 }, outlineLevel: 2 } },
    { id: 'StdClause3', name: '标准文件_三级条标题', basedOn: 'StdClause2', next: 'StdPara', quickFormat: true,
      paragraph: { numbering: { reference: 'std-clauses', level: 3 }, outlineLevel: 3 } },
    { id: 'StdAnnex', name: '标准文件_附录标识', basedOn: 'Normal', next: 'StdPara', quickFormat: true, run: { font: FONT_HEAD, size: 21 },
      paragraph: { numbering: { reference: 'std-annex', level: 0 }, outlineLevel: 0, alignment: AlignmentType.CENTER, keepNext: true, spacing: { after: 312 } } },
    { id: 'StdAnnexClause1', name: '标准文件_附录一级条标题', basedOn: 'StdClause1', next: 'StdPara', quickFormat: true,
      paragraph: { numbering: { reference: 'std-annex', level: 1 }, outlineLevel: 1 } },
    { id: 'StdAnnexClause2', name: '标准文件_附录二级条标题', basedOn: 'StdAnnexClause1', next: 'StdPara', quickFormat: true,
      paragraph: { numbering: { reference: 'std-annex', level: 2 }, outlineLevel: 2 } },
    { id: 'StdTableTitle', name: '标准文件_表标题', basedOn: 'Normal', next: 'StdPara', run: { font: FONT_HEAD },
      paragraph: { alignment: AlignmentType.CENTER, keepNext: true, spacing: { before: 156, after: 156 } } },
    { id: 'StdTableText', name: '标准文件_表格', basedOn: 'Normal', run: { size: 18 }, paragraph: { alignment: AlignmentType.CENTER } },
    { id: 'StdFrontTitle', name: '标准文件_前言、引言标题', basedOn: 'Normal', next: 'StdPara', run: { font: FONT_HEAD, size: 32 },
      paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 624, after: 468 } } },
    { id: 'StdBodyTitle', name: '标准文件_正文标准名称', basedOn: 'Normal', next: 'StdChapter', run: { font: FONT_HEAD, size: 32 },
      paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 312, after: 624 } } },
    { id: 'StdTypedChapter', name: '标准文件_章标题（手工编号）', basedOn: 'Normal', next: 'StdPara', run: { font: FONT_HEAD },
      paragraph: { keepNext: true, spacing: { before: 312, after: 312 } } },
    { id: 'StdTypedClause', name: '标准文件_条标题（手工编号）', basedOn: 'StdTypedChapter', next: 'StdPara',
      paragraph: { spacing: { before: 156, after: 156 } } },
    { id: 'TOC1', name: 'toc 1', basedOn: 'Normal', next: 'Normal',
      paragraph: { spacing: { line: 360 } } },
  ],
};

// The template's headings start at the margin; the numbering levels must not indent them.
const NO_INDENT = { paragraph: { indent: { left: 0, hanging: 0 } } };

const numbering = {
  config: [
    { reference: 'std-clauses', levels: ['%1', '%1.%2', '%1.%2.%3', '%1.%2.%3.%4'].map((text, level) => ({
      level, text, format: LevelFormat.DECIMAL, start: 1, suffix: LevelSuffix.SPACE, alignment: AlignmentType.LEFT, style: NO_INDENT })) },
    { reference: 'std-annex', levels: [
      { level: 0, text: '附录%1', format: LevelFormat.UPPER_LETTER, start: 1, suffix: LevelSuffix.NOTHING, alignment: AlignmentType.CENTER },
      { level: 1, text: '%1.%2', format: LevelFormat.DECIMAL, start: 1, suffix: LevelSuffix.SPACE, alignment: AlignmentType.LEFT, style: NO_INDENT },
      { level: 2, text: '%1.%2.%3', format: LevelFormat.DECIMAL, start: 1, suffix: LevelSuffix.SPACE, alignment: AlignmentType.LEFT, style: NO_INDENT },
    ] },
  ],
};

function para(text: string): Paragraph {
  return new Paragraph({ style: 'StdPara', text });
}

function cell(text: string, header: boolean, width: number, merge: { columnSpan?: number; verticalMerge?: (typeof VerticalMergeType)[keyof typeof VerticalMergeType] } = {}): TableCell {
  return new TableCell({
    ...merge,
    width: { size: width, type: WidthType.DXA },
    children: [new Paragraph({ style: 'StdTableText', children: [new TextRun({ text, bold: header })] })],
  });
}

function table(t: TableSpec): (Paragraph | Table)[] {
  const total = 9000;
  const n = t.header.length;
  const first = n >= 3 ? Math.round(total * 0.45) : Math.round(total / n);
  const widths = t.header.map((_, i) => (i === 0 ? first : Math.round((total - first) / Math.max(1, n - 1))));
  if (n < 3) widths.fill(Math.round(total / n));
  const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
  return [
    new Paragraph({ style: 'StdTableTitle', text: t.caption }),
    new Table({
      width: { size: total, type: WidthType.DXA },
      columnWidths: widths,
      borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
      rows: [
        ...groupHeaderRow(t, widths),
        new TableRow({ tableHeader: true, children: t.header.flatMap((h, i) => {
          // Under a one-column group an empty header cell continues the group's vertical merge.
          const g = groupAt(t, i);
          if (g && g.span === 1 && h === '') return [cell('', true, widths[i]!, { verticalMerge: VerticalMergeType.CONTINUE })];
          return [cell(h, true, widths[i]!)];
        }) }),
        ...t.rows.map((r) => new TableRow({ children: r.map((v, i) => cell(v, false, widths[i]!)) })),
      ],
    }),
    new Paragraph({ style: 'StdPara', text: '' }),
  ];
}

/** The group (merged first header row) that covers column i, if the table has one. */
function groupAt(t: TableSpec, i: number): { text: string; span: number } | null {
  let col = 0;
  for (const g of t.groupHeader ?? []) {
    if (i < col + g.span) return g;
    col += g.span;
  }
  return null;
}

function groupHeaderRow(t: TableSpec, widths: number[]): TableRow[] {
  if (!t.groupHeader) return [];
  let col = 0;
  const cells = t.groupHeader.map((g) => {
    const width = widths.slice(col, col + g.span).reduce((a, b) => a + b, 0);
    const vertical = g.span === 1 && t.header[col] === '';
    col += g.span;
    return cell(g.text, true, width, g.span > 1 ? { columnSpan: g.span } : vertical ? { verticalMerge: VerticalMergeType.RESTART } : {});
  });
  return [new TableRow({ tableHeader: true, children: cells })];
}

function body(items: BodyItem[] = []): (Paragraph | Table)[] {
  return items.flatMap((b) => (typeof b === 'string' ? [para(b)] : table(b.table)));
}

function clauses(list: ClauseSpec[], parent: string | null, depth: number, mode: NumberingMode, styleByDepth: string[]): (Paragraph | Table)[] {
  return list.flatMap((c, i) => {
    const derived = parent === null ? String(i + 1) : `${parent}.${i + 1}`;
    if (mode === 'auto' && c.number !== undefined && c.number !== derived) {
      throw new Error(`clause "${c.title}": typed number ${c.number} cannot be produced by automatic numbering (derived ${derived})`);
    }
    const heading = mode === 'auto'
      ? new Paragraph({ style: styleByDepth[depth]!, text: c.title })
      : new Paragraph({ style: depth === 0 ? 'StdTypedChapter' : 'StdTypedClause', text: `${c.number ?? derived} ${c.title}`, outlineLevel: depth });
    return [heading, ...body(c.body), ...clauses(c.clauses ?? [], derived, depth + 1, mode, styleByDepth)];
  });
}

function annexes(spec: StandardSpec, mode: NumberingMode): (Paragraph | Table)[] {
  return (spec.annexes ?? []).flatMap((a, i) => {
    const letter = annexLetter(i);
    const heading = mode === 'auto'
      // As in the template: one paragraph, the number "附录A" from numbering, then label and title after line breaks.
      ? [new Paragraph({ style: 'StdAnnex', pageBreakBefore: true, children: [new TextRun({ text: a.label, break: 1 }), new TextRun({ text: a.title, break: 1 })] })]
      : [`附录${letter}`, a.label, a.title].map((text, k) => new Paragraph({
          style: 'StdTypedChapter', text, alignment: AlignmentType.CENTER, pageBreakBefore: k === 0, outlineLevel: k === 0 ? 0 : undefined }));
    return [...heading, ...body(a.body), ...clauses(a.clauses ?? [], letter, 1, mode, ANNEX_CLAUSE_STYLE)];
  });
}

function cover(spec: StandardSpec): Paragraph[] {
  const c = spec.cover;
  const line = (text: string, opts: { align?: (typeof AlignmentType)[keyof typeof AlignmentType]; size?: number; bold?: boolean; before?: number; after?: number; head?: boolean } = {}) =>
    new Paragraph({
      alignment: opts.align ?? AlignmentType.LEFT,
      spacing: { before: opts.before ?? 0, after: opts.after ?? 0 },
      children: [new TextRun({ text, size: opts.size ?? 21, bold: opts.bold, font: opts.head ? FONT_HEAD : FONT_BODY })],
    });
  const out: Paragraph[] = [];
  if (c.ics) out.push(line(`ICS ${c.ics}`, { head: true }));
  if (c.ccs) out.push(line(`CCS ${c.ccs}`, { head: true }));
  out.push(line(c.code, { align: AlignmentType.RIGHT, size: 52, bold: true, before: 240 }));
  out.push(new Paragraph({
    alignment: AlignmentType.CENTER, spacing: { before: 480, after: 120 }, border: { bottom: LINE },
    children: [new TextRun({ text: c.categoryLine, size: 44, font: FONT_HEAD })],
  }));
  out.push(line(c.number, { align: AlignmentType.RIGHT, size: 28, before: 120 }));
  if (c.replaces) out.push(line(c.replaces, { align: AlignmentType.RIGHT, size: 21 }));
  out.push(line(c.titleZh, { align: AlignmentType.CENTER, size: 52, head: true, before: 2400, after: 240 }));
  if (c.titleEn) out.push(line(c.titleEn, { align: AlignmentType.CENTER, size: 28, after: 240 }));
  const dates = [c.issued && `${c.issued} 发布`, c.effective && `${c.effective} 实施`].filter((d): d is string => Boolean(d));
  out.push(new Paragraph({
    spacing: { before: 4800, after: 120 }, border: { bottom: LINE },
    tabStops: [{ type: TabStopType.RIGHT, position: 9000 }],
    children: dates.map((d, i) => new TextRun({ text: i === 0 ? d : `\t${d}`, size: 28, font: FONT_HEAD })),
  }));
  out.push(new Paragraph({
    alignment: AlignmentType.CENTER, spacing: { before: 240 },
    children: [new TextRun({ text: c.publisher, size: 32, font: FONT_HEAD }), new TextRun({ text: '　发布', size: 28, font: FONT_HEAD })],
  }));
  return out;
}

/** The 目次 page as Word leaves a generated TOC: "toc 1" paragraphs, entry text, dot-leader tab, page number. */
function toc(spec: StandardSpec, pages: Record<string, string>): Paragraph[] {
  return [
    new Paragraph({ style: 'StdFrontTitle', text: '目　　次' }),
    ...tocEntries(spec).map((entry) => new Paragraph({
      style: 'TOC1', text: `${entry}\t${pages[entry] ?? ''}`, tabStops: [{ type: TabStopType.RIGHT, position: 9354, leader: LeaderType.DOT }] })),
  ];
}

/** `tocPages` overrides spec.toc (used by the build to measure the real page numbers). */
export async function renderDocx(spec: StandardSpec, mode: NumberingMode, tocPages = spec.toc): Promise<Uint8Array> {
  const page = { size: { width: 11906, height: 16838 }, margin: { top: 1418, bottom: 1134, left: 1418, right: 1134, header: 851, footer: 851 } };
  const header = () => ({ default: new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, border: { bottom: LINE }, children: [new TextRun({ text: spec.cover.number, font: FONT_HEAD })] })] }) });
  const footer = () => ({ default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT] })] })] }) });
  const doc = new Document({
    creator: spec.cover.publisher,
    title: spec.cover.titleZh,
    styles,
    numbering,
    sections: [
      { properties: { page }, children: cover(spec) },
      ...(tocPages ? [{ properties: { page: { ...page, pageNumbers: { start: 1, formatType: NumberFormat.UPPER_ROMAN } } }, headers: header(), footers: footer(),
        children: toc(spec, tocPages) }] : []),
      // The foreword continues the roman page numbers of the 目次 when there is one.
      { properties: { page: { ...page, pageNumbers: tocPages ? { formatType: NumberFormat.UPPER_ROMAN } : { start: 1, formatType: NumberFormat.UPPER_ROMAN } } },
        headers: header(), footers: footer(),
        children: [new Paragraph({ style: 'StdFrontTitle', text: '前　　言' }), ...spec.foreword.map(para)] },
      { properties: { page: { ...page, pageNumbers: { start: 1, formatType: NumberFormat.DECIMAL } } }, headers: header(), footers: footer(),
        children: [new Paragraph({ style: 'StdBodyTitle', text: spec.cover.titleZh }), ...clauses(spec.chapters, null, 0, mode, CLAUSE_STYLE), ...annexes(spec, mode)] },
    ],
  });
  return reproducible(new Uint8Array(await Packer.toBuffer(doc)), spec.cover.issued ?? '2020-01-01');
}

/** Same spec, same bytes: the creation/modification stamps (docProps/core.xml) and the zip entry times are set to
 *  the issue date instead of the build time, so rebuilding does not churn the committed samples. */
function reproducible(docx: Uint8Array, date: string): Uint8Array {
  const files = unzipSync(docx);
  const stamp = `${date}T00:00:00Z`;
  files['docProps/core.xml'] = strToU8(strFromU8(files['docProps/core.xml']!)
    .replace(/(<dcterms:(created|modified)[^>]*>)[^<]*/g, `$1${stamp}`));
  // [Content_Types].xml first, as Word writes it (some readers expect it there).
  const ordered = Object.fromEntries(Object.entries(files).sort(([a], [b]) => Number(b === '[Content_Types].xml') - Number(a === '[Content_Types].xml')));
  return zipSync(ordered, { mtime: new Date(stamp), level: 6 });
}
