// Rules of the "completeness" group. Add each rule module to this list.
import type { Rule } from '../types.ts';

export const completenessRules: Rule[] = [];
