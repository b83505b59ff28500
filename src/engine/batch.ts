// Runs a batch: a worker-thread pool (one pdf.js / catalogue load per worker), a per-file timeout that
// terminates a stuck worker, and results delivered in sorted path order whatever the completion order.
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import { auditFile, unreadableResult } from './audit.ts';
import { contextFor, type AuditSettings } from './context.ts';
import { errorMessage } from './errors.ts';
import { applySuppressions } from './suppress.ts';
import { sha256, type ResultCache } from './cache.ts';
import type { DocumentResult } from './types.ts';
import type { WorkerTask } from './worker.ts';

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

/** Content hash for the cache; null when the file cannot be read (the audit reports why). */
function contentHash(file: string): string | null {
  try {
    return sha256(readFileSync(file));
  } catch {
    return null;
  }
}

export function defaultJobs(): number {
  return Math.max(1, Math.min(os.availableParallelism?.() ?? os.cpus().length, 8));
}

/** The compiled worker, or null when running from sources without a build. */
function workerFile(): string | null {
  const here = fileURLToPath(import.meta.url);
  if (here.endsWith('.js')) return path.join(path.dirname(here), 'worker.js');
  const built = path.resolve(path.dirname(here), '../../dist/engine/worker.js');
  return existsSync(built) ? built : null;
}

function timeoutResult(display: string, s: AuditSettings): DocumentResult {
  return unreadableResult(display, 'TIMEOUT', errorMessage('TIMEOUT', s.lang, { seconds: Math.round(s.timeoutMs / 1000) }));
}

async function inProcess(input: BatchInput, s: AuditSettings): Promise<DocumentResult> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<DocumentResult>((resolve) => {
    timer = setTimeout(() => resolve(timeoutResult(input.display, s)), s.timeoutMs);
  });
  const work = auditFile(input.file, contextFor(s), input.display).then((r) => applySuppressions(r, s.suppress));
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export async function runBatch(inputs: readonly BatchInput[], opts: BatchOptions): Promise<DocumentResult[]> {
  const { settings } = opts;
  const results: (DocumentResult | undefined)[] = new Array(inputs.length);
  let next = 0; // next index to hand to onResult, keeping output order deterministic
  const deliver = (i: number, r: DocumentResult): void => {
    results[i] = r;
    while (next < inputs.length && results[next]) {
      opts.onResult?.(results[next]!, next + 1, inputs.length);
      next++;
    }
  };
  const hashes: (string | null)[] = inputs.map((inp) => (opts.cache ? contentHash(inp.file) : null));
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
  const worker = opts.jobs > 1 && todo.length > 1 ? workerFile() : null;
  if (!worker) {
    for (const i of todo) {
      opts.onStart?.(inputs[i]!.display);
      finish(i, await inProcess(inputs[i]!, settings));
    }
    return results as DocumentResult[];
  }
  const pool = new Piscina<WorkerTask, DocumentResult>({
    filename: worker,
    // Sent once per worker instead of with every task.
    workerData: settings,
    minThreads: Math.min(opts.jobs, todo.length),
    maxThreads: Math.min(opts.jobs, todo.length),
    idleTimeout: 1000,
    // Keep the queue short so memory does not grow with the batch: tasks are submitted as workers free up.
    maxQueue: opts.jobs * 2,
  });
  try {
    let cursor = 0;
    const runOne = async (): Promise<void> => {
      while (cursor < todo.length) {
        const i = todo[cursor++]!;
        const input = inputs[i]!;
        opts.onStart?.(input.display);
        const ac = new AbortController();
        const timer = setTimeout(() => ac.abort(), settings.timeoutMs);
        let r: DocumentResult;
        try {
          r = await pool.run({ file: input.file, display: input.display }, { signal: ac.signal });
        } catch (err) {
          r = ac.signal.aborted
            ? timeoutResult(input.display, settings)
            : unreadableResult(input.display, 'INTERNAL', errorMessage('INTERNAL', settings.lang, { detail: err instanceof Error ? err.message : String(err) }));
        } finally {
          clearTimeout(timer);
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
