// Resolves CLI flags + discovered config file into AuditSettings. Flags win over the config file.
import path from 'node:path';
import { ConfigError, findConfigFile, loadConfigFile, type StdAuditConfig } from '../engine/config.ts';
import { knownRuleIds } from '../engine/catalogue.ts';
import { DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS, type AuditSettings } from '../engine/context.ts';
import type { RuleSettings } from '../engine/run-rules.ts';
import type { Lang } from '../engine/types.ts';
import type { Profile } from '../rules/types.ts';

export interface CommonFlags {
  config?: string | false;
  lang?: string;
  auditDate?: string;
  profile?: string;
  baseline?: string[];
  baselines?: string[];
  registry?: string[];
  timeout?: string;
  maxSize?: string;
}

export function today(): string {
  const d = new Date();
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

import { UsageError } from './usage-error.ts';

export { UsageError };

function oneOf<T extends string>(name: string, value: string | undefined, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`--${name} must be one of ${allowed.join(', ')} (got "${value}")`);
  return value as T;
}

function positive(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new UsageError(`--${name} takes a positive number (got "${value}")`);
  return n;
}

export function loadConfig(flags: CommonFlags, cwd: string): { config: StdAuditConfig; file: string | null } {
  if (flags.config === false) return { config: {}, file: null };
  const file = flags.config ? path.resolve(cwd, flags.config) : findConfigFile(cwd);
  if (!file) return { config: {}, file: null };
  return { config: loadConfigFile(file, knownRuleIds()), file };
}

export function resolveSettings(flags: CommonFlags, config: StdAuditConfig, cwd: string): AuditSettings {
  const lang = oneOf<Lang>('lang', flags.lang, ['zh', 'en']) ?? config.lang ?? 'zh';
  const auditDate = flags.auditDate ?? config.auditDate ?? today();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(auditDate) || Number.isNaN(Date.parse(auditDate))) throw new UsageError(`--audit-date must be YYYY-MM-DD (got "${auditDate}")`);
  const profile = oneOf<Profile | 'auto'>('profile', flags.profile, ['auto', 'enterprise-product', 'enterprise-service', 'national']) ?? config.profile ?? 'auto';
  const rules: RuleSettings = { severity: {}, options: {} };
  for (const [id, v] of Object.entries(config.rules ?? {})) {
    if (Array.isArray(v)) {
      rules.severity[id] = v[0];
      rules.options[id] = v[1];
    } else rules.severity[id] = v;
  }
  const timeoutS = positive('timeout', flags.timeout) ?? config.timeout;
  const maxMb = positive('max-size', flags.maxSize);
  return {
    auditDate, lang, profile,
    baselineIds: [...(config.baselines?.use ?? []), ...(flags.baseline ?? [])],
    baselineMap: config.baselines?.map ?? [],
    baselineDirs: [...(config.baselines?.dirs ?? []), ...(flags.baselines ?? []).map((d) => path.resolve(cwd, d))],
    registryDirs: [...(config.registry?.dirs ?? []), ...(flags.registry ?? []).map((d) => path.resolve(cwd, d))],
    rules,
    suppress: config.suppress ?? [],
    maxBytes: maxMb ? Math.round(maxMb * 1024 * 1024) : (config.maxFileSize ?? DEFAULT_MAX_BYTES),
    timeoutMs: timeoutS ? timeoutS * 1000 : DEFAULT_TIMEOUT_MS,
  };
}

export { ConfigError };
