// Stable sharding by path hash: `--shard i/n` picks the same subset on every machine and every run.
import { createHash } from 'node:crypto';

export function parseShard(spec: string): { index: number; count: number } | null {
  const m = /^(\d+)\/(\d+)$/.exec(spec.trim());
  if (!m) return null;
  const index = Number(m[1]);
  const count = Number(m[2]);
  return count >= 1 && index >= 1 && index <= count ? { index, count } : null;
}

export function inShard(file: string, shard: { index: number; count: number }): boolean {
  const h = createHash('sha256').update(file).digest();
  return h.readUInt32BE(0) % shard.count === shard.index - 1;
}
