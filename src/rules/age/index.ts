// Rules of the "age" group. Add each rule module to this list.
import type { Rule } from '../types.ts';
import reviewPeriod from './review-period.ts';

export const ageRules: Rule[] = [reviewPeriod];
