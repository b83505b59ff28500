import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, findConfigFile, loadConfigFile } from '../src/engine/config.ts';
import { resolveSettings } from '../src/cli/settings.ts';

const known = new Set(['units/spacing', 'wording/must', 'indicator/missing']);

function tmp(): string {
  return mkdtempSync(path.join(os.tmpdir(), 'std-audit-config-'));
}

describe('config', () => {
  it('is discovered from a sub-directory upwards', () => {
    const root = tmp();
    writeFileSync(path.join(root, '.stdauditrc.yaml'), 'lang: en\n');
    const sub = path.join(root, 'a', 'b');
    mkdirSync(sub, { recursive: true });
    expect(findConfigFile(sub)).toBe(path.join(root, '.stdauditrc.yaml'));
  });

  it('reads YAML with severities, options, suppressions and resolves dirs against the file', () => {
    const root = tmp();
    const file = path.join(root, 'std-audit.config.yaml');
    writeFileSync(file, [
      'auditDate: 2025-01-31',
      'rules:',
      '  units/spacing: off',
      '  wording/must: [warning, {x: 1}]',
      'suppress:',
      '  - {rule: indicator/missing, files: "a/*.docx", clause: "4.1", reason: 已整改}',
      'baselines: {dirs: [my]}',
    ].join('\n'));
    const cfg = loadConfigFile(file, known);
    expect(cfg.baselines?.dirs).toEqual([path.join(root, 'my')]);
    const s = resolveSettings({}, cfg, root);
    expect(s.auditDate).toBe('2025-01-31');
    expect(s.rules.severity).toEqual({ 'units/spacing': 'off', 'wording/must': 'warning' });
    expect(s.rules.options['wording/must']).toEqual({ x: 1 });
    expect(s.suppress).toHaveLength(1);
  });

  it('rejects unknown rule ids, unknown keys and bad values with the file name', () => {
    const root = tmp();
    const file = path.join(root, 'std-audit.config.json');
    writeFileSync(file, JSON.stringify({ rules: { 'no/such-rule': 'error' } }));
    expect(() => loadConfigFile(file, known)).toThrow(/unknown rule id\(s\): no\/such-rule/);
    writeFileSync(file, JSON.stringify({ lnag: 'en' }));
    expect(() => loadConfigFile(file, known)).toThrow(ConfigError);
    writeFileSync(file, JSON.stringify({ rules: { 'wording/must': 'fatal' } }));
    expect(() => loadConfigFile(file, known)).toThrow(/rules\.wording\/must/);
    writeFileSync(file, '{ not json');
    expect(() => loadConfigFile(file, known)).toThrow(/cannot parse/);
  });

  it('lets command-line flags win over the config file', () => {
    const s = resolveSettings({ lang: 'en', auditDate: '2026-01-01', profile: 'national' }, { lang: 'zh', auditDate: '2025-01-01' }, '/');
    expect([s.lang, s.auditDate, s.profile]).toEqual(['en', '2026-01-01', 'national']);
    expect(() => resolveSettings({ lang: 'fr' }, {}, '/')).toThrow(/--lang/);
    expect(() => resolveSettings({ auditDate: '2026-13-45' }, {}, '/')).toThrow(/--audit-date/);
  });
});
