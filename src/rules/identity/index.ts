// Rules of the "identity" group. Add each rule module to this list.
import type { Rule } from '../types.ts';

export const identityRules: Rule[] = [];
