// Rules of the "annex" group. Add each rule module to this list.
import type { Rule } from '../types.ts';

export const annexRules: Rule[] = [];
