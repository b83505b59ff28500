// Rules of the "structure" group. Add each rule module to this list.
import type { Rule } from '../types.ts';

export const structureRules: Rule[] = [];
