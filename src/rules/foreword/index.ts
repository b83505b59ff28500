// Rules of the "foreword" group. Add each rule module to this list.
import type { Rule } from '../types.ts';
import present from './present.ts';
import draftingBasis from './drafting-basis.ts';
import patentStatement from './patent-statement.ts';
import drafters from './drafters.ts';
import noRequirements from './no-requirements.ts';
import obsoleteStatements from './obsolete-statements.ts';

export const forewordRules: Rule[] = [present, draftingBasis, patentStatement, drafters, noRequirements, obsoleteStatements];
