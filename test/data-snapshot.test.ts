// Build-time data snapshots: read back as written, and refused as soon as the data directory changes.
import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readSnapshot, writeSnapshot } from '../src/data-snapshot.ts';
import { bundledBaselinesForSnapshot, bundledBaselineDir, readBaselineDir } from '../src/baselines/catalogue.ts';

describe('data snapshots', () => {
  let dir: string;
  let file: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'std-audit-snap-'));
    file = path.join(dir, 'out', 'registry.json');
    writeFileSync(path.join(dir, 'a.yaml'), 'x: 1\n');
    writeFileSync(path.join(dir, 'README.md'), 'not data\n');
    writeSnapshot('registry', dir, { entries: [1, 2] }, file);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('reads back what was written while the directory is unchanged', () => {
    expect(readSnapshot('registry', dir, file)).toEqual({ entries: [1, 2] });
    writeFileSync(path.join(dir, 'README.md'), 'edited, but not a data file\n');
    expect(readSnapshot('registry', dir, file)).toEqual({ entries: [1, 2] });
  });

  it('is refused when a data file is edited, touched, added or removed', () => {
    writeFileSync(path.join(dir, 'a.yaml'), 'x: 2\n');
    utimesSync(path.join(dir, 'a.yaml'), new Date(2020, 0, 1), new Date(2020, 0, 1));
    expect(readSnapshot('registry', dir, file)).toBeNull();
    writeSnapshot('registry', dir, 'v2', file);
    utimesSync(path.join(dir, 'a.yaml'), new Date(2021, 0, 1), new Date(2021, 0, 1));
    expect(readSnapshot('registry', dir, file)).toBeNull();
    writeSnapshot('registry', dir, 'v3', file);
    writeFileSync(path.join(dir, 'b.yml'), 'y: 1\n');
    expect(readSnapshot('registry', dir, file)).toBeNull();
    writeSnapshot('registry', dir, 'v4', file);
    rmSync(path.join(dir, 'b.yml'));
    expect(readSnapshot('registry', dir, file)).toBeNull();
  });

  it('is null when there is no snapshot or it is not JSON', () => {
    expect(readSnapshot('registry', dir, path.join(dir, 'none.json'))).toBeNull();
    writeFileSync(file, '{broken');
    expect(readSnapshot('registry', dir, file)).toBeNull();
  });

  it('round-trips the bundled baselines: the snapshot gives the catalogue the YAML gives', () => {
    const snap = bundledBaselinesForSnapshot();
    expect(snap.issues).toEqual([]);
    const out = path.join(dir, 'baselines.json');
    writeSnapshot('baselines', bundledBaselineDir(), snap.baselines, out);
    const back = readSnapshot<typeof snap.baselines>('baselines', bundledBaselineDir(), out)!;
    const fromYaml = readBaselineDir(bundledBaselineDir()).baselines;
    expect(back.map((b) => ({ ...b, file: path.join(bundledBaselineDir(), b.file) }))).toEqual(fromYaml);
  });
});
