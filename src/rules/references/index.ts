// Rules of the "references" group. Add each rule module to this list.
import type { Rule } from '../types.ts';
import leadIn from './lead-in.ts';
import listFormat from './list-format.ts';
import missingFromList from './missing-from-list.ts';
import unused from './unused.ts';
import outdated from './outdated.ts';
import laws from './laws.ts';

export const referencesRules: Rule[] = [leadIn, listFormat, missingFromList, unused, outdated, laws];
