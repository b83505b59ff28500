// Atomic file write: temp file in the same folder, then rename, so a crash never leaves half a file.
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export function writeAtomicFile(file: string, data: string | Uint8Array): void {
  const abs = path.resolve(file);
  const tmp = path.join(path.dirname(abs), `.${path.basename(abs)}.${process.pid}.tmp`);
  try {
    writeFileSync(tmp, data);
    renameSync(tmp, abs);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
}
