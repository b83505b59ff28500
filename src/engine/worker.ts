// Worker-thread entry: audits one file per task. Settings and the registry/catalogue the main thread loaded arrive
// once, as workerData, and the context is built when the worker starts; pdf.js loads on the first PDF.
import { workerData } from 'node:worker_threads';
import { auditFile } from './audit.ts';
import { contextFor, type AuditSettings, type ContextData } from './context.ts';
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

export default async function auditTask(task: WorkerTask): Promise<DocumentResult> {
  const result = await auditFile(task.file, context, task.display);
  return applySuppressions(result, settings.suppress);
}
