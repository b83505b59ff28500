// Shared test helpers: run small readable fixtures (Markdown/plain text) through the real pipeline.
import { readDocument } from '../src/readers/index.ts';
import { buildDocument } from '../src/model/build.ts';
import type { StandardDocument } from '../src/model/types.ts';
import { auditDocument, type AuditContext } from '../src/engine/audit.ts';
import type { DocumentResult } from '../src/engine/types.ts';
import { loadRegistry } from '../src/registry/load.ts';
import { loadCatalogue } from '../src/baselines/index.ts';

export const AUDIT_DATE = '2026-11-23';

export async function docFromText(text: string, file = 'fixture.md'): Promise<StandardDocument> {
  const raw = await readDocument(new TextEncoder().encode(text), file);
  return buildDocument(raw, file);
}

let shared: Pick<AuditContext, 'registry' | 'catalogue'> | null = null;

export function testContext(over: Partial<AuditContext> = {}): AuditContext {
  shared ??= { registry: loadRegistry(), catalogue: loadCatalogue() };
  return {
    auditDate: AUDIT_DATE, lang: 'zh', profile: 'auto', baselineIds: [],
    settings: { severity: {}, options: {} },
    ...shared, ...over,
  };
}

export async function auditText(text: string, file = 'fixture.md', over: Partial<AuditContext> = {}): Promise<DocumentResult> {
  return auditDocument(await docFromText(text, file), testContext(over));
}

/** Sorted unique rule ids of findings at or above a severity. */
export function ruleIds(r: DocumentResult, min: 'error' | 'warning' | 'info' = 'info'): string[] {
  const rank = { error: 0, warning: 1, info: 2 };
  return [...new Set(r.findings.filter((f) => rank[f.severity] <= rank[min]).map((f) => f.ruleId))].sort();
}

/** Replaces each anchor, which must occur exactly once (a fixture edit must not silently miss or hit twice). */
export function replaceOnce(text: string, ...pairs: [string, string][]): string {
  for (const [from, to] of pairs) {
    const parts = text.split(from);
    if (parts.length !== 2) throw new Error(`anchor must occur exactly once (found ${parts.length - 1}): ${from}`);
    text = parts.join(to);
  }
  return text;
}
