// Serializable audit settings (they cross into worker threads) and the per-process context built from them.
import picomatch from 'picomatch';
import { loadRegistry } from '../registry/load.ts';
import { loadCatalogue } from '../baselines/index.ts';
import type { Profile } from '../rules/types.ts';
import type { AuditContext } from './audit.ts';
import type { RuleSettings } from './run-rules.ts';
import type { Suppression } from './suppress.ts';
import type { Lang } from './types.ts';

export interface AuditSettings {
  auditDate: string;
  lang: Lang;
  profile: Profile | 'auto';
  baselineIds: string[];
  baselineMap: { files: string; use: string[] }[];
  baselineDirs: string[];
  registryDirs: string[];
  rules: RuleSettings;
  suppress: Suppression[];
  maxBytes: number;
  timeoutMs: number;
}

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;
export const DEFAULT_TIMEOUT_MS = 60_000;

const cache = new Map<string, AuditContext>();

/** Builds (once per process and settings) the context with loaded registry and baseline catalogue. */
export function contextFor(s: AuditSettings): AuditContext {
  const key = JSON.stringify(s);
  let ctx = cache.get(key);
  if (!ctx) {
    const matchers = s.baselineMap.map((m) => ({ test: picomatch(m.files, { dot: true, basename: !m.files.includes('/') }), use: m.use }));
    ctx = {
      auditDate: s.auditDate,
      lang: s.lang,
      profile: s.profile,
      registry: loadRegistry(s.registryDirs),
      catalogue: loadCatalogue(s.baselineDirs),
      baselineIds: s.baselineIds,
      baselinesFor: (file) => matchers.filter((m) => m.test(file)).flatMap((m) => m.use),
      settings: s.rules,
      maxBytes: s.maxBytes,
    };
    cache.set(key, ctx);
  }
  return ctx;
}
