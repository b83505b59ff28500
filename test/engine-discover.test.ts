import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { discoverFiles } from '../src/engine/discover.ts';

describe('file discovery', () => {
  it('walks directories case-insensitively, skips Word lock files and non-documents, and sorts', async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'std-audit-disc-'));
    mkdirSync(path.join(root, 'd', 'sub'), { recursive: true });
    for (const f of ['d/b.DOCX', 'd/a.pdf', 'd/~$b.docx', 'd/sub/c.Doc', 'd/sub/notes.xlsx', 'd/标准 样例.md', 'd/e.txt']) {
      writeFileSync(path.join(root, f), 'x');
    }
    // a symlink loop must not hang the walk
    symlinkSync(path.join(root, 'd'), path.join(root, 'd', 'sub', 'loop'));
    const { files, missing } = await discoverFiles(['d'], root);
    expect(files).toEqual(['d/a.pdf', 'd/b.DOCX', 'd/e.txt', 'd/sub/c.Doc', 'd/标准 样例.md']);
    expect(missing).toEqual([]);
  });

  it('keeps explicit files of any extension, expands globs and reports missing paths', async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'std-audit-disc-'));
    writeFileSync(path.join(root, 'x.bin'), 'x');
    writeFileSync(path.join(root, 'y.pdf'), 'x');
    const { files, missing } = await discoverFiles(['x.bin', '*.PDF', 'nope.docx'], root);
    expect(files).toEqual(['x.bin', 'y.pdf']);
    expect(missing).toEqual(['nope.docx']);
  });

  it('honours ignore globs', async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'std-audit-disc-'));
    mkdirSync(path.join(root, 'old'));
    writeFileSync(path.join(root, 'old', 'a.md'), 'x');
    writeFileSync(path.join(root, 'b.md'), 'x');
    expect((await discoverFiles(['.'], root, ['old/**'])).files).toEqual(['b.md']);
  });
});

describe('ignores relative to the working directory', () => {
  it('apply when a sub-directory is walked', async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'std-audit-disc-'));
    mkdirSync(path.join(root, 'd', 'old'), { recursive: true });
    writeFileSync(path.join(root, 'd', 'old', 'a.md'), 'x');
    writeFileSync(path.join(root, 'd', 'b.md'), 'x');
    expect((await discoverFiles(['d'], root, ['d/old/**'])).files).toEqual(['d/b.md']);
  });
});

describe('repository documents', () => {
  it('README/CHANGELOG beside drafts are skipped in a directory walk but kept when named', async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'std-audit-disc-'));
    for (const f of ['README.md', 'CHANGELOG.md', 'Q_ABC_001.md']) writeFileSync(path.join(root, f), 'x');
    expect((await discoverFiles(['.'], root)).files).toEqual(['Q_ABC_001.md']);
    expect((await discoverFiles(['README.md'], root)).files).toEqual(['README.md']);
  });
});
