// Rules of the "wording" group. Add each rule module to this list.
import type { Rule } from '../types.ts';
import must from './must.ts';
import scopeRequirements from './scope-requirements.ts';
import selfReference from './self-reference.ts';
import forbiddenNegation from './forbidden-negation.ts';

export const wordingRules: Rule[] = [must, scopeRequirements, selfReference, forbiddenNegation];
