// CSV for Excel/WPS: UTF-8 with BOM (so Chinese opens correctly), CRLF, RFC 4180 quoting,
// formula injection neutralised.
import type { AuditResult, Lang } from '../engine/types.ts';
import { csvField } from './escape.ts';
import { findingHeader, findingRows } from './rows.ts';
import type { Reporter } from './types.ts';

export function renderCsv(result: AuditResult, lang: Lang): string {
  const lines = [findingHeader(lang), ...findingRows(result, lang)].map((row) =>
    // Numbers are written as such; every text cell goes through the injection guard.
    row.map((cell) => (typeof cell === 'number' ? String(cell) : csvField(cell ?? ''))).join(','),
  );
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}

export const csv: Reporter = {
  binary: false,
  extension: 'csv',
  render: async (result, opts) => renderCsv(result, opts.lang),
};
