// A small worker-thread pool for the batch: one task per worker at a time, a per-task time limit that terminates
// (and replaces) the worker, a worker that dies failing only its own task, and a pool that stops at once when
// workers cannot start at all. The clock of a task starts when its worker is ready.
import { Worker, type ResourceLimits } from 'node:worker_threads';

export interface PoolOptions {
  /** Worker script (ESM). It receives `workerData` and answers task messages (see WorkerRequest/WorkerReply). */
  file: string;
  workerData: unknown;
  size: number;
  resourceLimits?: ResourceLimits;
  /** Extra time a task may wait for its worker to become ready, so a worker stuck at start-up cannot hang the
   *  batch (default 30 s). */
  startupGraceMs?: number;
}

export interface WorkerRequest<T> {
  id: number;
  task: T;
}

/** A worker first says it is ready (its modules and data loaded), then answers each request. */
export type WorkerReply<R> = { ready: true } | { id: number; ok: true; result: R } | { id: number; ok: false; error: string };

/** The task ran over its time limit; its worker was terminated. */
export class TaskTimeout extends Error {
  constructor(ms: number) {
    super(`task exceeded ${ms} ms`);
    this.name = 'TaskTimeout';
  }
}

/** The worker died (uncaught error, out of memory, exit) while running the task, or could not start at all. */
export class WorkerFailure extends Error {
  constructor(message: string, readonly atStartup: boolean) {
    super(message);
    this.name = 'WorkerFailure';
  }
}

interface Job<T, R> {
  task: T;
  timeoutMs: number;
  resolve(r: R): void;
  reject(e: Error): void;
}

interface Slot<T, R> {
  worker: Worker;
  ready: boolean;
  /** The uncaught error that is killing the worker, if any. */
  error?: string;
  job: Job<T, R> | null;
  jobId: number;
  timer: NodeJS.Timeout | null;
}

export class WorkerPool<T, R> {
  private readonly slots = new Set<Slot<T, R>>();
  private readonly queue: Job<T, R>[] = [];
  private nextId = 1;
  /** Set when a worker dies before it is ready: every worker would, so the pool stops starting them. */
  private broken: WorkerFailure | null = null;
  private closed = false;

  constructor(private readonly opts: PoolOptions) {}

  run(task: T, timeoutMs: number): Promise<R> {
    if (this.closed) return Promise.reject(new Error('pool is closed'));
    if (this.broken) return Promise.reject(this.broken);
    return new Promise<R>((resolve, reject) => {
      this.queue.push({ task, timeoutMs, resolve, reject });
      this.pump();
    });
  }

  async destroy(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(new Error('pool is closed'));
    await Promise.all([...this.slots].map((s) => this.retire(s)));
  }

  private pump(): void {
    while (this.queue.length > 0 && !this.broken) {
      const slot = [...this.slots].find((s) => s.job === null) ?? (this.slots.size < this.opts.size ? this.spawn() : null);
      if (!slot) return;
      this.start(slot, this.queue.shift()!);
    }
    if (this.broken) for (const job of this.queue.splice(0)) job.reject(this.broken);
  }

  private spawn(): Slot<T, R> {
    const worker = new Worker(this.opts.file, {
      workerData: this.opts.workerData,
      ...(this.opts.resourceLimits ? { resourceLimits: this.opts.resourceLimits } : {}),
    });
    const slot: Slot<T, R> = { worker, ready: false, job: null, jobId: 0, timer: null };
    worker.on('message', (reply: WorkerReply<R>) => this.onReply(slot, reply));
    // Handled at 'exit', not at 'error': Node delivers the worker's pending messages (its "ready") before 'exit'.
    worker.on('error', (err: Error) => (slot.error ??= err.message || String(err)));
    worker.on('exit', (code) => this.onDeath(slot, slot.error ?? `worker exited with code ${code}`));
    this.slots.add(slot);
    return slot;
  }

  private start(slot: Slot<T, R>, job: Job<T, R>): void {
    slot.job = job;
    slot.jobId = this.nextId++;
    this.arm(slot);
    slot.worker.postMessage({ id: slot.jobId, task: job.task } satisfies WorkerRequest<T>);
  }

  /** The job's clock. Start-up time is not the document's fault: until the worker is ready it gets a grace period
   *  on top, and the clock starts again when the worker says it is ready. */
  private arm(slot: Slot<T, R>): void {
    const job = slot.job!;
    if (slot.timer) clearTimeout(slot.timer);
    const limit = job.timeoutMs + (slot.ready ? 0 : this.opts.startupGraceMs ?? 30_000);
    slot.timer = setTimeout(() => {
      // A worker that never got ready is not this document's problem but the pool's: stop starting workers.
      if (!slot.ready && !this.closed) this.broken = new WorkerFailure(`worker did not start within ${limit} ms`, true);
      this.finish(slot, () => job.reject(new TaskTimeout(job.timeoutMs)));
      void this.retire(slot);
      this.pump();
    }, limit);
  }

  /** Clears the slot's job and settles it (once). */
  private finish(slot: Slot<T, R>, settle: () => void): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    slot.job = null;
    settle();
  }

  private onReply(slot: Slot<T, R>, reply: WorkerReply<R>): void {
    if ('ready' in reply) {
      slot.ready = true;
      if (slot.job) this.arm(slot);
      return;
    }
    const job = slot.job;
    if (!job || reply.id !== slot.jobId) return; // a late answer to a task that already timed out
    this.finish(slot, () => (reply.ok ? job.resolve(reply.result) : job.reject(new Error(reply.error))));
    this.pump();
  }

  private onDeath(slot: Slot<T, R>, why: string): void {
    if (!this.slots.delete(slot)) return; // retired on purpose, or already handled (error is followed by exit)
    const job = slot.job;
    const failure = new WorkerFailure(slot.ready ? why : `worker failed to start: ${why}`, !slot.ready);
    if (!slot.ready && !this.closed) this.broken = failure;
    if (job) this.finish(slot, () => job.reject(failure));
    this.pump();
  }

  private async retire(slot: Slot<T, R>): Promise<void> {
    if (!this.slots.delete(slot)) return;
    const job = slot.job;
    if (job) this.finish(slot, () => job.reject(new Error('pool is closed'))); // destroyed while the job ran
    else if (slot.timer) clearTimeout(slot.timer);
    await slot.worker.terminate();
  }
}
