// Shared by the realism suites: fixtures audited through the real reader from their bytes (GBK text exports are
// decoded as a user's would be), and the outcomes the suites compare.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readDocument } from '../src/readers/index.ts';
import { buildDocument } from '../src/model/build.ts';
import type { StandardDocument } from '../src/model/types.ts';
import { auditDocument } from '../src/engine/audit.ts';
import type { DocumentResult } from '../src/engine/types.ts';
import { testContext } from './helpers.ts';

export interface FixtureDir {
  bytes(name: string): Uint8Array;
  /** The document model of a fixture, or of `text` standing in for it (an edited copy). */
  doc(name: string, text?: string): Promise<StandardDocument>;
  audit(name: string, text?: string): Promise<DocumentResult>;
}

export function fixtureDir(dir: string): FixtureDir {
  const bytes = (name: string): Uint8Array => new Uint8Array(readFileSync(path.join(dir, name)));
  const doc = async (name: string, text?: string): Promise<StandardDocument> =>
    buildDocument(await readDocument(text === undefined ? bytes(name) : new TextEncoder().encode(text), name), name);
  return { bytes, doc, audit: async (name, text) => auditDocument(await doc(name, text), testContext()) };
}

/** Sorted unique ids of format findings at warning level or above (indicator findings belong to other suites). */
export function formatIds(r: DocumentResult): string[] {
  return [...new Set(r.findings.filter((f) => f.severity !== 'info' && !f.ruleId.startsWith('indicator/')).map((f) => f.ruleId))].sort();
}

/** "looser:pH值 error" for every indicator finding at warning level or above (missing, looser and unresolved). */
export function indicatorFindings(r: DocumentResult): string[] {
  return r.findings.filter((f) => f.category === 'indicator' && f.severity !== 'info')
    .map((f) => `${f.ruleId.slice('indicator/'.length)}:${f.indicator} ${f.severity}`).sort();
}

/** Applied baselines with their classes ("GB 18401-2010 B,C"). */
export function baselinesOf(r: DocumentResult): string[] {
  return r.baselines.map((b) => `${b.id}${b.class ? ' ' + b.class : ''}`);
}

/** Format rule ids at warning level or above, then "missing:<indicator>" / "looser:<indicator>": what the blind
 *  measurements score. */
export function scoredOutcome(r: DocumentResult): string[] {
  const indicators = r.findings.filter((f) => f.ruleId === 'indicator/missing' || f.ruleId === 'indicator/looser')
    .map((f) => `${f.ruleId.slice('indicator/'.length)}:${f.indicator}`);
  return [...new Set([...formatIds(r), ...indicators])].sort();
}
