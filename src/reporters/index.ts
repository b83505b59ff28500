// The reporter registry: one module per format, one map (knip-style).
import { csv } from './csv.ts';
import { github } from './github.ts';
import { html } from './html.ts';
import { json } from './json.ts';
import { junit } from './junit.ts';
import { markdown } from './markdown.ts';
import { sarif } from './sarif.ts';
import { stylish } from './stylish.ts';
import type { Reporter, ReporterName } from './types.ts';
import { xlsx } from './xlsx.ts';

export type { Reporter, ReporterName, ReportOptions } from './types.ts';
export { renderJobSummary } from './github.ts';

// The Word writer pulls in the large `docx` package: load it only when a .docx report is asked for.
const docx: Reporter = {
  binary: true,
  extension: 'docx',
  render: async (result, opts) => (await import('./docx.ts')).docx.render(result, opts),
};

export const reporters: Record<ReporterName, Reporter> = {
  stylish, json, sarif, junit, github, html, docx, xlsx, csv, markdown,
};
