// Build-time snapshots of the bundled data (checks/registry, checks/baselines): parsed and validated once by the
// build, so a run reads one JSON file instead of parsing ~60 YAML files and validating them (about 0.1 s of a
// 0.4–0.8 s single-document run). A snapshot is used only while every data file of its directory has the size
// and modification time recorded at build time (an edited, added or removed file falls back to the YAML) and
// while the compiled code is the one that wrote it: tsc rewrites this module on every build, so a build that
// did not refresh the snapshots (plain `tsc`) cannot pair new code with data shaped by the old.
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export type SnapshotName = 'registry' | 'baselines';

/** Data files of a directory with their sizes and modification times, sorted by name. */
type Signature = [name: string, size: number, mtimeMs: number][];

interface Snapshot<T> {
  signature: Signature;
  data: T;
}

/** dist/snapshots beside the compiled modules (absent when running from sources: the YAML is read). */
function snapshotFile(name: SnapshotName): string {
  return fileURLToPath(new URL(`./snapshots/${name}.json`, import.meta.url));
}

export function isDataFile(name: string): boolean {
  return /\.(ya?ml|json)$/i.test(name);
}

function signatureOf(dir: string): Signature {
  const files = readdirSync(dir).filter(isDataFile).sort().map((f): Signature[number] => {
    const st = statSync(path.join(dir, f));
    return [f, st.size, st.mtimeMs];
  });
  return [['(code)', 0, statSync(fileURLToPath(import.meta.url)).mtimeMs], ...files];
}

/** The snapshot of `dir`, or null when there is none or the directory changed since it was written. */
export function readSnapshot<T>(name: SnapshotName, dir: string, file = snapshotFile(name)): T | null {
  let snap: Snapshot<T>;
  try {
    snap = JSON.parse(readFileSync(file, 'utf8')) as Snapshot<T>;
  } catch {
    return null;
  }
  try {
    return JSON.stringify(signatureOf(dir)) === JSON.stringify(snap.signature) ? snap.data : null;
  } catch {
    return null;
  }
}

export function writeSnapshot<T>(name: SnapshotName, dir: string, data: T, file = snapshotFile(name)): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify({ signature: signatureOf(dir), data } satisfies Snapshot<T>));
}
