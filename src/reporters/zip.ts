// A minimal deterministic ZIP writer (fflate) for the OOXML reporters.
import { strToU8, zipSync, type Zippable } from 'fflate';

/**
 * Zips the entries in the given order. Every entry gets the same timestamp (the audit date),
 * so the same result always yields the same bytes.
 */
export function zipFiles(entries: [name: string, data: string | Uint8Array][], date: string): Uint8Array {
  const mtime = zipDate(date);
  const files: Zippable = {};
  for (const [name, data] of entries) {
    files[name] = [typeof data === 'string' ? strToU8(data) : data, { level: 6, mtime }];
  }
  return zipSync(files);
}

/** Noon UTC of an ISO date (ZIP stores local DOS time; noon keeps the day whatever the time zone). */
function zipDate(date: string): Date {
  const d = new Date(`${date}T12:00:00Z`);
  return Number.isNaN(d.getTime()) || d.getUTCFullYear() < 1980 ? new Date('1980-01-01T12:00:00Z') : d;
}
