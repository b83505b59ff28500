// Chooses a reader by content (magic bytes), then by extension. Implemented by the readers work.
import type { RawDocument } from './types.ts';
import { ReadError } from './types.ts';

export interface ReadOptions {
  /** Per-file byte limit (default 50 MiB). */
  maxBytes?: number;
}

export async function readDocument(_data: Uint8Array, _fileName: string, _opts: ReadOptions = {}): Promise<RawDocument> {
  throw new ReadError('UNSUPPORTED', 'readers not implemented yet');
}
