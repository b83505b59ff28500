// One document through the whole pipeline: read -> model -> profile -> rules -> baselines -> result.
import path from 'node:path';
import { readDocument } from '../readers/index.ts';
import { DEFAULT_MAX_BYTES, ReadError } from '../readers/types.ts';
import { buildDocument } from '../model/build.ts';
import type { StandardDocument } from '../model/types.ts';
import { allRules } from '../rules/index.ts';
import type { Profile, Rule } from '../rules/types.ts';
import type { StatusRegistry } from '../registry/types.ts';
import { checkBaselines } from '../baselines/check.ts';
import type { Catalogue } from '../baselines/types.ts';
import { detectProfile } from './profile.ts';
import { readInput } from './read-input.ts';
import { runRules, type RuleSettings } from './run-rules.ts';
import { errorMessage, notAStandardReason } from './errors.ts';
import { unreadableResult } from './unreadable.ts';
import { computeFlags } from './flags.ts';
import { localizeReaderText } from './reader-text.ts';
import type { DocumentResult, Finding, Lang } from './types.ts';

export interface AuditContext {
  auditDate: string;
  lang: Lang;
  /** 'auto' detects per document. */
  profile: Profile | 'auto';
  registry: StatusRegistry;
  catalogue: Catalogue;
  /** Baselines forced for every document (--baseline). */
  baselineIds: string[];
  /** Baselines forced per file (config mappings), resolved by the caller. */
  baselinesFor?: (file: string) => string[];
  settings: RuleSettings;
  rules?: readonly Rule[];
  /** Per-file byte limit. */
  maxBytes?: number;
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;
const MAX_NOTES = 10;

export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort(
    (a, b) =>
      (a.location.line ?? Number.MAX_SAFE_INTEGER) - (b.location.line ?? Number.MAX_SAFE_INTEGER) ||
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      a.ruleId.localeCompare(b.ruleId) ||
      a.message.localeCompare(b.message),
  );
}

/** Audits an already-built document model (pure; no I/O). */
export function auditDocument(doc: StandardDocument, ctx: AuditContext): DocumentResult {
  const { profile } = ctx.profile === 'auto' ? detectProfile(doc) : { profile: ctx.profile };
  const ran = runRules({
    doc, rules: ctx.rules ?? allRules, profile, auditDate: ctx.auditDate, registry: ctx.registry, lang: ctx.lang, settings: ctx.settings,
  });
  const explicit = [...ctx.baselineIds, ...(ctx.baselinesFor?.(doc.file) ?? [])];
  const base = profile === 'enterprise-product'
    ? checkBaselines(doc, ctx.catalogue, { explicit, auditDate: ctx.auditDate, lang: ctx.lang })
    : { applied: [], findings: [] };
  const indicatorFindings = base.findings
    .filter((f) => ctx.settings.severity[f.ruleId] !== 'off')
    .map((f) => {
      const sev = ctx.settings.severity[f.ruleId];
      return sev && sev !== 'off' ? { ...f, severity: sev } : f;
    });
  const findings = sortFindings([...ran.findings, ...indicatorFindings]);
  return {
    file: doc.file,
    status: 'ok',
    error: null,
    format: doc.format,
    encoding: doc.encoding,
    profile,
    meta: {
      standardNumber: doc.cover.standardNumber?.value ?? null,
      title: doc.cover.titleZh?.value ?? doc.bodyTitle?.value ?? null,
      company: doc.cover.company,
      issued: doc.cover.issued?.value ?? null,
      effective: doc.cover.effective?.value ?? null,
    },
    baselines: base.applied,
    flags: computeFlags(findings),
    findings,
    rulesChecked: [...ran.checked, ...new Set(indicatorFindings.map((f) => f.ruleId))].sort(),
    notes: [...new Set(doc.warnings)].slice(0, MAX_NOTES).map((n) => localizeReaderText(n, ctx.lang)),
  };
}

/** Reads, builds and audits one file. Never throws: every failure becomes an unreadable result. */
export async function auditFile(file: string, ctx: AuditContext, displayName = file): Promise<DocumentResult> {
  let format: DocumentResult['format'] = null;
  try {
    const maxBytes = ctx.maxBytes ?? DEFAULT_MAX_BYTES;
    const raw = await readDocument(readInput(file, maxBytes), path.basename(file), { maxBytes });
    format = raw.format;
    const doc = buildDocument(raw, displayName);
    if (!doc.recognised) {
      return unreadableResult(displayName, 'NOT_A_STANDARD', errorMessage('NOT_A_STANDARD', ctx.lang, { why: notAStandardReason(doc.recognition, ctx.lang) }), format);
    }
    return auditDocument(doc, ctx);
  } catch (err) {
    if (err instanceof ReadError) return unreadableResult(displayName, err.code, errorMessage(err.code, ctx.lang, { ...err.detail, detail: localizeReaderText(err.message, ctx.lang) }), format);
    const code = (err as NodeJS.ErrnoException)?.code;
    if (code === 'ENOENT' || code === 'EACCES' || code === 'EISDIR') {
      return unreadableResult(displayName, code, errorMessage(code, ctx.lang, { detail: String((err as Error).message) }), format);
    }
    return unreadableResult(displayName, 'INTERNAL', errorMessage('INTERNAL', ctx.lang, { detail: err instanceof Error ? err.message : String(err) }), format);
  }
}
