// Catalogue consistency: every rule carries complete metadata and bilingual messages (Specberus-style l10n check).
import { describe, expect, it } from 'vitest';
import { allRules } from '../src/rules/index.ts';
import { PROFILES } from '../src/engine/profile.ts';

describe('rule catalogue', () => {
  for (const { meta } of allRules) {
    it(`${meta.id} has complete metadata`, () => {
      expect(meta.id).toMatch(/^[a-z]+\/[a-z0-9-]+$/);
      expect(meta.basis.trim()).not.toBe('');
      expect(meta.profiles.length).toBeGreaterThan(0);
      for (const p of meta.profiles) expect(PROFILES).toContain(p);
      for (const text of [meta.description, meta.rationale, ...Object.values(meta.messages), ...Object.values(meta.suggestions ?? {})]) {
        expect(text.zh.trim()).not.toBe('');
        expect(text.en.trim()).not.toBe('');
        // placeholders must be the same in both languages
        const ph = (s: string): string[] => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();
        expect(ph(text.en)).toEqual(ph(text.zh));
      }
      expect(Object.keys(meta.messages).length).toBeGreaterThan(0);
      expect(meta.examples.bad.trim()).not.toBe('');
      expect(meta.examples.good.trim()).not.toBe('');
    });
  }
});
