// The reporter registry: one module per format, one map (knip-style).
import { csv } from './csv.ts';
import { docx } from './docx.ts';
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

export const reporters: Record<ReporterName, Reporter> = {
  stylish, json, sarif, junit, github, html, docx, xlsx, csv, markdown,
};
