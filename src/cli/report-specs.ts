// Parses -f names and --report <format>:<file> specs.
import { reporters, type ReporterName } from '../reporters/index.ts';
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
export async function emitReports(result: AuditResult, o: EmitOptions): Promise<void> {
  const main = await reporters[o.format].render(result, { lang: o.lang, color: o.color, cwd: o.cwd, maxWarnings: o.maxWarnings });
  if (o.output) writeAtomic(o.output, main);
  else process.stdout.write(main);
  for (const e of o.extra) writeAtomic(e.file, await reporters[e.format].render(result, { lang: o.lang, color: false, cwd: o.cwd }));
}
