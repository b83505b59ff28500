// Public entry of the baseline checks: catalogue loading, checking a document, rule descriptors.
import { bundledBaselineDir, loadCatalogueFrom, type Catalogue } from './catalogue.ts';
export { checkBaselines, type BaselineOptions } from './check.ts';

export type { Catalogue, Baseline } from './catalogue.ts';
export { CatalogueError, findBaseline, bundledBaselineDir } from './catalogue.ts';
export { indicatorRuleInfosFor } from './messages.ts';

/** Bundled baselines plus user directories (a user file with a bundled id replaces it). Cached per dirs. */
export function loadCatalogue(extraDirs: string[] = []): Catalogue {
  return loadCatalogueFrom([bundledBaselineDir(), ...extraDirs]);
}
