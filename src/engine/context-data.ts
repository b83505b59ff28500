// Loads and validates the registry and baseline catalogue a context needs (bundled data plus the user's
// directories), once per process and set of directories. Throws RegistryError / CatalogueError for bad files.
import { loadRegistry } from '../registry/load.ts';
import { loadCatalogue } from '../baselines/index.ts';
import type { AuditSettings, ContextData } from './context.ts';

const loaded = new Map<string, ContextData>();

export function loadContextData(s: Pick<AuditSettings, 'registryDirs' | 'baselineDirs'>): ContextData {
  const key = JSON.stringify([s.registryDirs, s.baselineDirs]);
  let data = loaded.get(key);
  if (!data) {
    data = { registryEntries: loadRegistry(s.registryDirs).entries, catalogue: loadCatalogue(s.baselineDirs) };
    loaded.set(key, data);
  }
  return data;
}
