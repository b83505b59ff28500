// `std-audit check`: discover documents, audit them, render the requested reports, map to an exit code.
import { appendFileSync } from 'node:fs';
import path from 'node:path';
import { discoverFiles } from '../engine/discover.ts';
import { defaultJobs, runBatch } from '../engine/batch.ts';
import { unreadableResult } from '../engine/unreadable.ts';
import { errorMessage } from '../engine/errors.ts';
import { ruleInfos } from '../engine/catalogue.ts';
import { summarize } from '../engine/summary.ts';
import { ResultCache, sha256 } from '../engine/cache.ts';
import type { AuditSettings } from '../engine/context.ts';
import { loadContextData } from '../engine/context-data.ts';
import { inShard, parseShard } from '../engine/shard.ts';
import type { AuditResult, DocumentResult } from '../engine/types.ts';
import { emitReports, parseReports, reporterName } from './report-specs.ts';
import { renderJobSummary } from '../reporters/github.ts';
import { guardOutputs } from './output.ts';
import { createProgress } from './progress.ts';
import { loadConfig, resolveSettings, UsageError, type CommonFlags } from './settings.ts';
import { VERSION } from './version.ts';
import { EXIT } from './exit.ts';

export interface CheckFlags extends CommonFlags {
  format?: string;
  output?: string;
  report?: string[];
  maxWarnings?: string;
  quiet?: boolean;
  jobs?: string;
  progress?: boolean;
  color?: boolean;
  printConfig?: boolean;
  cache?: boolean;
  cacheLocation?: string;
  shard?: string;
}

function runKey(settings: AuditSettings): string {
  const data = loadContextData(settings);
  return sha256(JSON.stringify([VERSION, settings, data.catalogue, data.registryEntries]));
}


function onlyErrors(r: AuditResult): AuditResult {
  const documents = r.documents.map((d) => ({ ...d, findings: d.findings.filter((f) => f.severity === 'error') }));
  return { ...r, documents, summary: summarize(documents) };
}

export async function runCheck(paths: string[], flags: CheckFlags): Promise<number> {
  const cwd = process.cwd();
  const { config, file: configFile } = loadConfig(flags, cwd);
  const settings = resolveSettings(flags, config, cwd);
  if (flags.printConfig) {
    process.stdout.write(JSON.stringify({ configFile, config, settings }, null, 2) + '\n');
    return EXIT.ok;
  }
  if (!paths.length) throw new UsageError('no input: give files, directories or globs (e.g. std-audit check samples/)');
  const format = reporterName(flags.format ?? 'stylish');
  const extra = parseReports(flags.report ?? []);
  const maxWarnings = flags.maxWarnings === undefined ? -1 : Number(flags.maxWarnings);
  if (!Number.isInteger(maxWarnings) || maxWarnings < -1) throw new UsageError(`--max-warnings takes a whole number (got "${flags.maxWarnings}")`);
  const jobs = flags.jobs === undefined ? defaultJobs() : Number(flags.jobs);
  if (!Number.isInteger(jobs) || jobs < 1) throw new UsageError(`--jobs takes a whole number ≥ 1 (got "${flags.jobs}")`);

  const shard = flags.shard === undefined ? null : parseShard(flags.shard);
  if (flags.shard !== undefined && !shard) throw new UsageError(`--shard takes i/n with 1 ≤ i ≤ n (got "${flags.shard}")`);
  const discovered = await discoverFiles(paths, cwd, config.ignores ?? []);
  const files = shard ? discovered.files.filter((f) => inShard(f, shard)) : discovered.files;
  const missing = shard ? discovered.missing.filter((f) => inShard(f, shard)) : discovered.missing;
  if (!discovered.files.length && !discovered.missing.length) {
    process.stderr.write(settings.lang === 'en' ? `std-audit: no documents matched ${paths.join(' ')}\n` : `std-audit：没有找到要检查的文件：${paths.join(' ')}\n`);
    return EXIT.usage;
  }
  const outputs = [...(flags.output ? [flags.output] : []), ...extra.map((e) => e.file)];
  guardOutputs(outputs, files, cwd);

  const cache = flags.cache ? new ResultCache(path.resolve(cwd, flags.cacheLocation ?? '.std-audit-cache/results.json'), runKey(settings)) : undefined;
  const progress = createProgress(flags.progress !== false, files.length);
  const audited = await runBatch(
    files.map((f) => ({ file: path.resolve(cwd, f), display: f })),
    { settings, jobs, cache, onStart: (f) => progress.start(f), onResult: (_r, n, total) => progress.done(n, total) },
  );
  progress.end();
  cache?.save();
  const missingResults: DocumentResult[] = missing.map((m) => unreadableResult(m, 'ENOENT', errorMessage('ENOENT', settings.lang)));
  const documents = [...audited, ...missingResults].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  let result: AuditResult = {
    schemaVersion: 1,
    tool: { name: 'std-audit', version: VERSION },
    auditDate: settings.auditDate,
    lang: settings.lang,
    summary: summarize(documents),
    documents,
    rules: ruleInfos(settings.lang),
  };
  if (flags.quiet) result = onlyErrors(result);

  const color = flags.color ?? (!flags.output && process.stdout.isTTY && !process.env.NO_COLOR);
  await emitReports(result, { format, output: flags.output, extra, lang: settings.lang, color: Boolean(color), cwd, maxWarnings: maxWarnings >= 0 ? maxWarnings : undefined });
  if (format === 'github' && process.env.GITHUB_STEP_SUMMARY) {
    appendFileSync(process.env.GITHUB_STEP_SUMMARY, renderJobSummary(result, settings.lang));
  }

  const s = result.summary;
  if (s.errors > 0 || s.unreadable > 0) return EXIT.findings;
  if (maxWarnings >= 0 && s.warnings > maxWarnings) return EXIT.findings;
  return EXIT.ok;
}
