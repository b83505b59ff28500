// The three per-document flags of the JSON contract, derived from error-level findings only.
import type { DocumentFlags, Finding } from './types.ts';

export function computeFlags(findings: readonly Finding[]): DocumentFlags {
  const errors = findings.filter((f) => f.severity === 'error');
  return {
    formatProblems: errors.some((f) => f.category !== 'indicator'),
    missingIndicators: errors.some((f) => f.ruleId === 'indicator/missing'),
    belowBaseline: errors.some((f) => f.ruleId === 'indicator/looser'),
  };
}
