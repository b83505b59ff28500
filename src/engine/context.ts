// Serializable audit settings (they cross into worker threads) and the per-process context built from them.
import picomatch from 'picomatch';
import { createRegistry } from '../registry/create.ts';
import type { Catalogue } from '../baselines/types.ts';
import type { StatusEntry } from '../registry/types.ts';
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

export { DEFAULT_MAX_BYTES } from '../readers/types.ts';
export const DEFAULT_TIMEOUT_MS = 60_000;

/** The loaded data of a context: plain data, so the main thread loads and validates it once and workers get a copy. */
export interface ContextData {
  registryEntries: readonly StatusEntry[];
  catalogue: Catalogue;
}

const cache = new Map<string, AuditContext>();

/**
 * Builds (once per thread and settings) the context from the settings and the loaded registry and catalogue
 * (context-data.ts loads them; worker threads get them from the main thread).
 */
export function contextFor(s: AuditSettings, data: ContextData): AuditContext {
  const key = JSON.stringify(s);
  let ctx = cache.get(key);
  if (!ctx) {
    const matchers = s.baselineMap.map((m) => ({ test: picomatch(m.files, { dot: true, basename: !m.files.includes('/') }), use: m.use }));
    ctx = {
      auditDate: s.auditDate,
      lang: s.lang,
      profile: s.profile,
      registry: createRegistry(data.registryEntries),
      catalogue: data.catalogue,
      baselineIds: s.baselineIds,
      baselinesFor: (file) => matchers.filter((m) => m.test(file)).flatMap((m) => m.use),
      settings: s.rules,
      maxBytes: s.maxBytes,
    };
    cache.set(key, ctx);
  }
  return ctx;
}
