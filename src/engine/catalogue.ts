// The rule catalogue as data for reporters and `std-audit rules`: format rules + indicator findings.
import { allRules } from '../rules/index.ts';
import { indicatorRuleInfosFor } from '../baselines/messages.ts';
import { localize } from './messages.ts';
import type { Lang, RuleInfo } from './types.ts';

export function ruleInfos(lang: Lang): RuleInfo[] {
  const format: RuleInfo[] = allRules.map(({ meta }) => ({
    id: meta.id,
    category: meta.category,
    severity: meta.severity,
    basis: meta.basis,
    description: localize(meta.description, lang),
    help: localize(meta.rationale, lang),
  }));
  return [...format, ...indicatorRuleInfosFor(lang)];
}

/** Every rule id a config file may name (derived from the catalogue, so it cannot drift from it). */
export function knownRuleIds(): Set<string> {
  return new Set(ruleInfos('en').map((r) => r.id));
}
