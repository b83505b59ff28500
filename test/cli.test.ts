// The command line end to end (compiled build, as users run it): exit codes, formats, commands.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AuditResult } from '../src/engine/types.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const BIN = path.join(ROOT, 'bin', 'std-audit.js');
const GOLDEN = path.join(ROOT, 'test', 'fixtures', 'golden.md');

function cli(args: string[], cwd = ROOT, env: Record<string, string> = {}): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', timeout: 120_000, env: { ...process.env, ...env }, maxBuffer: 64 << 20 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function tmp(): string {
  return mkdtempSync(path.join(os.tmpdir(), 'std-audit-cli-'));
}

describe('std-audit check', () => {
  it('exits 0 on a clean standard and prints a readable report', () => {
    const r = cli(['check', GOLDEN, '--audit-date', '2026-11-23', '--no-config']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('golden.md');
    expect(r.stdout).not.toMatch(/\x1b\[/); // no colours when not a TTY
  });

  it('exits 1 with error findings and 2 when nothing matched or the usage is wrong', () => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'bad.md'), readFileSync(GOLDEN, 'utf8').replace('本文件按照GB/T 1.1—2020', '本标准按照GB/T 1.1—2009'));
    expect(cli(['check', 'bad.md', '--no-config'], dir).status).toBe(1);
    expect(cli(['check', 'empty-dir-*.docx', '--no-config'], dir).status).toBe(2);
    expect(cli(['check', 'bad.md', '--format', 'nope', '--no-config'], dir).status).toBe(2);
    expect(cli(['check', 'bad.md', '--lang', 'fr', '--no-config'], dir).status).toBe(2);
  });

  it('writes JSON honouring the contract, English with --lang en, deterministic across runs', () => {
    const a = cli(['check', GOLDEN, '-f', 'json', '--audit-date', '2026-11-23', '--lang', 'en', '--no-config']);
    const b = cli(['check', GOLDEN, '-f', 'json', '--audit-date', '2026-11-23', '--lang', 'en', '--no-config']);
    expect(a.stdout).toBe(b.stdout);
    const r = JSON.parse(a.stdout) as AuditResult;
    expect(Object.keys(r).slice(0, 5)).toEqual(['schemaVersion', 'tool', 'auditDate', 'summary', 'documents']);
    expect(r.schemaVersion).toBe(1);
    expect(r.auditDate).toBe('2026-11-23');
    expect(r.summary.documents).toBe(1);
    const d = r.documents[0]!;
    expect(Object.keys(d)).toEqual(expect.arrayContaining(['file', 'status', 'error', 'format', 'encoding', 'meta', 'baselines', 'flags', 'findings']));
    expect(d.meta).toMatchObject({ standardNumber: 'Q/CQMY 001—2024', title: '纯棉针织内衣', issued: '2024-05-10', effective: '2024-06-01' });
  });

  it('--max-warnings, --quiet and config severities change the outcome', () => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'w.md'), readFileSync(GOLDEN, 'utf8').replace('Q/CQMY 001—2024', 'Q/CQMY 001-2024'));
    const base = ['check', 'w.md', '-f', 'json', '--audit-date', '2026-11-23'];
    const plain = JSON.parse(cli([...base, '--no-config'], dir).stdout) as AuditResult;
    expect(plain.documents[0]!.findings.map((f) => f.ruleId)).toContain('identity/number-dash');
    expect(cli([...base, '--no-config', '--max-warnings', '0'], dir).status).toBe(1);
    writeFileSync(path.join(dir, 'std-audit.config.json'), JSON.stringify({ rules: { 'identity/number-dash': 'error' } }));
    const strict = cli(base, dir);
    expect(strict.status).toBe(1);
    expect((JSON.parse(strict.stdout) as AuditResult).documents[0]!.findings.find((f) => f.ruleId === 'identity/number-dash')?.severity).toBe('error');
    writeFileSync(path.join(dir, 'std-audit.config.json'), JSON.stringify({ rules: { 'identity/number-dash': 'off' } }));
    expect((JSON.parse(cli(base, dir).stdout) as AuditResult).documents[0]!.findings.map((f) => f.ruleId)).not.toContain('identity/number-dash');
    writeFileSync(path.join(dir, 'std-audit.config.json'), JSON.stringify({ rules: { 'no/such': 'off' } }));
    const badCfg = cli(base, dir);
    expect(badCfg.status).toBe(2);
    expect(badCfg.stderr).toContain('no/such');
  });

  it('writes several reports from one run, atomically, next to terminal output', () => {
    const dir = tmp();
    const r = cli(['check', GOLDEN, '--audit-date', '2026-11-23', '--no-config',
      '--report', `json:${dir}/r.json`, '--report', `sarif:${dir}/r.sarif`, '--report', `html:${dir}/r.html`,
      '--report', `docx:${dir}/r.docx`, '--report', `xlsx:${dir}/r.xlsx`, '--report', `csv:${dir}/r.csv`]);
    expect(r.status).toBe(0);
    for (const f of ['r.json', 'r.sarif', 'r.html', 'r.docx', 'r.xlsx', 'r.csv']) expect(existsSync(path.join(dir, f))).toBe(true);
    expect(JSON.parse(readFileSync(path.join(dir, 'r.sarif'), 'utf8')).version).toBe('2.1.0');
  });

  it('caches results and shards deterministically', () => {
    const dir = tmp();
    for (const n of ['a', 'b', 'c', 'd']) writeFileSync(path.join(dir, `${n}.md`), readFileSync(GOLDEN));
    const args = ['check', '.', '-f', 'json', '--audit-date', '2026-11-23', '--no-config'];
    const first = cli([...args, '--cache'], dir);
    const second = cli([...args, '--cache'], dir);
    expect(second.stdout).toBe(first.stdout);
    expect(existsSync(path.join(dir, '.std-audit-cache', 'results.json'))).toBe(true);
    cli([...args, '--shard', '1/2', '-o', 's1.json'], dir);
    cli([...args, '--shard', '2/2', '-o', 's2.json'], dir);
    const shards = ['s1.json', 's2.json'].map((f) => (JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as AuditResult).documents.length);
    expect(shards[0]! + shards[1]!).toBe(4);
    const merged = cli(['merge', 's1.json', 's2.json', '-f', 'json'], dir);
    expect(merged.stdout).toBe(first.stdout);
  });
});

