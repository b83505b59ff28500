// GitHub Actions workflow commands (anchors §4.3) and the Markdown job summary.
import { relative, resolve } from 'node:path';
import type { AuditResult, Lang, Severity } from '../engine/types.ts';
import { escapeGithubMessage, escapeGithubProperty } from './escape.ts';
import { t } from './i18n.ts';
import { renderMarkdown } from './markdown.ts';
import { formatLocation, slashPath, sortedDocuments, unreadableText } from './summary.ts';
import type { Reporter, ReportOptions } from './types.ts';

/** GitHub shows at most this many annotations of each type per step and drops the rest silently. */
export const ANNOTATIONS_PER_TYPE = 10;
/** $GITHUB_STEP_SUMMARY uploads over about 1 MiB per step are rejected. */
const JOB_SUMMARY_LIMIT = 1_000_000;

type Command = 'error' | 'warning' | 'notice';
const COMMAND: Record<Severity, Command> = { error: 'error', warning: 'warning', info: 'notice' };

interface Annotation {
  command: Command;
  props: Record<string, string>;
  message: string;
}

function line(a: Annotation): string {
  const props = Object.entries(a.props).map(([k, v]) => `${k}=${escapeGithubProperty(v)}`).join(',');
  return `::${a.command}${props ? ` ${props}` : ''}::${escapeGithubMessage(a.message)}`;
}

function annotations(result: AuditResult, opts: ReportOptions): Annotation[] {
  const out: Annotation[] = [];
  for (const doc of sortedDocuments(result)) {
    const file = slashPath(opts.cwd ? relative(opts.cwd, resolve(opts.cwd, doc.file)) : doc.file);
    if (doc.status === 'unreadable') {
      out.push({ command: 'error', props: { file, title: 'document/unreadable' }, message: unreadableText(doc) });
    }
    // Line numbers point into the file only for plain-text sources; for docx/pdf they are lines of extracted text.
    const linesMeaningful = doc.format === 'txt' || doc.format === 'md';
    for (const f of doc.findings) {
      const where = formatLocation({ ...f.location, line: null }, opts.lang);
      const props: Record<string, string> = { file };
      if (linesMeaningful && f.location.line != null) props.line = String(f.location.line);
      props.title = where ? `${f.ruleId} (${where})` : f.ruleId;
      const message = [f.message, f.suggestion].filter(Boolean).join('\n');
      out.push({ command: COMMAND[f.severity], props, message });
    }
  }
  return out;
}

export function renderGithub(result: AuditResult, opts: ReportOptions): string {
  const all = annotations(result, opts);
  const byType = (c: Command) => all.filter((a) => a.command === c);
  const errors = byType('error');
  const warnings = byType('warning');
  const notices = byType('notice');
  const truncated = errors.length > ANNOTATIONS_PER_TYPE || warnings.length > ANNOTATIONS_PER_TYPE || notices.length > ANNOTATIONS_PER_TYPE;
  // The truncation notice is itself a notice: keep a slot free for it.
  const noticeCap = truncated ? ANNOTATIONS_PER_TYPE - 1 : ANNOTATIONS_PER_TYPE;
  const shown = [...errors.slice(0, ANNOTATIONS_PER_TYPE), ...warnings.slice(0, ANNOTATIONS_PER_TYPE), ...notices.slice(0, noticeCap)];
  const lines = shown.map(line);
  if (shown.length < all.length) {
    lines.push(line({ command: 'notice', props: { title: result.tool.name }, message: t(opts.lang, 'githubOmitted', { n: all.length - shown.length }) }));
  }
  return lines.length ? lines.join('\n') + '\n' : '';
}

/** Markdown for $GITHUB_STEP_SUMMARY; per-document tables are dropped when the whole would exceed the size limit. */
export function renderJobSummary(result: AuditResult, lang: Lang): string {
  const full = renderMarkdown(result, lang);
  if (Buffer.byteLength(full) <= JOB_SUMMARY_LIMIT) return full;
  return renderMarkdown(result, lang, false) + '\n' + t(lang, 'summaryTruncated') + '\n';
}

export const github: Reporter = {
  binary: false,
  extension: 'txt',
  render: async (result, opts) => renderGithub(result, opts),
};
