// A minimal OOXML spreadsheet (no dependency beyond fflate): sheets Summary, Documents, Findings.
// Text cells are inline strings (never evaluated) and still formula-neutralised, as OWASP advises.
import type { AuditResult, Lang } from '../engine/types.ts';
import { escapeXml, neutraliseFormula } from './escape.ts';
import { t, type LabelKey } from './i18n.ts';
import { findingHeader, findingRows, type SheetCell } from './rows.ts';
import { batchStats, countBySeverity, formatBaselines, sortedDocuments, summaryRows } from './summary.ts';
import type { Reporter } from './types.ts';
import { displayWidth } from './width.ts';
import { zipFiles } from './zip.ts';

const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const NS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NS_PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const CELL_LIMIT = 32767; // Excel's maximum characters per cell
const STYLE_BOLD = 1;

interface Sheet {
  name: string;
  rows: SheetCell[][];
  /** The first row is a table header: bold, frozen, with an autofilter. */
  table: boolean;
  /** Other rows (0-based) shown in bold: titles and sub-headers. */
  boldRows?: number[];
}

export function columnName(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

function cell(value: SheetCell, ref: string, bold: boolean): string {
  const style = bold ? ` s="${STYLE_BOLD}"` : '';
  if (value === null || value === '') return '';
  if (typeof value === 'number') return `<c r="${ref}"${style}><v>${value}</v></c>`;
  const text = escapeXml(neutraliseFormula(value).slice(0, CELL_LIMIT));
  return `<c r="${ref}"${style} t="inlineStr"><is><t xml:space="preserve">${text}</t></is></c>`;
}

function worksheet(sheet: Sheet): string {
  const width = Math.max(1, ...sheet.rows.map((r) => r.length));
  const colWidths = Array.from({ length: width }, (_, c) =>
    Math.min(60, Math.max(8, ...sheet.rows.map((r) => displayWidth(String(r[c] ?? '')) + 2))));
  const rows = sheet.rows.map((r, i) => {
    const bold = (sheet.table && i === 0) || (sheet.boldRows?.includes(i) ?? false);
    const cells = r.map((v, c) => cell(v, `${columnName(c)}${i + 1}`, bold)).join('');
    return `<row r="${i + 1}">${cells}</row>`;
  });
  const pane = sheet.table
    ? '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/>'
    : '';
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">` +
    `<sheetViews><sheetView workbookViewId="0">${pane}</sheetView></sheetViews>` +
    `<sheetFormatPr defaultRowHeight="15"/>` +
    `<cols>${colWidths.map((w, c) => `<col min="${c + 1}" max="${c + 1}" width="${w}" customWidth="1"/>`).join('')}</cols>` +
    `<sheetData>${rows.join('')}</sheetData>` +
    (sheet.table ? `<autoFilter ref="${filterRange(sheet)}"/>` : '') +
    `</worksheet>`
  );
}

function filterRange(sheet: Sheet): string {
  return `A1:${columnName(Math.max(0, sheet.rows[0]!.length - 1))}${Math.max(1, sheet.rows.length)}`;
}

function sheets(result: AuditResult, lang: Lang): Sheet[] {
  const stats = batchStats(result);
  const summary: SheetCell[][] = [
    [t(lang, 'reportTitle'), null],
    [t(lang, 'auditDate'), result.auditDate],
    [t(lang, 'tool'), `${result.tool.name} ${result.tool.version}`],
    ...summaryRows(stats, lang),
    [t(lang, 'percentNote'), null],
    [null, null],
  ];
  const problemHeader = summary.length;
  summary.push([t(lang, 'problemTypes'), t(lang, 'col.count')], ...stats.topRules.map((r): SheetCell[] => [r.ruleId, r.count]));
  const yn = (b: boolean) => t(lang, b ? 'yes' : 'no');
  const documents: SheetCell[][] = [
    ['col.file', 'col.standardNumber', 'col.title', 'col.company', 'col.status', 'errors', 'warnings',
      'formatProblems', 'missingIndicators', 'belowBaseline', 'baselines'].map((k) => t(lang, k as LabelKey)),
    ...sortedDocuments(result).map((d) => {
      const c = countBySeverity(d.findings);
      const ok = d.status === 'ok';
      return [d.file, d.meta.standardNumber, d.meta.title, d.meta.company,
        ok ? t(lang, 'statusOk') : `${t(lang, 'statusUnreadable')} [${d.error?.code ?? ''}] ${d.error?.message ?? ''}`,
        c.error, c.warning,
        ok ? yn(d.flags.formatProblems) : null, ok ? yn(d.flags.missingIndicators) : null, ok ? yn(d.flags.belowBaseline) : null,
        ok ? formatBaselines(d, lang) : null];
    }),
  ];
  return [
    { name: t(lang, 'sheetSummary'), rows: summary, table: false, boldRows: [0, problemHeader] },
    { name: t(lang, 'sheetDocuments'), rows: documents, table: true },
    { name: t(lang, 'sheetFindings'), rows: [findingHeader(lang), ...findingRows(result, lang)], table: true },
  ];
}

function styles(lang: Lang): string {
  const font = lang === 'zh' ? '等线' : 'Calibri';
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<styleSheet xmlns="${NS_MAIN}">` +
    `<fonts count="2"><font><sz val="11"/><name val="${font}"/></font><font><b/><sz val="11"/><name val="${font}"/></font></fonts>` +
    `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
    `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
    `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
    `<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>` +
    `<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>` +
    `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>` +
    `</styleSheet>`
  );
}

export function renderXlsx(result: AuditResult, lang: Lang): Uint8Array {
  const list = sheets(result, lang);
  const xmlDecl = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n`;
  const contentTypes =
    xmlDecl +
    `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
    `<Default Extension="xml" ContentType="application/xml"/>` +
    `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
    `<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>` +
    list.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('') +
    `</Types>`;
  const rootRels =
    xmlDecl +
    `<Relationships xmlns="${NS_PKG_REL}">` +
    `<Relationship Id="rId1" Type="${NS_REL}/officeDocument" Target="xl/workbook.xml"/>` +
    `</Relationships>`;
  const filterNames = list
    .map((s, i) => (s.table ? `<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">'${escapeXml(s.name)}'!${absolute(filterRange(s))}</definedName>` : ''))
    .join('');
  const workbook =
    xmlDecl +
    `<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_REL}"><sheets>` +
    list.map((s, i) => `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('') +
    `</sheets>${filterNames ? `<definedNames>${filterNames}</definedNames>` : ''}</workbook>`;
  const workbookRels =
    xmlDecl +
    `<Relationships xmlns="${NS_PKG_REL}">` +
    list.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${NS_REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('') +
    `<Relationship Id="rId${list.length + 1}" Type="${NS_REL}/styles" Target="styles.xml"/>` +
    `</Relationships>`;
  return zipFiles([
    ['[Content_Types].xml', contentTypes],
    ['_rels/.rels', rootRels],
    ['xl/workbook.xml', workbook],
    ['xl/_rels/workbook.xml.rels', workbookRels],
    ['xl/styles.xml', styles(lang)],
    ...list.map((s, i): [string, string] => [`xl/worksheets/sheet${i + 1}.xml`, worksheet(s)]),
  ], result.auditDate);
}

function absolute(range: string): string {
  return range.replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');
}

export const xlsx: Reporter = {
  binary: true,
  extension: 'xlsx',
  render: async (result, opts) => renderXlsx(result, opts.lang),
};
