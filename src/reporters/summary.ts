// Batch statistics and small helpers shared by the reporters.
import type { AuditResult, DocumentResult, Finding, FindingLocation, Lang, Severity } from '../engine/types.ts';
import { t } from './i18n.ts';

/** Documents in a stable order (by file, code-point order) whatever order the workers finished in. */
export function sortedDocuments(result: AuditResult): DocumentResult[] {
  return [...result.documents].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

/** "32/66 (48.5%)"; "0/0" when nothing was audited. */
export function ratio(n: number, total: number): string {
  if (total === 0) return `${n}/0`;
  return `${n}/${total} (${((n / total) * 100).toFixed(1)}%)`;
}

export interface RuleCount {
  ruleId: string;
  count: number;
}

export interface BatchStats {
  documents: number;
  unreadable: number;
  audited: number;
  formatProblems: number;
  missingIndicators: number;
  belowBaseline: number;
  errors: number;
  warnings: number;
  /** Problem types (errors and warnings) by number of findings, most frequent first. */
  topRules: RuleCount[];
}

export function batchStats(result: AuditResult): BatchStats {
  const s = result.summary;
  return {
    documents: s.documents,
    unreadable: s.unreadable,
    audited: s.documents - s.unreadable,
    formatProblems: s.formatProblems,
    missingIndicators: s.missingIndicators,
    belowBaseline: s.belowBaseline,
    errors: s.errors,
    warnings: s.warnings,
    topRules: ruleCounts(result),
  };
}

function ruleCounts(result: AuditResult): RuleCount[] {
  const counts = new Map<string, number>();
  for (const doc of result.documents) {
    for (const f of doc.findings) {
      if (f.severity === 'info') continue; // "stricter than required" and spacing hints are not problems
      counts.set(f.ruleId, (counts.get(f.ruleId) ?? 0) + 1);
    }
  }
  return [...counts]
    .map(([ruleId, count]) => ({ ruleId, count }))
    .sort((a, b) => b.count - a.count || (a.ruleId < b.ruleId ? -1 : 1));
}

/** The summary as label/value rows, the same in every reporter. */
export function summaryRows(stats: BatchStats, lang: Lang): [string, string][] {
  return [
    [t(lang, 'documents'), String(stats.documents)],
    [t(lang, 'unreadable'), ratio(stats.unreadable, stats.documents)],
    [t(lang, 'audited'), String(stats.audited)],
    [t(lang, 'formatProblems'), ratio(stats.formatProblems, stats.audited)],
    [t(lang, 'missingIndicators'), ratio(stats.missingIndicators, stats.audited)],
    [t(lang, 'belowBaseline'), ratio(stats.belowBaseline, stats.audited)],
    [t(lang, 'errorsWarnings'), `${stats.errors} / ${stats.warnings}`],
  ];
}

export function countBySeverity(findings: Finding[]): Record<Severity, number> {
  const out: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) out[f.severity]++;
  return out;
}

/** Error findings of one document split the way the review conclusion reports them. */
export function errorBreakdown(doc: DocumentResult): { total: number; format: number; missing: number; looser: number } {
  const errors = doc.findings.filter((f) => f.severity === 'error');
  return {
    total: errors.length,
    format: errors.filter((f) => f.category !== 'indicator').length,
    missing: errors.filter((f) => f.ruleId === 'indicator/missing').length,
    looser: errors.filter((f) => f.ruleId === 'indicator/looser').length,
  };
}

/** "5.2 · 第3页 · 第12行" / "5.2 · p. 3 · line 12"; empty when nothing is known. */
export function formatLocation(loc: FindingLocation, lang: Lang): string {
  const parts: string[] = [];
  if (loc.clause) parts.push(loc.clause);
  if (loc.page != null) parts.push(t(lang, 'page', { n: loc.page }));
  if (loc.line != null) parts.push(t(lang, 'line', { n: loc.line }));
  return parts.join(' · ');
}

/** "GB 18401—2010 (B 类)"; the "none" label when the list is empty. */
export function formatBaselines(doc: DocumentResult, lang: Lang): string {
  if (doc.baselines.length === 0) return t(lang, 'noBaseline');
  return doc.baselines
    .map((b) => (b.class ? `${b.id} (${t(lang, 'classLabel', { c: b.class })})` : b.id))
    .join(lang === 'zh' ? '；' : '; ');
}

/** "[CODE] message" for an unreadable document. */
export function unreadableText(doc: DocumentResult): string {
  return doc.error ? `[${doc.error.code}] ${doc.error.message}` : '';
}

/** A path with "/" separators (annotations, URIs), independent of the OS that produced it. */
export function slashPath(path: string): string {
  return path.replaceAll('\\', '/');
}
