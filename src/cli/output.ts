// Writes report files atomically (temp file + rename) and refuses to overwrite an input document.
import path from 'node:path';
import { writeAtomicFile } from '../engine/atomic.ts';
import { UsageError } from './settings.ts';

export function guardOutputs(outputs: string[], inputs: readonly string[], cwd: string): void {
  const inputSet = new Set(inputs.map((f) => path.resolve(cwd, f)));
  const seen = new Set<string>();
  for (const out of outputs) {
    const abs = path.resolve(cwd, out);
    if (inputSet.has(abs)) throw new UsageError(`refusing to overwrite an input document with a report: ${out}`);
    if (seen.has(abs)) throw new UsageError(`two reports would be written to the same file: ${out}`);
    seen.add(abs);
  }
}

export function writeAtomic(file: string, data: string | Uint8Array | Iterable<string>): void {
  try {
    writeAtomicFile(file, data);
  } catch (err) {
    throw new UsageError(`cannot write ${file}: ${err instanceof Error ? err.message : String(err)}`);
  }
}
