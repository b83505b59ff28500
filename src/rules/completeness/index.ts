// Rules of the "completeness" group. Add each rule module to this list.
import type { Rule } from '../types.ts';
import { testMethodRule } from './test-method.ts';
import { inspectionItemsRule } from './inspection-items.ts';

export const completenessRules: Rule[] = [testMethodRule, inspectionItemsRule];
