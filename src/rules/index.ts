// The rule catalogue: every format rule, grouped by category. Order here is the order of `std-audit rules`.
import type { Rule } from './types.ts';
import { identityRules } from './identity/index.ts';
import { forewordRules } from './foreword/index.ts';
import { structureRules } from './structure/index.ts';
import { numberingRules } from './numbering/index.ts';
import { referencesRules } from './references/index.ts';
import { termsRules } from './terms/index.ts';
import { wordingRules } from './wording/index.ts';
import { unitsRules } from './units/index.ts';
import { annexRules } from './annex/index.ts';
import { completenessRules } from './completeness/index.ts';
import { ageRules } from './age/index.ts';

export const allRules: readonly Rule[] = [
  ...identityRules,
  ...forewordRules,
  ...structureRules,
  ...numberingRules,
  ...referencesRules,
  ...termsRules,
  ...wordingRules,
  ...unitsRules,
  ...annexRules,
  ...completenessRules,
  ...ageRules,
];

export function findRule(id: string): Rule | undefined {
  return allRules.find((r) => r.meta.id === id);
}
