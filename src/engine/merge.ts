// Combines results of shard runs into one AuditResult (documents re-sorted, summary recomputed).
import { summarize } from './summary.ts';
import type { AuditResult, DocumentResult, RuleInfo } from './types.ts';

export class MergeError extends Error {
  override name = 'MergeError';
}

export function mergeResults(parts: AuditResult[]): AuditResult {
  if (!parts.length) throw new MergeError('merge needs at least one JSON result');
  const dates = new Set(parts.map((p) => p.auditDate));
  if (dates.size > 1) throw new MergeError(`results have different audit dates (${[...dates].join(', ')}); run all shards with the same --audit-date`);
  const byFile = new Map<string, DocumentResult>();
  for (const p of parts) {
    for (const d of p.documents) {
      if (byFile.has(d.file)) throw new MergeError(`document "${d.file}" appears in more than one result (overlapping shards?)`);
      byFile.set(d.file, d);
    }
  }
  const documents = [...byFile.values()].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const rules = new Map<string, RuleInfo>();
  for (const p of parts) for (const r of p.rules ?? []) if (!rules.has(r.id)) rules.set(r.id, r);
  const first = parts[0]!;
  return {
    schemaVersion: 1,
    tool: first.tool,
    auditDate: first.auditDate,
    lang: first.lang ?? 'zh',
    summary: summarize(documents),
    documents,
    rules: [...rules.values()],
  };
}

