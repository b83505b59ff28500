// Rules of the "units" group. Add each rule module to this list.
import type { Rule } from '../types.ts';
import nonLegal from './non-legal.ts';
import spacing from './spacing.ts';

export const unitsRules: Rule[] = [nonLegal, spacing];
