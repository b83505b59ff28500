// Rules of the "structure" group. Add each rule module to this list.
import type { Rule } from '../types.ts';
import requiredElements from './required-elements.ts';
import productElements from './product-elements.ts';
import serviceElements from './service-elements.ts';
import elementOrder from './element-order.ts';

export const structureRules: Rule[] = [requiredElements, productElements, serviceElements, elementOrder];
