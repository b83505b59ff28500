// Public entry of the baseline checks: catalogue loading, checking a document, rule descriptors.
import type { StandardDocument } from '../model/types.ts';
import type { AppliedBaseline, Finding, Lang } from '../engine/types.ts';
import { bundledBaselineDir, loadCatalogueFrom, type Catalogue } from './catalogue.ts';
import { runBaselineChecks } from './check.ts';

export type { Catalogue, Baseline } from './catalogue.ts';
export { CatalogueError, findBaseline, bundledBaselineDir } from './catalogue.ts';
export { indicatorRuleInfosFor } from './messages.ts';

export interface BaselineOptions {
  /** Baseline ids forced by --baseline or config mappings. */
  explicit: string[];
  auditDate: string;
  lang: Lang;
}

/** Bundled baselines plus user directories (a user file with a bundled id replaces it). Cached per dirs. */
export function loadCatalogue(extraDirs: string[] = []): Catalogue {
  return loadCatalogueFrom([bundledBaselineDir(), ...extraDirs]);
}

/** Never throws: an internal failure becomes one indicator/unresolved warning, like a crashing format rule. */
export function checkBaselines(doc: StandardDocument, cat: Catalogue, opts: BaselineOptions): { applied: AppliedBaseline[]; findings: Finding[] } {
  try {
    return runBaselineChecks(doc, cat, opts);
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    return {
      applied: [],
      findings: [{
        ruleId: 'indicator/unresolved', category: 'indicator', severity: 'warning',
        message: (opts.lang === 'en' ? 'Baseline check failed: ' : '基线核查出错：') + detail,
        basis: '', location: { clause: null, page: null, line: null, paragraph: null, excerpt: '' },
        indicator: null, baseline: null, expected: null, found: null, suggestion: null,
      }],
    };
  }
}
