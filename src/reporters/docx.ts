// The review report (审查意见书) an inspector signs and sends: per document a header table, the
// findings table (序号 / 条款 / 问题描述 / 依据 / 修改建议), a conclusion line and a signature block;
// a batch summary first when several documents were audited.
import {
  AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType,
} from 'docx';
import { strFromU8, strToU8, unzipSync } from 'fflate';
import type { AuditResult, DocumentResult, Finding, Lang } from '../engine/types.ts';
import { stripInvalidXmlChars } from './escape.ts';
import { t, type LabelKey } from './i18n.ts';
import {
  batchStats, errorBreakdown, formatBaselines, formatLocation, sortedDocuments, summaryRows,
} from './summary.ts';
import type { Reporter } from './types.ts';
import { zipFiles } from './zip.ts';

const BODY_FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '宋体' };
const HEADING_FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '黑体' };
const SIZE_BODY = 21; // half-points: 五号 10.5 pt
const SIZE_TABLE = 18; // 小五 9 pt
const SIZE_TITLE = 32; // 三号 16 pt
const SIZE_HEADING = 28; // 四号 14 pt

function text(value: string, opts: { bold?: boolean; size?: number } = {}): Paragraph {
  // Line breaks inside a value become real breaks; characters Word rejects in XML are dropped.
  const runs = stripInvalidXmlChars(value).split(/\r?\n/).map((part, i) => new TextRun({ text: part, break: i > 0 ? 1 : 0, bold: opts.bold, size: opts.size }));
  return new Paragraph({ children: runs });
}

function cell(value: string, opts: { bold?: boolean; width?: number } = {}): TableCell {
  return new TableCell({
    children: [text(value, { bold: opts.bold, size: SIZE_TABLE })],
    ...(opts.width ? { width: { size: opts.width, type: WidthType.PERCENTAGE } } : {}),
  });
}

function table(header: string[] | null, rows: string[][], widths: number[]): Table {
  const all = [
    ...(header ? [new TableRow({ tableHeader: true, children: header.map((v, i) => cell(v, { bold: true, width: widths[i] })) })] : []),
    ...rows.map((r) => new TableRow({ children: r.map((v, i) => cell(v, { width: widths[i], bold: !header && i === 0 })) })),
  ];
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: all });
}

function heading(value: string, pageBreakBefore: boolean): Paragraph {
  return new Paragraph({
    pageBreakBefore,
    spacing: { before: 240, after: 120 },
    children: [new TextRun({ text: value, bold: true, size: SIZE_HEADING, font: HEADING_FONT })],
  });
}

/** Clause and page; line numbers only for plain-text sources, where the company can find them. */
function reviewLocation(f: Finding, doc: DocumentResult, lang: Lang): string {
  const plainText = doc.format === 'txt' || doc.format === 'md';
  return formatLocation(plainText ? f.location : { ...f.location, line: null }, lang);
}

function findingRow(f: Finding, doc: DocumentResult, n: number, lang: Lang): string[] {
  const description = `【${t(lang, `review.${f.severity}`)}】${f.message}${f.location.excerpt ? `\n“${f.location.excerpt}”` : ''}`;
  const basis = f.baseline && !f.basis.includes(f.baseline) ? `${f.basis}\n${f.baseline}` : f.basis;
  return [String(n), reviewLocation(f, doc, lang), description, basis, f.suggestion ?? ''];
}

function conclusion(doc: DocumentResult, lang: Lang): string {
  if (doc.status === 'unreadable') {
    return t(lang, 'conclusionUnreadable', { code: doc.error?.code ?? '', message: doc.error?.message ?? '' });
  }
  const b = errorBreakdown(doc);
  const warnings = doc.findings.filter((f) => f.severity === 'warning').length;
  const main = b.total > 0
    ? t(lang, 'conclusionProblems', { n: b.total, x: b.format, y: b.missing, z: b.looser })
    : t(lang, 'conclusionClean');
  return warnings > 0 ? `${main}${lang === 'zh' ? '' : ' '}${t(lang, 'conclusionWarnings', { n: warnings })}` : main;
}

