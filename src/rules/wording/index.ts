// Rules of the "wording" group. Add each rule module to this list.
import type { Rule } from '../types.ts';

export const wordingRules: Rule[] = [];
