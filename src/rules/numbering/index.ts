// Rules of the "numbering" group. Add each rule module to this list.
import type { Rule } from '../types.ts';
import continuity from './continuity.ts';
import loneSubclause from './lone-subclause.ts';
import depth from './depth.ts';
import tables from './tables.ts';

export const numberingRules: Rule[] = [continuity, loneSubclause, depth, tables];
