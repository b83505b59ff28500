// Worker-thread entry: audits one file per task. Registry, catalogue and pdf.js load once per worker.
import { auditFile } from './audit.ts';
import { contextFor, type AuditSettings } from './context.ts';
import { applySuppressions } from './suppress.ts';
import type { DocumentResult } from './types.ts';

export interface WorkerTask {
  file: string;
  display: string;
  settings: AuditSettings;
}

export default async function auditTask(task: WorkerTask): Promise<DocumentResult> {
  const result = await auditFile(task.file, contextFor(task.settings), task.display);
  return applySuppressions(result, task.settings.suppress);
}
