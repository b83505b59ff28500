// Rules of the "terms" group. Add each rule module to this list.
import type { Rule } from '../types.ts';
import leadIn from './lead-in.ts';
import definitionRequirements from './definition-requirements.ts';

export const termsRules: Rule[] = [leadIn, definitionRequirements];
