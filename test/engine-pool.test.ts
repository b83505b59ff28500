// The batch's worker pool: results, time limits, crashes and start-up failures.
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { TaskTimeout, WorkerFailure, WorkerPool, type PoolOptions } from '../src/engine/pool.ts';

type Task = { kind: 'echo'; value: number } | { kind: 'sleep'; ms: number } | { kind: 'fail' | 'crash' | 'exit' };
interface Result { value?: number; threadId: number }

const FILE = path.join(import.meta.dirname, 'fixtures', 'pool', 'worker.mjs');
let pool: WorkerPool<Task, Result> | null = null;

function makePool(opts: Partial<PoolOptions> = {}): WorkerPool<Task, Result> {
  pool = new WorkerPool<Task, Result>({ file: FILE, workerData: {}, size: 2, ...opts });
  return pool;
}

afterEach(async () => {
  await pool?.destroy();
  pool = null;
});

describe('WorkerPool', () => {
  it('runs every task on at most `size` workers and returns each task its own result', async () => {
    const p = makePool({ size: 2 });
    const out = await Promise.all([1, 2, 3, 4, 5, 6].map((value) => p.run({ kind: 'echo', value }, 10_000)));
    expect(out.map((r) => r.value)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(new Set(out.map((r) => r.threadId)).size).toBeLessThanOrEqual(2);
  });

  it('ends a task that runs over its time limit and goes on with a fresh worker', async () => {
    const p = makePool({ size: 1 });
    const first = (await p.run({ kind: 'echo', value: 1 }, 10_000)).threadId;
    await expect(p.run({ kind: 'sleep', ms: 60_000 }, 150)).rejects.toBeInstanceOf(TaskTimeout);
    const after = await p.run({ kind: 'echo', value: 2 }, 10_000);
    expect(after.value).toBe(2);
    expect(after.threadId).not.toBe(first);
  });

  it('starts the clock when the worker is ready, not when it is spawned', async () => {
    const p = makePool({ size: 1, workerData: { startDelayMs: 400 } });
    await expect(p.run({ kind: 'echo', value: 7 }, 200)).resolves.toMatchObject({ value: 7 });
  });

  it('does not wait for ever on a worker that never gets ready', async () => {
    const p = makePool({ size: 1, workerData: { startDelayMs: 60_000 }, startupGraceMs: 300 });
    await expect(p.run({ kind: 'echo', value: 1 }, 200)).rejects.toBeInstanceOf(TaskTimeout);
    await expect(p.run({ kind: 'echo', value: 2 }, 200)).rejects.toMatchObject({ name: 'WorkerFailure', atStartup: true });
  });

  it.each(['crash', 'exit'] as const)('a worker that dies in a task (%s) fails only that task', async (kind) => {
    const p = makePool({ size: 1 });
    const failed = p.run({ kind }, 10_000);
    await expect(failed).rejects.toBeInstanceOf(WorkerFailure);
    await expect(failed).rejects.toMatchObject({ atStartup: false });
    await expect(p.run({ kind: 'echo', value: 3 }, 10_000)).resolves.toMatchObject({ value: 3 });
  });

  it('passes a task error on as a rejection and keeps the worker', async () => {
    const p = makePool({ size: 1 });
    const before = (await p.run({ kind: 'echo', value: 1 }, 10_000)).threadId;
    await expect(p.run({ kind: 'fail' }, 10_000)).rejects.toThrow('task failed');
    expect((await p.run({ kind: 'echo', value: 2 }, 10_000)).threadId).toBe(before);
  });

  it('settles a running task when the pool is destroyed under it', async () => {
    const p = makePool({ size: 1 });
    const settled = expect(p.run({ kind: 'sleep', ms: 60_000 }, 120_000)).rejects.toThrow('pool is closed');
    await new Promise((r) => setTimeout(r, 300));
    await p.destroy();
    await settled;
  });

  it('fails every task at once when workers cannot start, instead of retrying for ever', async () => {
    const p = makePool({ size: 2, workerData: { failAtStartup: true } });
    const runs = await Promise.allSettled([1, 2, 3, 4].map((value) => p.run({ kind: 'echo', value }, 60_000)));
    for (const r of runs) expect(r).toMatchObject({ status: 'rejected', reason: { name: 'WorkerFailure', atStartup: true } });
    await expect(p.run({ kind: 'echo', value: 5 }, 60_000)).rejects.toBeInstanceOf(WorkerFailure);
  });
});
