// Rules of the "foreword" group. Add each rule module to this list.
import type { Rule } from '../types.ts';

export const forewordRules: Rule[] = [];