function documentBlock(doc: DocumentResult, lang: Lang, auditDate: string, pageBreakBefore: boolean): (Paragraph | Table)[] {
  const title = [doc.meta.standardNumber, doc.meta.title].filter(Boolean).join(' ') || doc.file;
  const info: string[][] = [
    [t(lang, 'col.standardNumber'), doc.meta.standardNumber ?? ''],
    [t(lang, 'col.title'), doc.meta.title ?? ''],
    [t(lang, 'col.company'), doc.meta.company ?? ''],
    [t(lang, 'col.file'), doc.file],
    [t(lang, 'col.auditDate'), auditDate],
    [t(lang, 'baselines'), doc.status === 'ok' ? formatBaselines(doc, lang) : ''],
  ];
  const blocks: (Paragraph | Table)[] = [heading(title, pageBreakBefore), table(null, info, [22, 78]), new Paragraph({})];
  // The report lists what the company must or should change; info findings (e.g. "stricter than required") are not asked of it.
  const problems = doc.findings.filter((f) => f.severity !== 'info');
  if (problems.length > 0) {
    blocks.push(table(
      ['col.no', 'col.clause', 'col.message', 'col.basis', 'col.suggestion'].map((k) => t(lang, k as LabelKey)),
      problems.map((f, i) => findingRow(f, doc, i + 1, lang)),
      [8, 12, 40, 18, 22],
    ), new Paragraph({}));
  }
  blocks.push(
    text(conclusion(doc, lang), { bold: true }),
    new Paragraph({}),
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      spacing: { before: 480 },
      children: [new TextRun(`${t(lang, 'reviewer')}__________________    ${t(lang, 'date')}__________________`)],
    }),
  );
  return blocks;
}

function batchBlock(result: AuditResult, docs: DocumentResult[], lang: Lang): (Paragraph | Table)[] {
  const stats = batchStats(result);
  const rows = summaryRows(stats, lang);
  const top = stats.topRules.slice(0, 10).map((r) => `${r.ruleId} ×${r.count}`).join('\n');
  rows.push([t(lang, 'problemTypes'), top || t(lang, 'none')]);
  const perDoc = docs.map((d, i) => {
    const b = errorBreakdown(d);
    return [String(i + 1), d.file, d.meta.standardNumber ?? '', d.meta.title ?? '',
      d.status === 'ok' ? String(b.total) : `${t(lang, 'statusUnreadable')} (${d.error?.code ?? ''})`];
  });
  return [
    heading(t(lang, 'batchSummary'), false),
    table(null, rows, [35, 65]),
    new Paragraph({}),
    table([t(lang, 'col.no'), t(lang, 'col.file'), t(lang, 'col.standardNumber'), t(lang, 'col.title'), t(lang, 'review.error')], perDoc, [8, 32, 20, 28, 12]),
    text(t(lang, 'percentNote'), { size: SIZE_TABLE }),
  ];
}

function buildDocument(result: AuditResult, lang: Lang): Document {
  const docs = sortedDocuments(result);
  const children: (Paragraph | Table)[] = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 240 },
      children: [new TextRun({ text: t(lang, 'reviewTitle'), bold: true, size: SIZE_TITLE, font: HEADING_FONT })],
    }),
  ];
  const batch = docs.length > 1;
  if (batch) children.push(...batchBlock(result, docs, lang));
  docs.forEach((d, i) => children.push(...documentBlock(d, lang, result.auditDate, batch || i > 0)));
  return new Document({
    creator: result.tool.name,
    title: t(lang, 'reviewTitle'),
    styles: { default: { document: { run: { font: BODY_FONT, size: SIZE_BODY } } } },
    sections: [{ children }],
  });
}

/** The docx package stamps the current time into docProps/core.xml; use the audit date instead and re-zip deterministically. */
function normalise(bytes: Uint8Array, auditDate: string): Uint8Array {
  const entries = unzipSync(bytes);
  const stamp = `${auditDate}T00:00:00Z`;
  const core = entries['docProps/core.xml'];
  if (core) {
    entries['docProps/core.xml'] = strToU8(
      strFromU8(core).replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:(?:created|modified)>)/g, `$1${stamp}$2`),
    );
  }
  const order = Object.keys(entries).sort((a, b) => (a === '[Content_Types].xml' ? -1 : b === '[Content_Types].xml' ? 1 : a < b ? -1 : 1));
  return zipFiles(order.map((name) => [name, entries[name]!]), auditDate);
}

export async function renderDocx(result: AuditResult, lang: Lang): Promise<Uint8Array> {
  const buffer = await Packer.toBuffer(buildDocument(result, lang));
  return normalise(new Uint8Array(buffer), result.auditDate);
}

export const docx: Reporter = {
  binary: true,
  extension: 'docx',
  render: async (result, opts) => renderDocx(result, opts.lang),
};
