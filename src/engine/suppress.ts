// Config-level suppressions: rule + file glob (+ clause). For .docx/.pdf there is no place for inline comments.
import picomatch from 'picomatch';
import type { DocumentResult } from './types.ts';
import { computeFlags } from './flags.ts';

export interface Suppression {
  rule: string;
  files?: string;
  clause?: string;
  reason: string;
}

export function applySuppressions(doc: DocumentResult, rules: readonly Suppression[]): DocumentResult {
  if (!rules.length || doc.status !== 'ok') return doc;
  const active = rules.filter((s) => !s.files || picomatch.isMatch(doc.file, s.files, { dot: true, basename: !s.files.includes('/') }));
  if (!active.length) return doc;
  const findings = doc.findings.filter(
    (f) => !active.some((s) => s.rule === f.ruleId && (s.clause === undefined || s.clause === f.location.clause)),
  );
  if (findings.length === doc.findings.length) return doc;
  return { ...doc, findings, flags: computeFlags(findings) };
}
