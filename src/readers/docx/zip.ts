// Safe ZIP access for OOXML packages: reads the central directory itself, checks the declared
// sizes against the caps, then inflates only the entries asked for, with the output capped at the
// declared size, so an entry whose header lies about its size is stopped there instead of exhausting memory.
import { crc32, inflateRawSync } from 'node:zlib';
import { ReadError } from '../types.ts';

export interface ZipLimits {
  /** Sum of uncompressed sizes, declared and actually inflated. */
  maxTotal: number;
  maxEntry: number;
  /** Uncompressed/compressed ratio refused for entries larger than ratioMinSize. */
  maxRatio: number;
  ratioMinSize: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxTotal: 200 * 1024 * 1024,
  maxEntry: 100 * 1024 * 1024,
  maxRatio: 200,
  ratioMinSize: 1024 * 1024,
};

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const SIG_EOCD = 0x06054b50;
const SIG_EOCD64 = 0x06064b50;
const SIG_EOCD64_LOCATOR = 0x07064b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_LOCAL = 0x04034b50;

function corrupt(detail: string): ReadError {
  return new ReadError('CORRUPT_ZIP', detail);
}

function bomb(detail: string, extra: Record<string, string | number>): ReadError {
  return new ReadError('ZIP_BOMB', detail, extra);
}

export class ZipArchive {
  readonly entries: ZipEntry[];
  private readonly byName = new Map<string, ZipEntry>();
  private inflatedTotal = 0;

  constructor(private readonly data: Uint8Array, private readonly limits: ZipLimits = DEFAULT_ZIP_LIMITS) {
    this.entries = readCentralDirectory(data);
    for (const e of this.entries) {
      const key = e.name.toLowerCase(); // OPC part names are case-insensitive
      if (!this.byName.has(key)) this.byName.set(key, e);
    }
    checkDeclaredSizes(this.entries, limits);
  }

  has(name: string): boolean {
    return this.byName.has(name.toLowerCase());
  }

  names(): string[] {
    return this.entries.map((e) => e.name);
  }

  /** Uncompressed bytes of one entry, or null when absent. */
  read(name: string): Uint8Array | null {
    const entry = this.byName.get(name.toLowerCase());
    if (!entry) return null;
    const raw = this.rawData(entry);
    let out: Uint8Array;
    if (entry.method === 0) {
      out = raw;
      this.account(entry, out.length);
      this.inflatedTotal += out.length;
    } else if (entry.method === 8) {
      out = this.inflate(entry, raw);
    } else {
      throw corrupt(`${entry.name}: unsupported compression method ${entry.method}`);
    }
    if (out.length !== entry.size) throw corrupt(`${entry.name}: size ${out.length} differs from the declared ${entry.size}`);
    if (crc32(out) !== entry.crc) throw corrupt(`${entry.name}: CRC mismatch`);
    return out;
  }

  private rawData(entry: ZipEntry): Uint8Array {
    const d = this.data;
    const at = entry.localOffset;
    if (at + 30 > d.length || u32(d, at) !== SIG_LOCAL) throw corrupt(`${entry.name}: bad local header`);
    if (entry.flags & 1) throw corrupt(`${entry.name}: encrypted entry`);
    const start = at + 30 + u16(d, at + 26) + u16(d, at + 28);
    const end = start + entry.compressedSize;
    if (end > d.length) throw corrupt(`${entry.name}: data runs past the end of the file`);
    return d.subarray(start, end);
  }

  private account(entry: ZipEntry, produced: number): void {
    const { maxEntry, maxTotal, maxRatio, ratioMinSize } = this.limits;
    if (produced > maxEntry) throw bomb(`${entry.name}: more than ${maxEntry} bytes`, { entry: entry.name, limit: maxEntry });
    if (this.inflatedTotal + produced > maxTotal) throw bomb(`total over ${maxTotal} bytes`, { limit: maxTotal });
    if (produced > ratioMinSize && produced / Math.max(entry.compressedSize, 1) > maxRatio) {
      throw bomb(`${entry.name}: compression ratio over ${maxRatio}:1`, { entry: entry.name, ratio: maxRatio });
    }
  }

  private inflate(entry: ZipEntry, raw: Uint8Array): Uint8Array {
    // zlib stops at maxOutputLength, so a lying header costs at most the declared size, which the caps
    // have already accepted. Native zlib rather than a JS inflater: about a twentieth of the docx CPU time.
    let out: Uint8Array;
    try {
      out = inflateRawSync(raw, { maxOutputLength: Math.max(entry.size, 1) });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
        throw bomb(`${entry.name}: inflates past its declared size`, { entry: entry.name, size: entry.size });
      }
      throw corrupt(`${entry.name}: ${(err as Error).message || 'inflate failed'}`);
    }
    this.account(entry, out.length);
    this.inflatedTotal += out.length;
    return out;
  }
}

