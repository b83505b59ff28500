import { describe, expect, it } from 'vitest';
import { mergeResults } from '../src/engine/merge.ts';
import { applySuppressions } from '../src/engine/suppress.ts';
import { summarize } from '../src/engine/summary.ts';
import type { AuditResult, DocumentResult, Finding } from '../src/engine/types.ts';

function finding(ruleId: string, severity: Finding['severity'], clause: string | null, category: Finding['category'] = 'wording'): Finding {
  return {
    ruleId, category, severity, message: ruleId, basis: 'x',
    location: { clause, page: null, line: 1, paragraph: null, excerpt: '' },
    indicator: null, baseline: null, expected: null, found: null, suggestion: null,
  };
}

function doc(file: string, findings: Finding[], status: DocumentResult['status'] = 'ok'): DocumentResult {
  const errors = findings.filter((f) => f.severity === 'error');
  return {
    file, status, error: status === 'ok' ? null : { code: 'EMPTY', message: 'empty' }, format: 'md', encoding: 'utf-8', profile: 'enterprise-product',
    meta: { standardNumber: null, title: null, company: null, issued: null, effective: null }, baselines: [],
    flags: {
      formatProblems: errors.some((f) => f.category !== 'indicator'),
      missingIndicators: errors.some((f) => f.ruleId === 'indicator/missing'),
      belowBaseline: errors.some((f) => f.ruleId === 'indicator/looser'),
    },
    findings, rulesChecked: [],
  };
}

function result(docs: DocumentResult[], auditDate = '2026-11-23'): AuditResult {
  return { schemaVersion: 1, tool: { name: 'std-audit', version: '0.0.0' }, auditDate, lang: 'zh', summary: summarize(docs), documents: docs, rules: [{ id: 'wording/must', category: 'wording', severity: 'error', basis: 'x', description: 'd', help: 'h' }] };
}

describe('merge', () => {
  it('combines shards into one sorted result with recomputed summary', () => {
    const a = result([doc('b.md', [finding('wording/must', 'error', '4.1')])]);
    const b = result([doc('a.md', [finding('indicator/missing', 'error', '4', 'indicator')]), doc('c.md', [], 'unreadable')]);
    const m = mergeResults([a, b]);
    expect(m.documents.map((d) => d.file)).toEqual(['a.md', 'b.md', 'c.md']);
    expect(m.summary).toEqual({ documents: 3, unreadable: 1, formatProblems: 1, missingIndicators: 1, belowBaseline: 0, errors: 2, warnings: 0 });
    expect(m.rules.map((r) => r.id)).toEqual(['wording/must']);
  });

  it('refuses overlapping shards and different audit dates', () => {
    expect(() => mergeResults([result([doc('a.md', [])]), result([doc('a.md', [])])])).toThrow(/more than one/);
    expect(() => mergeResults([result([doc('a.md', [])]), result([doc('b.md', [])], '2026-01-01')])).toThrow(/audit dates/);
  });
});

describe('suppressions', () => {
  it('drop findings by rule + file glob + clause and recompute flags', () => {
    const d = doc('std/Q_ABC_003.docx', [finding('wording/must', 'error', '5.1'), finding('wording/must', 'error', '6.2')]);
    const out = applySuppressions(d, [{ rule: 'wording/must', files: 'Q_ABC_*.docx', clause: '5.1', reason: 'r' }]);
    expect(out.findings.map((f) => f.location.clause)).toEqual(['6.2']);
    const all = applySuppressions(d, [{ rule: 'wording/must', files: 'std/**', reason: 'r' }]);
    expect(all.findings).toEqual([]);
    expect(all.flags.formatProblems).toBe(false);
    expect(applySuppressions(d, [{ rule: 'wording/must', files: 'other/**', reason: 'r' }]).findings).toHaveLength(2);
  });
});

describe('shards', () => {
  it('partition the files: every file in exactly one shard, stable', async () => {
    const { inShard, parseShard } = await import('../src/engine/shard.ts');
    const files = Array.from({ length: 200 }, (_, i) => `dir/Q_${i}.docx`);
    const shards = [1, 2, 3].map((i) => files.filter((f) => inShard(f, parseShard(`${i}/3`)!)));
    expect(shards.flat().sort()).toEqual([...files].sort());
    for (const s of shards) expect(s.length).toBeGreaterThan(40);
    expect(parseShard('0/3')).toBeNull();
    expect(parseShard('4/3')).toBeNull();
    expect(parseShard('x')).toBeNull();
  });
});

describe('result cache', () => {
  it('hits for the same content and run key only, and never stores time-outs', async () => {
    const { ResultCache } = await import('../src/engine/cache.ts');
    const { mkdtempSync } = await import('node:fs');
    const os = await import('node:os');
    const path = await import('node:path');
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'std-audit-cache-')), 'c.json');
    const c1 = new ResultCache(file, 'k1');
    c1.set('h1', doc('a.md', [finding('wording/must', 'error', '4.1')]));
    c1.set('h2', { ...doc('t.md', [], 'unreadable'), error: { code: 'TIMEOUT', message: 't' } });
    c1.save();
    const c2 = new ResultCache(file, 'k1');
    expect(c2.get('h1', 'renamed.md')?.file).toBe('renamed.md');
    expect(c2.get('h1', 'renamed.md')?.findings).toHaveLength(1);
    expect(c2.get('h2', 't.md')).toBeNull();
    expect(new ResultCache(file, 'k2').get('h1', 'a.md')).toBeNull();
  });
});
