// Rules of the "identity" group. Add each rule module to this list.
import type { Rule } from '../types.ts';
import numberFormat from './number-format.ts';
import numberDash from './number-dash.ts';
import numberYear from './number-year.ts';
import dates from './dates.ts';
import publisher from './publisher.ts';
import icsCcs from './ics-ccs.ts';
import titleMatch from './title-match.ts';

export const identityRules: Rule[] = [numberFormat, numberDash, numberYear, dates, publisher, icsCcs, titleMatch];
