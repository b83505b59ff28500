// Terminal report: findings grouped by document, then a batch summary table.
import { Chalk, type ChalkInstance } from 'chalk';
import type { AuditResult, DocumentResult, Finding, Lang } from '../engine/types.ts';
import { stripControl } from './escape.ts';
import { severityLabel, t, withColon } from './i18n.ts';
import { batchStats, formatBaselines, formatLocation, sortedDocuments, summaryRows } from './summary.ts';
import type { Reporter, ReportOptions } from './types.ts';
import { displayWidth, padEndDisplay } from './width.ts';

const TOP_RULES = 5;

/** Document-derived text on one terminal line, with no control characters (no escape sequences from a hostile file). */
function clean(text: string): string {
  return stripControl(text.replace(/[\t\r\n]+/g, ' '));
}

function severityColor(c: ChalkInstance, f: Finding): (s: string) => string {
  return f.severity === 'error' ? c.red : f.severity === 'warning' ? c.yellow : c.blue;
}

function documentHeader(doc: DocumentResult, c: ChalkInstance): string {
  const meta = [doc.meta.standardNumber, doc.meta.title].filter((x): x is string => !!x).map(clean);
  return [c.underline(clean(doc.file)), ...meta].join('  ');
}

function renderDocument(doc: DocumentResult, lang: Lang, c: ChalkInstance): string[] {
  const lines = [documentHeader(doc, c)];
  if (doc.status === 'unreadable') {
    lines.push(`  ${c.red(severityLabel(lang, 'error'))}  ${c.red(`[${clean(doc.error?.code ?? '')}]`)} ${clean(doc.error?.message ?? '')}`);
    return lines;
  }
  const sevWidth = Math.max(...(['error', 'warning', 'info'] as const).map((s) => displayWidth(severityLabel(lang, s))));
  const locations = doc.findings.map((f) => clean(formatLocation(f.location, lang)));
  const locWidth = Math.max(0, ...locations.map(displayWidth));
  doc.findings.forEach((f, i) => {
    const message = clean(f.message);
    lines.push(
      `  ${severityColor(c, f)(padEndDisplay(severityLabel(lang, f.severity), sevWidth))}  ` +
        `${padEndDisplay(locations[i]!, locWidth)}  ${message}  ${c.dim(f.ruleId)}`,
    );
  });
  if (doc.findings.length === 0) lines.push(`  ${c.green(t(lang, 'noFindings'))}`);
  for (const note of doc.notes ?? []) lines.push(`  ${c.dim(`${withColon(lang, t(lang, 'readerNote'))}${clean(note)}`)}`);
  lines.push(`  ${c.dim(`${withColon(lang, t(lang, 'baselines'))}${formatBaselines(doc, lang)}`)}`);
  return lines;
}

function renderSummary(result: AuditResult, opts: ReportOptions, c: ChalkInstance): string[] {
  const { lang } = opts;
  const stats = batchStats(result);
  const rows = summaryRows(stats, lang);
  const top = stats.topRules.slice(0, TOP_RULES).map((r) => `${r.ruleId} ×${r.count}`).join(', ');
  rows.push([t(lang, 'problemTypes'), top || t(lang, 'none')]);
  const labelWidth = Math.max(...rows.map(([label]) => displayWidth(label)));
  const lines = [c.bold(t(lang, 'summary')), ...rows.map(([label, value]) => `  ${padEndDisplay(label, labelWidth)}  ${value}`)];
  lines.push(c.dim(`  ${t(lang, 'percentNote')}`));
  if (opts.maxWarnings !== undefined && stats.warnings > opts.maxWarnings) {
    lines.push(c.yellow(t(lang, 'maxWarningsExceeded', { n: stats.warnings, max: opts.maxWarnings })));
  }
  return lines;
}

export function renderStylish(result: AuditResult, opts: ReportOptions): string {
  // An explicit level: output must not depend on the environment (TTY, NO_COLOR) — the CLI decides.
  const c = new Chalk({ level: opts.color ? 1 : 0 });
  const blocks = sortedDocuments(result).map((doc) => renderDocument(doc, opts.lang, c).join('\n'));
  blocks.push(renderSummary(result, opts, c).join('\n'));
  return blocks.join('\n\n') + '\n';
}

export const stylish: Reporter = {
  binary: false,
  extension: 'txt',
  render: async (result, opts) => renderStylish(result, opts),
};
