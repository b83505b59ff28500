// Batch statistics in the form district reviews publish them ("32 of 66 had format problems").
import type { AuditSummary, DocumentResult } from './types.ts';

export function summarize(docs: readonly DocumentResult[]): AuditSummary {
  const s: AuditSummary = { documents: docs.length, unreadable: 0, formatProblems: 0, missingIndicators: 0, belowBaseline: 0, errors: 0, warnings: 0 };
  for (const d of docs) {
    if (d.status === 'unreadable') s.unreadable++;
    if (d.flags.formatProblems) s.formatProblems++;
    if (d.flags.missingIndicators) s.missingIndicators++;
    if (d.flags.belowBaseline) s.belowBaseline++;
    for (const f of d.findings) {
      if (f.severity === 'error') s.errors++;
      else if (f.severity === 'warning') s.warnings++;
    }
  }
  return s;
}
