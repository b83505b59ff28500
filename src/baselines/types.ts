// The loaded baseline catalogue as plain data, and lookups in it. Kept apart from the loader (catalogue.ts) so the
// checking side (worker threads) does not load zod or the YAML parser.
import type { BaselineFile } from './schema.ts';

export interface Baseline extends BaselineFile {
  /** File it was loaded from. */
  file: string;
  /** "GB 18401" — code and number without year. */
  key: string;
  year: string;
}

/** Plain data (no functions), so it can be passed to worker threads. */
export interface Catalogue {
  baselines: readonly Baseline[];
}

/** Finds a baseline by edition ("GB 18401-2010") or by key ("GB 18401" → the edition in force, else the newest). */
export function findBaseline(cat: Catalogue, id: string): Baseline | undefined {
  const wanted = id.normalize('NFKC').replace(/[—–－]/g, '-').replace(/\s+/g, ' ').trim().replace(/^([A-Z/]+)(\d)/, '$1 $2');
  const exact = cat.baselines.find((b) => b.id === wanted);
  if (exact) return exact;
  const editions = cat.baselines.filter((b) => b.key === wanted).sort((a, b) => b.year.localeCompare(a.year));
  return editions.find((b) => b.status === 'current') ?? editions[0];
}
