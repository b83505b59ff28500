// Rules of the "terms" group. Add each rule module to this list.
import type { Rule } from '../types.ts';

export const termsRules: Rule[] = [];
