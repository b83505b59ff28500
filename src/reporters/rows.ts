// The findings table shared by the CSV and XLSX reporters: one row per finding,
// plus one row per unreadable document so it is not lost from the spreadsheet.
import type { AuditResult, Lang } from '../engine/types.ts';
import { severityLabel, t, type LabelKey } from './i18n.ts';
import { sortedDocuments } from './summary.ts';

const COLUMNS = [
  'file', 'standardNumber', 'company', 'rule', 'severity', 'clause', 'page', 'line', 'message',
  'baseline', 'indicator', 'expected', 'found', 'suggestion', 'basis', 'excerpt',
] as const;

export type SheetCell = string | number | null;

export function findingHeader(lang: Lang): string[] {
  return COLUMNS.map((c) => t(lang, `col.${c}` as LabelKey));
}

export function findingRows(result: AuditResult, lang: Lang): SheetCell[][] {
  const rows: SheetCell[][] = [];
  for (const d of sortedDocuments(result)) {
    const head = [d.file, d.meta.standardNumber, d.meta.company];
    if (d.status === 'unreadable') {
      rows.push([...head, 'document/unreadable', severityLabel(lang, 'error'), null, null, null,
        `[${d.error?.code ?? ''}] ${d.error?.message ?? ''}`, null, null, null, null, null, null, null]);
    }
    for (const f of d.findings) {
      const l = f.location;
      rows.push([...head, f.ruleId, severityLabel(lang, f.severity), l.clause, l.page, l.line, f.message,
        f.baseline, f.indicator, f.expected, f.found, f.suggestion, f.basis, l.excerpt]);
    }
  }
  return rows;
}
