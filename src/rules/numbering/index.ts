// Rules of the "numbering" group. Add each rule module to this list.
import type { Rule } from '../types.ts';

export const numberingRules: Rule[] = [];
