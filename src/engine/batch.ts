// Runs a batch: a worker-thread pool (one pdf.js / catalogue load per worker), a per-file timeout that
// terminates a stuck worker, and results delivered in sorted path order whatever the completion order.
import { readdirSync, statSync } from 'node:fs';
import os from 'node:os';
import v8 from 'node:v8';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { unreadableResult } from './unreadable.ts';
import { contextFor, type AuditSettings } from './context.ts';
import { loadContextData } from './context-data.ts';
import { errorMessage } from './errors.ts';
import { readInput } from './read-input.ts';
import { applySuppressions } from './suppress.ts';
import { sha256, type ResultCache } from './cache.ts';
import type { DocumentResult } from './types.ts';
import { TaskTimeout, WorkerPool } from './pool.ts';
import { tuneJit } from './jit.ts';
import type { WorkerInit, WorkerTask } from './worker.ts';

export interface BatchInput {
  /** Path to open. */
  file: string;
  /** Path as shown in reports. */
  display: string;
}

export interface BatchOptions {
  settings: AuditSettings;
  /** Worker threads; 1 = in-process. */
  jobs: number;
  /** Called for each result in input order (inputs are already sorted). */
  onResult?: (r: DocumentResult, done: number, total: number) => void;
  /** Called when a file starts (for progress). */
  onStart?: (file: string) => void;
  cache?: ResultCache;
}

/** Content hash for the cache; null when the file cannot be read or is refused (the audit reports why). */
function contentHash(file: string, maxBytes: number): string | null {
  try {
    return sha256(readInput(file, maxBytes));
  } catch {
    return null;
  }
}

/**
 * A worker's live heap is ~30 MB, but with the default (multi-GB) heap limit V8 lets each worker heap grow to 4×
 * its live size before a full GC, so peak RSS grows with the length of the batch. A 512 MB limit makes V8 collect
 * earlier and still leaves room for a long document; a document that exhausts it gets a per-file error, not a
 * crashed batch. Measured on the 1,000-document benchmark: ~330 MB peak, +17–21% over 100 documents; without the
 * limit 430–450 MB, +50%, for about 20% less CPU time. Replacing workers every 100–250 documents, or an explicit
 * GC between documents, did not bound RSS.
 */
const WORKER_LIMITS = { maxOldGenerationSizeMb: 512 };

/**
 * The cap has a cost: V8 derives a small heap-growing factor from it, so a worker's heap starts small and stays
 * small, and V8 ran a full GC every few documents (50 for 300 docx). A 48 MB starting limit for the old
 * generation lets a worker settle at its working size first: 15 full GCs for those 300 docx, ~30% less CPU on
 * docx and ~10% on the mixed batch, the same peak RSS (328 MB against 327 MB). Larger values (96, 160) were
 * faster still but raised peak RSS to 410–520 MB. V8 reads the flag when it creates an isolate, so setting it
 * before the workers start affects only them; it is a tuning knob, and nothing depends on it taking effect.
 */
const WORKER_INITIAL_OLD_SPACE_MB = 48;

export function defaultJobs(): number {
  return Math.max(1, Math.min(os.availableParallelism?.() ?? os.cpus().length, 8));
}

/**
 * The compiled worker. Running from sources (tsx, vitest), the build is used only when it is newer than every
 * source file: a stale dist/ would silently audit with old code. Otherwise null, and the batch runs in-process.
 */
function workerFile(): string | null {
  const here = fileURLToPath(import.meta.url);
  if (here.endsWith('.js')) return path.join(path.dirname(here), 'worker.js');
  const src = path.resolve(path.dirname(here), '..');
  const built = statSync(path.resolve(src, '../dist/engine/worker.js'), { throwIfNoEntry: false });
  if (!built) return null;
  const sources = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
  const stale = sources.some((f) => statSync(path.join(src, f)).mtimeMs > built.mtimeMs);
  return stale ? null : path.resolve(src, '../dist/engine/worker.js');
}

