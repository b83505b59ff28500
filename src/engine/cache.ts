// Result cache: a re-run over an unchanged batch is near-instant. An entry is valid only for the same
// file content, tool version, effective settings and baseline/registry data.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { writeAtomicFile } from './atomic.ts';
import type { DocumentResult } from './types.ts';

interface CacheFile {
  version: 1;
  /** Hash of tool version + settings + data; a different run key empties the cache. */
  runKey: string;
  /** content hash -> result (file name stripped; it is set again on use). */
  entries: Record<string, Omit<DocumentResult, 'file'>>;
}

export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

export class ResultCache {
  private entries: Record<string, Omit<DocumentResult, 'file'>> = {};
  private used = new Set<string>();
  private dirty = false;

  constructor(private readonly file: string, private readonly runKey: string) {
    try {
      const data = JSON.parse(readFileSync(file, 'utf8')) as CacheFile;
      if (data.version === 1 && data.runKey === runKey) this.entries = data.entries;
    } catch {
      // no cache yet, or unreadable: start empty
    }
  }

  get(contentHash: string, display: string): DocumentResult | null {
    const hit = this.entries[contentHash];
    if (!hit) return null;
    this.used.add(contentHash);
    return { file: display, ...hit };
  }

  set(contentHash: string, result: DocumentResult): void {
    // Time-outs and internal errors may be transient: never cache them.
    if (result.error && (result.error.code === 'TIMEOUT' || result.error.code === 'INTERNAL')) return;
    const { file: _file, ...rest } = result;
    this.entries[contentHash] = rest;
    this.used.add(contentHash);
    this.dirty = true;
  }

  /** Writes entries used in this run (so the cache does not grow without bound). */
  save(): void {
    if (!this.dirty && this.used.size === Object.keys(this.entries).length) return;
    const kept: CacheFile['entries'] = {};
    for (const k of [...this.used].sort()) kept[k] = this.entries[k]!;
    mkdirSync(path.dirname(this.file), { recursive: true });
    writeAtomicFile(this.file, JSON.stringify({ version: 1, runKey: this.runKey, entries: kept } satisfies CacheFile));
  }
}
