// The reporter contract: a reporter is a pure function of an AuditResult.
import type { AuditResult, Lang } from '../engine/types.ts';

export type ReporterName =
  | 'stylish' | 'json' | 'sarif' | 'junit' | 'github' | 'html' | 'docx' | 'xlsx' | 'csv' | 'markdown';

export interface ReportOptions {
  lang: Lang;
  color: boolean;
  /** Base directory for relative paths (SARIF artifact URIs, GitHub annotation files). */
  cwd?: string;
  /** When set and exceeded, the stylish report says so. */
  maxWarnings?: number;
}

export interface Reporter {
  /** True when render() returns bytes (docx, xlsx) rather than text. */
  binary: boolean;
  /** File extension without the dot, for default output names. */
  extension: string;
  render(result: AuditResult, opts: ReportOptions): Promise<string | Uint8Array>;
  /** The same text as render(), piece by piece, for reports that grow with the batch (written to a file as they come). */
  chunks?(result: AuditResult, opts: ReportOptions): Iterable<string>;
}
