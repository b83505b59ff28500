// Extracts the text of every PDF in a directory with pdf-parse in a worker pool of --jobs threads, like the audit's
// pool; prints {"files","pages","chars"} on stderr. Usage: node --import tsx scripts/bench/extract.ts <dir> --jobs N
// [--tuned]. --tuned gives pdf-parse the audit's own tuning (JIT flags, pdf.js loaded without its slow polyfills).
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { WorkerPool } from '../../src/engine/pool.ts';
import { tuneJit } from '../../src/engine/jit.ts';
import type { Extracted } from './extract-worker.ts';

const [dir, flag, jobsArg, tunedArg] = process.argv.slice(2);
const jobs = Number(jobsArg);
const tuned = tunedArg === '--tuned';
if (!dir || flag !== '--jobs' || !Number.isInteger(jobs) || jobs < 1 || (tunedArg !== undefined && !tuned)) {
  throw new Error('usage: extract.ts <dir> --jobs N [--tuned]');
}
if (tuned) tuneJit();
const files = readdirSync(dir).filter((f) => f.toLowerCase().endsWith('.pdf')).sort().map((f) => path.join(dir, f));
// The audit's own pool (without its heap limit), so both sides pay the same thread costs.
const pool = new WorkerPool<string, Extracted>({
  file: path.join(path.dirname(fileURLToPath(import.meta.url)), 'extract-worker.cjs'),
  workerData: { tuned },
  size: jobs,
});
const results = await Promise.all(files.map((f) => pool.run(f, 600_000)));
await pool.destroy();
const total = results.reduce((t, r) => ({ pages: t.pages + r.pages, chars: t.chars + r.chars }), { pages: 0, chars: 0 });
process.stderr.write(JSON.stringify({ files: files.length, ...total }) + '\n');
