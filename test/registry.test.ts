// The standards status registry: files validate, lookups normalise keys, and every entry agrees with the
// researched status table (../shared/reference/baselines.md Part B) it was seeded from.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledRegistryDir, loadRegistry, readRegistryDir, RegistryError } from '../src/registry/load.ts';
import { validateRegistryFile } from '../src/registry/schema.ts';
import { normaliseKey } from '../src/registry/keys.ts';

const BASELINES_MD = path.resolve(import.meta.dirname, '../../shared/reference/baselines.md');

describe('registry files', () => {
  it('every bundled file validates and ids are unique', () => {
    const { entries, problems } = readRegistryDir(bundledRegistryDir());
    expect(problems).toEqual([]);
    expect(entries.length).toBeGreaterThan(50);
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
  });

  it('every replacedBy that names a registry key points to a newer edition', () => {
    const reg = loadRegistry();
    for (const e of reg.entries) {
      if (!e.replacedBy) continue;
      const m = /^(.*)-(\d{4})$/.exec(e.replacedBy)!;
      expect(m, e.id).not.toBeNull();
      if (normaliseKey(m[1]!) === e.key) expect(Number(m[2]), e.id).toBeGreaterThan(Number(e.year));
    }
  });

  it('looks editions up by normalised key', () => {
    const reg = loadRegistry();
    expect(reg.lookup('GB/T2912.1', '2009')?.id).toBe('GB/T 2912.1-2009');
    expect(reg.lookup('ＧＢ／Ｔ 2912.1', '2009')?.id).toBe('GB/T 2912.1-2009');
    expect(reg.lookup('GB 2760', '2014')?.replacedBy).toBe('GB 2760-2024');
    expect(reg.lookup('GB 2760', '1996')).toBeUndefined();
    expect(reg.editions('GB 2760').map((e) => e.year)).toEqual(['2024', '2014']);
    expect(reg.lookup('DB50/ 105', '2006')?.id).toBe('DB50/105-2006');
  });

  it('names file, entry and field in validation errors', () => {
    const res = validateRegistryFile('x.yaml', {
      entries: [
        { id: 'GB 2760—2014', key: 'GB 2760', year: '2014', title: 't', status: 'replaced', replacedBy: null, replacementIssued: null, replacementEffective: '2025-02-30', confidence: 'confirmed', source: 's' },
        { id: 'GB/T 1-2000', key: 'GB/T1', year: 2000, title: 't', status: 'current', replacedBy: null, replacementIssued: null, replacementEffective: null, confidence: 'unverified', source: 's' },
      ],
    });
    expect(res.entries).toEqual([]);
    const text = res.problems.join('\n');
    expect(text).toContain('x.yaml: entry 1 (GB 2760—2014): id:');
    expect(text).toContain('x.yaml: entry 1 (GB 2760—2014): replacementEffective: not a calendar date');
    expect(text).toContain('x.yaml: entry 1 (GB 2760—2014): replacedBy: required when status is "replaced"');
    expect(text).toContain('x.yaml: entry 2 (GB/T 1-2000): key: key must be normalised: "GB/T 1"');
    expect(text).toContain('x.yaml: entry 2 (GB/T 1-2000): confidence:');
    expect(validateRegistryFile('y.yaml', [1, 2]).problems[0]).toMatch(/^y\.yaml: /);
  });

  it('extra directories override bundled entries and invalid ones throw RegistryError', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'registry-'));
    writeFileSync(path.join(dir, 'local.yaml'), [
      'entries:',
      '  - { id: GB 18401-2010, key: GB 18401, year: "2010", title: 国家纺织产品基本安全技术规范, status: withdrawn,',
      '      replacedBy: null, replacementIssued: null, replacementEffective: 2026-01-01, confidence: confirmed, source: local test }',
    ].join('\n'));
    expect(loadRegistry([dir]).lookup('GB 18401', '2010')?.status).toBe('withdrawn');
    writeFileSync(path.join(dir, 'broken.yaml'), 'entries:\n  - { id: nope }\n');
    expect(() => loadRegistry([dir])).toThrow(RegistryError);
    expect(() => loadRegistry([path.join(dir, 'absent')])).toThrow(/registry directory not found/);
  });
});

/** Rows of the Part B table: edition ids of the first column and the other cells. */
function partBRows(md: string): { ids: string[]; status: string; replacedBy: string; dates: string; conf: string }[] {
  const start = md.indexOf('# Part B');
  const end = md.indexOf('Notes on the registry', start);
  return md
    .slice(start, end)
    .split('\n')
    .filter((l) => l.startsWith('| ') && !l.startsWith('| Standard') && !l.startsWith('|---'))
    .map((l) => l.split('|').slice(1, -1).map((c) => c.trim()))
    .map((c) => ({
      ids: c[0]!.replace(/\s*\([^)]*\)/g, '').split(/ \/ | \+ /).map((s) => s.trim()),
      status: c[2]!,
      replacedBy: c[3]!,
      dates: c[4]!,
      conf: c[5]!,
    }));
}

const alnum = (s: string): string => s.replace(/[^A-Za-z0-9]/g, '');

describe('registry vs baselines.md Part B', () => {
  it('confirmed/likely entries match the table; ❓ rows are not shipped; ✅ replaced rows are all shipped', () => {
    if (!existsSync(BASELINES_MD)) {
      console.warn(`registry comparison not run: ${BASELINES_MD} is absent (CI clones shared/ beside the repo)`);
      expect(existsSync(BASELINES_MD)).toBe(false);
      return;
    }
    const rows = partBRows(readFileSync(BASELINES_MD, 'utf8'));
    expect(rows.length).toBeGreaterThan(50);
    const reg = loadRegistry();
    const byId = new Map(reg.entries.map((e) => [e.id, e]));
    let compared = 0;
    for (const row of rows) {
      for (const id of row.ids) {
        const e = byId.get(id);
        if (row.conf.startsWith('❓')) {
          expect(e, `${id} is ❓ in baselines.md and must not be shipped`).toBeUndefined();
          continue;
        }
        if (row.conf.includes('✅') && row.status.includes('被代替')) expect(e, `${id} (✅ 被代替) missing from the registry`).toBeDefined();
        if (!e) continue;
        compared++;
        expect(row.conf, id).toContain(e.confidence === 'confirmed' ? '✅' : '◐');
        if (e.status === 'current') expect(row.status, id).toMatch(/^现行/);
        if (e.status === 'replaced') expect(row.status, id).toMatch(/被代替|废止|until/);
        if (e.status === 'converted') expect(row.status, id).toContain('转推荐');
        if (e.replacedBy) expect(alnum(row.replacedBy + row.status), id).toContain(alnum(e.replacedBy));
        if (e.replacementEffective) expect(row.dates, id).toContain(e.replacementEffective);
        if (e.replacementIssued) expect(row.dates, id).toContain(e.replacementIssued);
        if (e.status !== 'current' && !e.replacementEffective) expect(row.dates, id).not.toMatch(/→\s*\d{4}-\d{2}-\d{2}/);
      }
    }
    expect(compared).toBeGreaterThan(40);
  });
});
