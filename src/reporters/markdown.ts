// Markdown for pull-request comments and GitHub job summaries.
import type { AuditResult, DocumentResult, Lang } from '../engine/types.ts';
import { escapeMarkdown as md } from './escape.ts';
import { severityLabel, t, withColon } from './i18n.ts';
import {
  batchStats, countBySeverity, formatBaselines, formatLocation, sortedDocuments, summaryRows, unreadableText,
} from './summary.ts';
import type { Reporter } from './types.ts';

const TOP_RULES = 10;

function table(header: string[], rows: string[][]): string[] {
  return [
    `| ${header.map(md).join(' | ')} |`,
    `|${header.map(() => ' --- ').join('|')}|`,
    ...rows.map((r) => `| ${r.map(md).join(' | ')} |`),
  ];
}

/** Title, batch summary, most frequent problem types and the document table. */
export function markdownSummary(result: AuditResult, lang: Lang): string[] {
  const stats = batchStats(result);
  const out = [
    `## ${md(t(lang, 'reportTitle'))}`,
    '',
    `${md(withColon(lang, t(lang, 'auditDate')))}${md(result.auditDate)} · ${md(result.tool.name)} ${md(result.tool.version)}`,
    '',
    ...table([t(lang, 'col.item'), t(lang, 'col.value')], summaryRows(stats, lang)),
    '',
    `_${md(t(lang, 'percentNote'))}_`,
  ];
  if (stats.topRules.length > 0) {
    out.push('', `### ${md(t(lang, 'problemTypes'))}`, '',
      ...table([t(lang, 'col.rule'), t(lang, 'col.count')], stats.topRules.slice(0, TOP_RULES).map((r) => [r.ruleId, String(r.count)])));
  }
  out.push('', `### ${md(t(lang, 'documentsHeading'))}`, '',
    ...table(
      [t(lang, 'col.file'), t(lang, 'col.standardNumber'), t(lang, 'col.title'), t(lang, 'col.status'), t(lang, 'errors'), t(lang, 'warnings')],
      sortedDocuments(result).map((d) => {
        const c = countBySeverity(d.findings);
        const status = d.status === 'ok' ? t(lang, 'statusOk') : `${t(lang, 'statusUnreadable')} (${d.error?.code ?? ''})`;
        return [d.file, d.meta.standardNumber ?? '', d.meta.title ?? '', status, String(c.error), String(c.warning)];
      }),
    ));
  return out;
}

function documentSection(doc: DocumentResult, lang: Lang): string[] {
  const heading = [doc.meta.standardNumber, doc.meta.title].filter(Boolean).join(' ');
  const out = [`### ${md(doc.file)}${heading ? ` — ${md(heading)}` : ''}`, ''];
  if (doc.status === 'unreadable') return [...out, `**${md(withColon(lang, t(lang, 'statusUnreadable')))}**${md(unreadableText(doc))}`];
  out.push(`${md(withColon(lang, t(lang, 'baselines')))}${md(formatBaselines(doc, lang))}`, '');
  if (doc.findings.length === 0) return [...out, md(t(lang, 'noFindings'))];
  return [...out, ...table(
    [t(lang, 'col.severity'), t(lang, 'col.location'), t(lang, 'col.message'), t(lang, 'col.rule')],
    doc.findings.map((f) => [severityLabel(lang, f.severity), formatLocation(f.location, lang), f.message, f.ruleId]),
  )];
}

export function renderMarkdown(result: AuditResult, lang: Lang, details = true): string {
  const out = markdownSummary(result, lang);
  if (details) for (const doc of sortedDocuments(result)) out.push('', ...documentSection(doc, lang));
  return out.join('\n') + '\n';
}

export const markdown: Reporter = {
  binary: false,
  extension: 'md',
  render: async (result, opts) => renderMarkdown(result, opts.lang),
};
