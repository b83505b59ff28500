// Reading an input file safely: one place for the audit and for the cache's content hash.
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { ReadError } from '../readers/types.ts';

/**
 * The file's bytes, refused before reading when it is not a regular file or over the size limit: a stray disk
 * image must not be loaded whole, and a FIFO or device must not block (O_NONBLOCK: opening a FIFO without a
 * writer would wait forever). Synchronous: one file at a time per thread, and no thread-pool round trips.
 */
export function readInput(file: string, maxBytes: number): Uint8Array {
  const fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) throw Object.assign(new Error(`${file} is a directory`), { code: 'EISDIR' });
    if (!st.isFile()) throw new ReadError('UNSUPPORTED', 'not a regular file (device, pipe or socket)');
    if (st.size > maxBytes) throw new ReadError('TOO_LARGE', `${st.size} > ${maxBytes} bytes`, { size: st.size, limit: maxBytes });
    const data = new Uint8Array(st.size);
    let at = 0;
    while (at < data.length) {
      const n = readSync(fd, data, at, data.length - at, at);
      if (n === 0) break; // shrank while being read: audit what is there
      at += n;
    }
    return at === data.length ? data : data.subarray(0, at);
  } finally {
    closeSync(fd);
  }
}
