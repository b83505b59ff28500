// Rules of the "units" group. Add each rule module to this list.
import type { Rule } from '../types.ts';

export const unitsRules: Rule[] = [];
