// Rules of the "age" group. Add each rule module to this list.
import type { Rule } from '../types.ts';

export const ageRules: Rule[] = [];
