// `std-audit merge`: combines JSON results of shard runs into one AuditResult that every reporter can render.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { mergeResults } from '../engine/merge.ts';
import type { AuditResult } from '../engine/types.ts';
import { emitReports, parseReports, reporterName } from './report-specs.ts';
import { guardOutputs } from './output.ts';
import { UsageError } from './settings.ts';
import { EXIT } from './exit.ts';

export interface MergeFlags {
  format?: string;
  output?: string;
  report?: string[];
  lang?: string;
  color?: boolean;
}

// Only the envelope is checked: documents and rules are passed through as the tool wrote them.
const resultSchema = z.object({
  schemaVersion: z.literal(1),
  tool: z.object({ name: z.literal('std-audit'), version: z.string() }),
  auditDate: z.string(),
  lang: z.enum(['zh', 'en']).optional(),
  documents: z.array(z.object({ file: z.string(), status: z.enum(['ok', 'unreadable']) }).loose()),
  rules: z.array(z.object({ id: z.string() }).loose()).optional(),
});

function readResult(file: string): AuditResult {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new UsageError(`${file}: not a JSON result: ${err instanceof Error ? err.message : String(err)}`);
  }
  const parsed = resultSchema.safeParse(data);
  if (!parsed.success) throw new UsageError(`${file}: not a std-audit JSON result (${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message})`);
  return data as AuditResult;
}

export async function runMerge(files: string[], flags: MergeFlags): Promise<number> {
  const merged = mergeResults(files.map(readResult));
  const lang = flags.lang === 'en' ? 'en' : flags.lang === 'zh' ? 'zh' : merged.lang;
  const format = reporterName(flags.format ?? 'stylish');
  const extra = parseReports(flags.report ?? []);
  guardOutputs([...(flags.output ? [flags.output] : []), ...extra.map((e) => e.file)], files, process.cwd());
  const color = flags.color ?? (!flags.output && process.stdout.isTTY && !process.env.NO_COLOR);
  await emitReports(merged, { format, output: flags.output, extra, lang, color: Boolean(color), cwd: process.cwd() });
  return merged.summary.errors > 0 || merged.summary.unreadable > 0 ? EXIT.findings : EXIT.ok;
}
