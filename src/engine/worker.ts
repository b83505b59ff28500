// Worker-thread entry: audits one file per request. Settings and the registry/catalogue the main thread loaded
// arrive once, as workerData; the context is built when the worker starts, then it says it is ready (see pool.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { auditFile } from './audit.ts';
import { contextFor, type AuditSettings, type ContextData } from './context.ts';
import type { WorkerReply, WorkerRequest } from './pool.ts';
import { applySuppressions } from './suppress.ts';
import type { DocumentResult } from './types.ts';

export interface WorkerInit {
  settings: AuditSettings;
  data: ContextData;
}

export interface WorkerTask {
  file: string;
  display: string;
}

const { settings, data } = workerData as WorkerInit;
const context = contextFor(settings, data);
const port = parentPort!;

port.on('message', ({ id, task }: WorkerRequest<WorkerTask>) => {
  auditFile(task.file, context, task.display)
    .then((result) => port.postMessage({ id, ok: true, result: applySuppressions(result, settings.suppress) } satisfies WorkerReply<DocumentResult>))
    .catch((err: unknown) => port.postMessage({ id, ok: false, error: err instanceof Error ? err.message : String(err) } satisfies WorkerReply<DocumentResult>));
});
port.postMessage({ ready: true } satisfies WorkerReply<DocumentResult>);