describe('other commands', () => {
  it('rules lists the catalogue; explain shows a rule; unknown ids exit 2', () => {
    const rules = cli(['rules', '--json']);
    expect(rules.status).toBe(0);
    const ids = (JSON.parse(rules.stdout) as { id: string }[]).map((r) => r.id);
    expect(ids).toEqual(expect.arrayContaining(['foreword/drafting-basis', 'references/outdated', 'indicator/missing']));
    expect(cli(['explain', 'foreword/drafting-basis']).stdout).toContain('GB/T 1.1—2020');
    expect(cli(['explain', 'no/such']).status).toBe(2);
  });

  it('inspect prints the model with cover fields and clause numbers', () => {
    const r = cli(['inspect', GOLDEN]);
    expect(r.status).toBe(0);
    const doc = JSON.parse(r.stdout) as { cover: { standardNumber: { value: string } }; clauses: { number: string }[] };
    expect(doc.cover.standardNumber.value).toBe('Q/CQMY 001—2024');
    expect(doc.clauses.map((c) => c.number)).toEqual(['1', '2', '3', '4', '5', '6', '7', 'A']);
  });

  it('baselines list/show print the catalogue', () => {
    expect(cli(['baselines', 'list']).stdout).toContain('GB 18401-2010');
    expect(cli(['baselines', 'show', 'GB 18401-2010']).stdout).toContain('甲醛');
    expect(cli(['baselines', 'show', 'GB 0-0000']).status).toBe(2);
  });
});
