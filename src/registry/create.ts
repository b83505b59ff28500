// The registry's lookups over plain entries. Kept apart from the loader (load.ts) so worker threads, which get
// the entries from the main thread, do not load zod or the YAML parser.
import type { StatusEntry, StatusRegistry } from './types.ts';
import { compactKey } from './keys.ts';

export function createRegistry(entries: readonly StatusEntry[]): StatusRegistry {
  const byKey = new Map<string, StatusEntry[]>();
  for (const e of entries) {
    const k = compactKey(e.key);
    byKey.set(k, [...(byKey.get(k) ?? []), e]);
  }
  for (const list of byKey.values()) list.sort((a, b) => b.year.localeCompare(a.year));
  return {
    entries,
    lookup: (key, year) => byKey.get(compactKey(key))?.find((e) => e.year === year),
    editions: (key) => [...(byKey.get(compactKey(key)) ?? [])],
  };
}
