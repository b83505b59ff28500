// SARIF 2.1.0 for GitHub code scanning and other SARIF viewers (anchors §4.1, §4.4).
import { createHash } from 'node:crypto';
import { isAbsolute, relative, resolve } from 'node:path';
import type { Log, ReportingDescriptor, Result } from 'sarif';
import type { AuditResult, DocumentResult, Finding, Lang, RuleInfo, Severity } from '../engine/types.ts';
import { sortedDocuments, slashPath } from './summary.ts';
import type { Reporter, ReportOptions } from './types.ts';

/** The $id the official schema file declares for itself. */
const SCHEMA_URI = 'https://raw.githubusercontent.com/oasis-tcs/sarif-spec/master/Schemata/sarif-schema-2.1.0.json';
export const UNREADABLE_RULE = 'document/unreadable';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/**
 * Artifact URI: relative to cwd when one is given, "/" separators, every segment percent-encoded
 * (Chinese and spaces in file names); absolute paths become file:// URIs.
 */
export function artifactUri(file: string, cwd?: string): string {
  const path = slashPath(cwd ? relative(cwd, resolve(cwd, file)) : file);
  const drive = /^[A-Za-z]:\//.exec(path);
  if (drive) return `file:///${drive[0]}${encodeSegments(path.slice(3))}`;
  if (isAbsolute(path) || path.startsWith('/')) return `file://${encodeSegments(path)}`;
  return encodeSegments(path);
}

function encodeSegments(path: string): string {
  return path.split('/').map((s) => (s === '.' || s === '..' ? s : encodeURIComponent(s))).join('/');
}

/** "identity/number-format" → "IdentityNumberFormat" (SARIF `name` is a readable identifier). */
function ruleName(id: string): string {
  return id.split(/[/-]/).filter(Boolean).map((w) => w[0]!.toUpperCase() + w.slice(1)).join('');
}

function descriptor(rule: RuleInfo): ReportingDescriptor {
  return {
    id: rule.id,
    name: ruleName(rule.id),
    shortDescription: { text: rule.description },
    fullDescription: { text: rule.basis ? `${rule.description} (${rule.basis})` : rule.description },
    help: { text: rule.help || rule.description },
    defaultConfiguration: { level: LEVEL[rule.severity] },
    properties: { category: rule.category, basis: rule.basis, tags: [rule.category] },
  };
}

/** A descriptor for a rule id that is not in the catalogue (e.g. from a merged result). */
function fallbackDescriptor(id: string, sample: Finding | null, lang: Lang): ReportingDescriptor {
  const text = id === UNREADABLE_RULE
    ? (lang === 'zh' ? '文件无法读取或未识别为标准' : 'file could not be read or is not a standard')
    : id;
  return descriptor({
    id,
    category: sample?.category ?? 'document',
    severity: sample?.severity ?? 'error',
    basis: sample?.basis ?? '',
    description: text,
    help: text,
  });
}

function fingerprint(parts: string[]): string {
  return createHash('sha256').update(parts.join('\u0000')).digest('hex');
}

function normaliseExcerpt(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function compact<T extends object>(obj: T): Partial<T> {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== null && v !== undefined && v !== '')) as Partial<T>;
}

export function toSarif(result: AuditResult, opts: ReportOptions): Log {
  const docs = sortedDocuments(result);
  const rules = [...result.rules].sort((a, b) => (a.id < b.id ? -1 : 1)).map(descriptor);
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const ensureRule = (id: string, sample: Finding | null) => {
    if (!index.has(id)) {
      index.set(id, rules.length);
      rules.push(fallbackDescriptor(id, sample, opts.lang));
    }
    return index.get(id)!;
  };

  const results: Result[] = [];
  const seen = new Map<string, number>();
  const stableId = (parts: string[]) => {
    // Identical findings (same rule, excerpt and clause) get an occurrence suffix, not a line number.
    const hash = fingerprint(parts);
    const n = seen.get(hash) ?? 0;
    seen.set(hash, n + 1);
    return n === 0 ? hash : `${hash}:${n}`;
  };

  for (const doc of docs) {
    const uri = artifactUri(doc.file, opts.cwd);
    if (doc.status === 'unreadable') results.push(unreadableResult(doc, uri, ensureRule(UNREADABLE_RULE, null), stableId));
    for (const f of doc.findings) {
      const loc = f.location;
      const region = compact({ startLine: loc.line != null && loc.line >= 1 ? loc.line : 1, snippet: loc.excerpt ? { text: loc.excerpt } : undefined });
      results.push({
        ruleId: f.ruleId,
        ruleIndex: ensureRule(f.ruleId, f),
        level: LEVEL[f.severity],
        message: { text: f.suggestion ? `${f.message}\n${f.suggestion}` : f.message },
        locations: [{
          physicalLocation: { artifactLocation: { uri }, region },
          ...(loc.clause ? { logicalLocations: [{ fullyQualifiedName: loc.clause, kind: 'section' }] } : {}),
        }],
        partialFingerprints: { 'stdAudit/v1': stableId([f.ruleId, uri, normaliseExcerpt(loc.excerpt), loc.clause ?? '']) },
        properties: compact({
          page: loc.page, paragraph: loc.paragraph, clause: loc.clause, indicator: f.indicator,
          baseline: f.baseline, expected: f.expected, found: f.found, basis: f.basis, verify: f.verify,
        }),
      });
    }
  }

  return {
    $schema: SCHEMA_URI,
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: result.tool.name, version: result.tool.version, rules } },
      language: opts.lang === 'zh' ? 'zh-CN' : 'en-US',
      columnKind: 'unicodeCodePoints',
      results,
      properties: { auditDate: result.auditDate },
    }],
  };
}

function unreadableResult(doc: DocumentResult, uri: string, ruleIndex: number, stableId: (p: string[]) => string): Result {
  const code = doc.error?.code ?? 'UNKNOWN';
  return {
    ruleId: UNREADABLE_RULE,
    ruleIndex,
    level: 'error',
    message: { text: `[${code}] ${doc.error?.message ?? ''}` },
    locations: [{ physicalLocation: { artifactLocation: { uri }, region: { startLine: 1 } } }],
    partialFingerprints: { 'stdAudit/v1': stableId([UNREADABLE_RULE, uri, code]) },
    properties: { errorCode: code },
  };
}

export const sarif: Reporter = {
  binary: false,
  extension: 'sarif',
  render: async (result, opts) => JSON.stringify(toSarif(result, opts), null, 2) + '\n',
};
