// Loads the standards status registry: the bundled checks/registry/*.yaml, then YAML files of extra
// directories (which may override bundled entries by id, e.g. a user's newer status information).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseYaml } from '../yaml.ts';
import type { StatusEntry, StatusRegistry } from './types.ts';
import { validateRegistryFile } from './schema.ts';
import { createRegistry } from './create.ts';
import { readSnapshot } from '../data-snapshot.ts';

export { createRegistry } from './create.ts';

export class RegistryError extends Error {
  constructor(public readonly problems: string[]) {
    super(`invalid standards registry:\n  ${problems.join('\n  ')}`);
    this.name = 'RegistryError';
  }
}

/** checks/registry beside src/ or dist/: src/registry/load.ts and dist/registry/load.js are both two levels down. */
export function bundledRegistryDir(): string {
  return fileURLToPath(new URL('../../checks/registry/', import.meta.url));
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => /\.ya?ml$/i.test(f))
    .sort()
    .map((f) => path.join(dir, f));
}

/** Reads and validates every registry file of a directory; problems are collected, not thrown one by one. */
export function readRegistryDir(dir: string): { entries: StatusEntry[]; problems: string[] } {
  const entries: StatusEntry[] = [];
  const problems: string[] = [];
  for (const file of yamlFiles(dir)) {
    const label = path.relative(process.cwd(), file) || file;
    let data: unknown;
    try {
      data = parseYaml(readFileSync(file, 'utf8'));
    } catch (err) {
      problems.push(`${label}: YAML syntax error: ${err instanceof Error ? err.message : String(err)}`);
      continue;
    }
    const res = validateRegistryFile(label, data);
    entries.push(...res.entries);
    problems.push(...res.problems);
  }
  const seen = new Set<string>();
  for (const e of entries) {
    if (seen.has(e.id)) problems.push(`${dir}: duplicate entry id "${e.id}"`);
    seen.add(e.id);
  }
  return { entries, problems };
}

/** The bundled registry from its build-time snapshot, else from its files. */
function readBundledRegistry(): { entries: StatusEntry[]; problems: string[] } {
  const dir = bundledRegistryDir();
  const snap = readSnapshot<StatusEntry[]>('registry', dir);
  return snap ? { entries: snap, problems: [] } : readRegistryDir(dir);
}

export function loadRegistry(extraDirs: string[] = []): StatusRegistry {
  const bundled = readBundledRegistry();
  const problems = [...bundled.problems];
  const byId = new Map(bundled.entries.map((e) => [e.id, e]));
  for (const dir of extraDirs) {
    if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory()) {
      problems.push(`${dir}: registry directory not found`);
      continue;
    }
    const extra = readRegistryDir(dir);
    problems.push(...extra.problems);
    for (const e of extra.entries) byId.set(e.id, e);
  }
  if (problems.length > 0) throw new RegistryError(problems);
  return createRegistry([...byId.values()]);
}