function checkDeclaredSizes(entries: ZipEntry[], limits: ZipLimits): void {
  let total = 0;
  for (const e of entries) {
    total += e.size;
    if (e.size > limits.maxEntry) throw bomb(`${e.name}: declares ${e.size} bytes`, { entry: e.name, size: e.size, limit: limits.maxEntry });
    if (e.size > limits.ratioMinSize && e.size / Math.max(e.compressedSize, 1) > limits.maxRatio) {
      throw bomb(`${e.name}: compression ratio over ${limits.maxRatio}:1`, { entry: e.name, ratio: Math.round(e.size / Math.max(e.compressedSize, 1)) });
    }
  }
  if (total > limits.maxTotal) throw bomb(`declares ${total} bytes in total`, { size: total, limit: limits.maxTotal });
}

function readCentralDirectory(d: Uint8Array): ZipEntry[] {
  const eocd = findEocd(d);
  if (eocd < 0) throw corrupt('end of central directory not found (truncated file?)');
  let count = u16(d, eocd + 10);
  let cdSize = u32(d, eocd + 12);
  let cdOffset = u32(d, eocd + 16);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    const loc = eocd - 20;
    if (loc < 0 || u32(d, loc) !== SIG_EOCD64_LOCATOR) throw corrupt('ZIP64 locator missing');
    const at = u64(d, loc + 8);
    if (at + 56 > d.length || u32(d, at) !== SIG_EOCD64) throw corrupt('ZIP64 end record missing');
    count = u64(d, at + 32);
    cdSize = u64(d, at + 40);
    cdOffset = u64(d, at + 48);
  }
  if (cdOffset + cdSize > d.length) throw corrupt('central directory runs past the end of the file');
  const entries: ZipEntry[] = [];
  let p = cdOffset;
  const decoder = new TextDecoder('utf-8');
  for (let i = 0; i < count; i++) {
    if (p + 46 > d.length || u32(d, p) !== SIG_CENTRAL) throw corrupt(`bad central directory entry ${i}`);
    const nameLen = u16(d, p + 28);
    const extraLen = u16(d, p + 30);
    const commentLen = u16(d, p + 32);
    const next = p + 46 + nameLen + extraLen + commentLen;
    if (next > d.length) throw corrupt(`central directory entry ${i} runs past the end`);
    const entry: ZipEntry = {
      name: decoder.decode(d.subarray(p + 46, p + 46 + nameLen)),
      flags: u16(d, p + 8),
      method: u16(d, p + 10),
      crc: u32(d, p + 16),
      compressedSize: u32(d, p + 20),
      size: u32(d, p + 24),
      localOffset: u32(d, p + 42),
    };
    applyZip64Extra(entry, d.subarray(p + 46 + nameLen, p + 46 + nameLen + extraLen));
    if (entry.localOffset >= d.length) throw corrupt(`${entry.name}: local header offset past the end`);
    entries.push(entry);
    p = next;
  }
  return entries;
}

function applyZip64Extra(e: ZipEntry, extra: Uint8Array): void {
  for (let q = 0; q + 4 <= extra.length; ) {
    const id = u16(extra, q);
    const len = u16(extra, q + 2);
    if (id === 0x0001) {
      let r = q + 4;
      const take = (): number => {
        if (r + 8 > q + 4 + len) throw corrupt(`${e.name}: short ZIP64 extra field`);
        const v = u64(extra, r);
        r += 8;
        return v;
      };
      if (e.size === 0xffffffff) e.size = take();
      if (e.compressedSize === 0xffffffff) e.compressedSize = take();
      if (e.localOffset === 0xffffffff) e.localOffset = take();
      return;
    }
    q += 4 + len;
  }
}

function findEocd(d: Uint8Array): number {
  const min = Math.max(0, d.length - 22 - 0xffff);
  for (let p = d.length - 22; p >= min; p--) {
    if (d[p] === 0x50 && d[p + 1] === 0x4b && u32(d, p) === SIG_EOCD) return p;
  }
  return -1;
}

function u16(d: Uint8Array, p: number): number {
  return d[p]! | (d[p + 1]! << 8);
}

function u32(d: Uint8Array, p: number): number {
  return (d[p]! | (d[p + 1]! << 8) | (d[p + 2]! << 16) | (d[p + 3]! << 24)) >>> 0;
}

function u64(d: Uint8Array, p: number): number {
  const v = u32(d, p) + u32(d, p + 4) * 0x100000000;
  if (!Number.isSafeInteger(v)) throw corrupt('64-bit size out of range');
  return v;
}
