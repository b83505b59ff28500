// Worker-thread entry: audits one file per task. The settings arrive once, as workerData, and the context
// (registry, catalogue) is built when the worker starts, before its first task; pdf.js loads on the first PDF.
import { workerData } from 'node:worker_threads';
import { auditFile } from './audit.ts';
import { contextFor, type AuditSettings } from './context.ts';
import { applySuppressions } from './suppress.ts';
import type { DocumentResult } from './types.ts';

export interface WorkerTask {
  file: string;
  display: string;
}

const settings = workerData as AuditSettings;
const context = contextFor(settings);

export default async function auditTask(task: WorkerTask): Promise<DocumentResult> {
  const result = await auditFile(task.file, context, task.display);
  return applySuppressions(result, settings.suppress);
}
