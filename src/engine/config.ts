// Configuration: discovered from the working directory upwards, validated with zod, merged with CLI flags.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { parseYaml } from '../yaml.ts';

export const CONFIG_NAMES = [
  'std-audit.config.json', 'std-audit.config.yaml', 'std-audit.config.yml',
  '.stdauditrc', '.stdauditrc.json', '.stdauditrc.yaml', '.stdauditrc.yml',
] as const;

const severity = z.enum(['error', 'warning', 'info', 'off']);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD').refine((s) => !Number.isNaN(Date.parse(s)), 'not a valid date');

export const configSchema = z.strictObject({
  $schema: z.string().optional(),
  profile: z.enum(['auto', 'enterprise-product', 'enterprise-service', 'national']).optional(),
  auditDate: isoDate.optional(),
  lang: z.enum(['zh', 'en']).optional(),
  /** Per-rule severity, or [severity, options]. */
  rules: z.record(z.string(), z.union([severity, z.tuple([severity, z.record(z.string(), z.unknown())])])).optional(),
  /** File globs never audited. */
  ignores: z.array(z.string()).optional(),
  /** Findings suppressed by rule + file glob (+ clause), each with a reason. */
  suppress: z.array(z.strictObject({
    rule: z.string(),
    files: z.string().optional(),
    clause: z.string().optional(),
    reason: z.string().min(1, 'give a reason for every suppression'),
  })).optional(),
  baselines: z.strictObject({
    /** Extra baseline directories (YAML/JSON files), relative to the config file. */
    dirs: z.array(z.string()).optional(),
    /** Baselines applied to every document. */
    use: z.array(z.string()).optional(),
    /** Baselines applied to documents matching a glob. */
    map: z.array(z.strictObject({ files: z.string(), use: z.array(z.string()).min(1) })).optional(),
  }).optional(),
  registry: z.strictObject({ dirs: z.array(z.string()).optional() }).optional(),
  /** Per-file limits. */
  timeout: z.number().positive().optional(),
  maxFileSize: z.number().int().positive().optional(),
});

export type StdAuditConfig = z.infer<typeof configSchema>;

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

export function findConfigFile(startDir: string): string | null {
  let dir = path.resolve(startDir);
  for (;;) {
    for (const name of CONFIG_NAMES) {
      const p = path.join(dir, name);
      if (existsSync(p)) return p;
    }
    const parent = path.dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

function formatIssues(file: string, error: z.ZodError): string {
  return error.issues
    .map((i) => `${file}: ${i.path.length ? i.path.join('.') : '(root)'}: ${i.message}`)
    .join('\n');
}

/** Reads and validates a config file; relative directories are resolved against the file's folder. */
export function loadConfigFile(file: string, knownRuleIds: ReadonlySet<string>): StdAuditConfig {
  let data: unknown;
  try {
    const text = readFileSync(file, 'utf8');
    data = file.endsWith('.json') ? JSON.parse(text) : parseYaml(text);
  } catch (err) {
    throw new ConfigError(`${file}: cannot parse: ${err instanceof Error ? err.message : String(err)}`);
  }
  const parsed = configSchema.safeParse(data ?? {});
  if (!parsed.success) throw new ConfigError(formatIssues(file, parsed.error));
  const cfg = parsed.data;
  const unknown = [
    ...Object.keys(cfg.rules ?? {}),
    ...(cfg.suppress ?? []).map((s) => s.rule),
  ].filter((id) => !knownRuleIds.has(id));
  if (unknown.length) throw new ConfigError(`${file}: unknown rule id(s): ${[...new Set(unknown)].join(', ')} (see \`std-audit rules\`)`);
  const base = path.dirname(file);
  const abs = (d: string): string => path.resolve(base, d);
  if (cfg.baselines?.dirs) cfg.baselines.dirs = cfg.baselines.dirs.map(abs);
  if (cfg.registry?.dirs) cfg.registry.dirs = cfg.registry.dirs.map(abs);
  return cfg;
}
