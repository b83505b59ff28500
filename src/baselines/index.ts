// Public entry of the baseline checks. Implemented by the baselines work; signatures are fixed.
import type { StandardDocument } from '../model/types.ts';
import type { AppliedBaseline, Finding, Lang, RuleInfo } from '../engine/types.ts';

export interface Catalogue {
  baselines: readonly unknown[];
}

export interface BaselineOptions {
  /** Baseline ids forced by --baseline or config mappings. */
  explicit: string[];
  auditDate: string;
  lang: Lang;
}

export function loadCatalogue(_extraDirs: string[] = []): Catalogue {
  return { baselines: [] };
}

export function checkBaselines(_doc: StandardDocument, _cat: Catalogue, _opts: BaselineOptions): { applied: AppliedBaseline[]; findings: Finding[] } {
  return { applied: [], findings: [] };
}

/** Rule descriptors for indicator findings (indicator/missing, indicator/looser, …). */
export const indicatorRuleInfos: RuleInfo[] = [];
