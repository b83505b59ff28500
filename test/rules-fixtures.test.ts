// Every format rule has a failing and a passing fixture, and fires on its own bad example only.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { allRules } from '../src/rules/index.ts';
import { auditText } from './helpers.ts';

const FIXTURES = path.join(import.meta.dirname, 'fixtures', 'rules');

function fixture(id: string, kind: 'bad' | 'good'): string {
  return path.join(FIXTURES, `${id}.${kind}.md`);
}

describe('rule fixtures', () => {
  it('the catalogue is not empty and ids are unique', () => {
    expect(allRules.length).toBeGreaterThan(0);
    const ids = allRules.map((r) => r.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  for (const rule of allRules) {
    const id = rule.meta.id;
    describe(id, () => {
      it('has a bad and a good fixture', () => {
        expect(existsSync(fixture(id, 'bad')), `${fixture(id, 'bad')} missing`).toBe(true);
        expect(existsSync(fixture(id, 'good')), `${fixture(id, 'good')} missing`).toBe(true);
      });
      it('fires on its bad fixture', async () => {
        const file = fixture(id, 'bad');
        if (!existsSync(file)) return; // reported by the test above
        const result = await auditText(readFileSync(file, 'utf8'), `${id}.bad.md`);
        expect(result.findings.map((f) => f.ruleId)).toContain(id);
      });
      it('does not fire on its good fixture', async () => {
        const file = fixture(id, 'good');
        if (!existsSync(file)) return;
        const result = await auditText(readFileSync(file, 'utf8'), `${id}.good.md`);
        expect(result.findings.filter((f) => f.ruleId === id)).toEqual([]);
      });
    });
  }
});
