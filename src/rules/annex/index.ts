// Rules of the "annex" group. Add each rule module to this list.
import type { Rule } from '../types.ts';
import label from './label.ts';
import numbering from './numbering.ts';

export const annexRules: Rule[] = [label, numbering];
