// Rules of the "references" group. Add each rule module to this list.
import type { Rule } from '../types.ts';

export const referencesRules: Rule[] = [];
