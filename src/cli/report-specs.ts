// Parses -f names and --report <format>:<file> specs.
import { reporters, type ReporterName, type ReportOptions } from '../reporters/index.ts';
import type { AuditResult } from '../engine/types.ts';
import { writeAtomic } from './output.ts';
import { UsageError } from './settings.ts';

export function reporterName(name: string): ReporterName {
  if (!Object.hasOwn(reporters, name)) throw new UsageError(`unknown format "${name}" (one of: ${Object.keys(reporters).join(', ')})`);
  return name as ReporterName;
}

export function parseReports(specs: string[]): { format: ReporterName; file: string }[] {
  return specs.map((spec) => {
    const i = spec.indexOf(':');
    if (i <= 0 || i === spec.length - 1) throw new UsageError(`--report takes <format>:<file> (got "${spec}")`);
    return { format: reporterName(spec.slice(0, i)), file: spec.slice(i + 1) };
  });
}

export interface EmitOptions {
  format: ReporterName;
  output?: string;
  extra: { format: ReporterName; file: string }[];
  lang: 'zh' | 'en';
  color: boolean;
  cwd: string;
  maxWarnings?: number;
}

/** Renders the main report (stdout or -o) and every --report file. */
/** A report as written: in pieces when the reporter can (JSON of a large batch), else in one piece. */
async function contents(name: ReporterName, result: AuditResult, opts: ReportOptions): Promise<string | Uint8Array | Iterable<string>> {
  const reporter = reporters[name];
  return reporter.chunks ? reporter.chunks(result, opts) : reporter.render(result, opts);
}

export async function emitReports(result: AuditResult, o: EmitOptions): Promise<void> {
  const main = await contents(o.format, result, { lang: o.lang, color: o.color, cwd: o.cwd, maxWarnings: o.maxWarnings });
  if (o.output) writeAtomic(o.output, main);
  else if (typeof main === 'string' || main instanceof Uint8Array) process.stdout.write(main);
  else for (const chunk of main) process.stdout.write(chunk);
  for (const e of o.extra) writeAtomic(e.file, await contents(e.format, result, { lang: o.lang, color: false, cwd: o.cwd }));
}