function timeoutResult(display: string, s: AuditSettings): DocumentResult {
  return unreadableResult(display, 'TIMEOUT', errorMessage('TIMEOUT', s.lang, { seconds: Math.round(s.timeoutMs / 1000) }));
}

function internalResult(display: string, s: AuditSettings, err: unknown): DocumentResult {
  return unreadableResult(display, 'INTERNAL', errorMessage('INTERNAL', s.lang, { detail: err instanceof Error ? err.message : String(err) }));
}

async function inProcess(input: BatchInput, s: AuditSettings): Promise<DocumentResult> {
  // Loaded here, not at the top: with workers the main thread never needs the reading and checking pipeline.
  const { auditFile } = await import('./audit.ts');
  const work = auditFile(input.file, contextFor(s, loadContextData(s)), input.display).then((r) => applySuppressions(r, s.suppress));
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<DocumentResult>((resolve) => {
    timer = setTimeout(() => resolve(timeoutResult(input.display, s)), s.timeoutMs);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export async function runBatch(inputs: readonly BatchInput[], opts: BatchOptions): Promise<DocumentResult[]> {
  const { settings } = opts;
  tuneJit();
  const results: (DocumentResult | undefined)[] = new Array(inputs.length);
  let next = 0; // next index to hand to onResult, keeping output order deterministic
  const deliver = (i: number, r: DocumentResult): void => {
    results[i] = r;
    while (next < inputs.length && results[next]) {
      opts.onResult?.(results[next]!, next + 1, inputs.length);
      next++;
    }
  };
  const hashes: (string | null)[] = inputs.map((inp) => (opts.cache ? contentHash(inp.file, settings.maxBytes) : null));
  const todo: number[] = [];
  for (let i = 0; i < inputs.length; i++) {
    const hit = hashes[i] ? opts.cache!.get(hashes[i]!, inputs[i]!.display) : null;
    if (hit) deliver(i, hit);
    else todo.push(i);
  }
  const finish = (i: number, r: DocumentResult): void => {
    if (hashes[i]) opts.cache!.set(hashes[i]!, r);
    deliver(i, r);
  };
  if (todo.length === 0) return results as DocumentResult[];
  // Loaded and validated here, once: bad registry/baseline files are the caller's error (usage), not N per-file errors.
  const data = loadContextData(settings);
  const worker = opts.jobs > 1 && todo.length > 1 ? workerFile() : null;
  if (!worker) {
    for (const i of todo) {
      opts.onStart?.(inputs[i]!.display);
      finish(i, await inProcess(inputs[i]!, settings));
    }
    return results as DocumentResult[];
  }
  v8.setFlagsFromString(`--initial-old-space-size=${WORKER_INITIAL_OLD_SPACE_MB}`);
  const pool = new WorkerPool<WorkerTask, DocumentResult>({
    file: worker,
    // Sent once per worker instead of with every task; the worker does not parse the data files again.
    workerData: { settings, data } satisfies WorkerInit,
    size: Math.min(opts.jobs, todo.length),
    resourceLimits: WORKER_LIMITS,
  });
  try {
    let cursor = 0;
    // As many loops as workers, so a file is reported as started when a worker takes it.
    const runOne = async (): Promise<void> => {
      while (cursor < todo.length) {
        const i = todo[cursor++]!;
        const input = inputs[i]!;
        opts.onStart?.(input.display);
        let r: DocumentResult;
        try {
          r = await pool.run({ file: input.file, display: input.display }, settings.timeoutMs);
        } catch (err) {
          r = err instanceof TaskTimeout ? timeoutResult(input.display, settings) : internalResult(input.display, settings, err);
        }
        finish(i, r);
      }
    };
    await Promise.all(Array.from({ length: Math.min(opts.jobs, todo.length) }, runOne));
  } finally {
    await pool.destroy();
  }
  return results as DocumentResult[];
}
