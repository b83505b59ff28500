// The result of a document that could not be audited: an error code and message, no findings.
import type { DocumentResult } from './types.ts';

export function unreadableResult(file: string, code: string, message: string, format: DocumentResult['format'] = null): DocumentResult {
  return {
    file, status: 'unreadable', error: { code, message }, format, encoding: null, profile: null,
    meta: { standardNumber: null, title: null, company: null, issued: null, effective: null },
    baselines: [], flags: { formatProblems: false, missingIndicators: false, belowBaseline: false },
    findings: [], rulesChecked: [],
  };
}
