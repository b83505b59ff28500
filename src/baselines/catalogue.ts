// Loads baseline files (bundled checks/baselines plus user directories), validates them with the zod
// schema and caches the result per set of directories. A user file with the id of a bundled one replaces it.
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseYaml } from '../yaml.ts';
import { isDataFile, readSnapshot } from '../data-snapshot.ts';
import { baselineSchema, describeIssues } from './schema.ts';
import type { Baseline, Catalogue } from './types.ts';

export type { Baseline, Catalogue } from './types.ts';
export { findBaseline } from './types.ts';

export class CatalogueError extends Error {
  constructor(public readonly issues: string[]) {
    super(`invalid baseline files:\n${issues.join('\n')}`);
    this.name = 'CatalogueError';
  }
}

/** checks/baselines of the package: ../../checks from src/baselines/ and from dist/baselines/. */
export function bundledBaselineDir(): string {
  return fileURLToPath(new URL('../../checks/baselines/', import.meta.url));
}

function listFiles(dir: string): string[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new CatalogueError([`${dir}: not a directory`]);
  return readdirSync(dir).filter(isDataFile).sort().map((f) => path.join(dir, f));
}

/** Parses and validates one baseline file; throws CatalogueError with "file: path: message" lines. */
function loadBaselineFile(file: string): Baseline {
  let data: unknown;
  try {
    const text = readFileSync(file, 'utf8');
    data = /\.json$/i.test(file) ? JSON.parse(text) : parseYaml(text);
  } catch (err) {
    throw new CatalogueError([`${file}: cannot be parsed: ${err instanceof Error ? err.message : String(err)}`]);
  }
  const r = baselineSchema.safeParse(data);
  if (!r.success) throw new CatalogueError(describeIssues(file, r.error));
  const m = /^(.*)-(\d{4})$/.exec(r.data.id)!;
  return { ...r.data, file, key: m[1]!, year: m[2]! };
}

/** Every baseline file of one directory, with the problems found (a duplicate id within it is one). */
export function readBaselineDir(dir: string): { baselines: Baseline[]; issues: string[] } {
  const baselines: Baseline[] = [];
  const issues: string[] = [];
  const ids = new Map<string, string>();
  let files: string[];
  try {
    files = listFiles(dir);
  } catch (err) {
    if (err instanceof CatalogueError) return { baselines, issues: err.issues };
    throw err;
  }
  for (const file of files) {
    try {
      const b = loadBaselineFile(file);
      const prev = ids.get(b.id);
      if (prev) issues.push(`${file}: duplicate baseline id "${b.id}" (also in ${prev})`);
      ids.set(b.id, file);
      baselines.push(b);
    } catch (err) {
      if (err instanceof CatalogueError) issues.push(...err.issues);
      else throw err;
    }
  }
  return { baselines, issues };
}

/** The bundled directory from its build-time snapshot (file names stored relative), else from its files. */
function readBundledDir(dir: string): { baselines: Baseline[]; issues: string[] } {
  const snap = readSnapshot<Baseline[]>('baselines', dir);
  return snap ? { baselines: snap.map((b) => ({ ...b, file: path.join(dir, b.file) })), issues: [] } : readBaselineDir(dir);
}

/** The bundled baselines as the build snapshots them: file names relative to their directory. */
export function bundledBaselinesForSnapshot(): { baselines: Baseline[]; issues: string[] } {
  const { baselines, issues } = readBaselineDir(bundledBaselineDir());
  return { baselines: baselines.map((b) => ({ ...b, file: path.basename(b.file) })), issues };
}

const cache = new Map<string, Catalogue>();

export function loadCatalogueFrom(dirs: string[]): Catalogue {
  const cacheKey = dirs.join('\0');
  const hit = cache.get(cacheKey);
  if (hit) return hit;
  const issues: string[] = [];
  const byId = new Map<string, Baseline>();
  const bundled = bundledBaselineDir();
  for (const dir of dirs) {
    const read = path.resolve(dir) === path.resolve(bundled) ? readBundledDir(dir) : readBaselineDir(dir);
    issues.push(...read.issues);
    for (const b of read.baselines) byId.set(b.id, b);
  }
  for (const b of byId.values()) {
    if (b.replacedBy && !byId.has(b.replacedBy) && b.indicators.length) {
      issues.push(`${b.file}: replacedBy "${b.replacedBy}" is not in the catalogue`);
    }
  }
  if (issues.length) throw new CatalogueError(issues);
  const cat: Catalogue = { baselines: [...byId.values()].sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true })) };
  cache.set(cacheKey, cat);
  return cat;
}
