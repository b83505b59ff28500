// Issue 7: bounded fuzzing. A few hundred seeded byte-level mutations of .docx/.pdf/.doc/.txt inputs must each
// end with a result or a specific error: no crash, no hang, no INTERNAL error. Fixed seed: failures reproduce.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import { describe, expect, it } from 'vitest';
import { runBatch } from '../src/engine/batch.ts';
import type { AuditSettings } from '../src/engine/context.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const SEED = 20261123;
const PER_FORMAT = 100;

/** mulberry32: tiny deterministic PRNG. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function mutate(src: Uint8Array, rnd: () => number): Uint8Array {
  const b = Uint8Array.from(src);
  const kind = Math.floor(rnd() * 4);
  const at = Math.floor(rnd() * b.length);
  if (kind === 0) {
    for (let i = 0, n = 1 + Math.floor(rnd() * 16); i < n; i++) b[Math.floor(rnd() * b.length)] = Math.floor(rnd() * 256);
    return b;
  }
  if (kind === 1) return b.subarray(0, at);
  if (kind === 2) {
    const junk = Uint8Array.from({ length: 1 + Math.floor(rnd() * 512) }, () => Math.floor(rnd() * 256));
    return Buffer.concat([b.subarray(0, at), junk, b.subarray(at)]);
  }
  const len = Math.min(b.length - at, 1 + Math.floor(rnd() * 2048));
  return Buffer.concat([b.subarray(0, at), b.subarray(at, at + len), b.subarray(at)]);
}

async function baseDocx(): Promise<Uint8Array> {
  const golden = readFileSync(path.join(ROOT, 'test', 'fixtures', 'golden.md'), 'utf8').split('\n').filter((l) => l && !l.startsWith('|'));
  const table = new Table({ rows: [['项目', '指标'], ['甲醛含量/(mg/kg)　≤', '75'], ['pH值', '4.0～8.5']].map((r) => new TableRow({ children: r.map((c) => new TableCell({ children: [new Paragraph(c)] })) })) });
  const doc = new Document({ sections: [{ children: [...golden.map((l) => new Paragraph(l.replace(/^#+\s*/, ''))), table] }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}

const settings: AuditSettings = {
  auditDate: '2026-11-23', lang: 'zh', profile: 'auto', baselineIds: [], baselineMap: [], baselineDirs: [], registryDirs: [],
  rules: { severity: {}, options: {} }, suppress: [], maxBytes: 50 << 20, timeoutMs: 20_000,
};

describe('fuzz', () => {
  it(`${4 * PER_FORMAT} mutated inputs each end in a result or a specific error`, async () => {
    const rnd = prng(SEED);
    const dir = mkdtempSync(path.join(os.tmpdir(), 'std-audit-fuzz-'));
    const bases: [string, Uint8Array][] = [
      ['docx', await baseDocx()],
      ['pdf', readFileSync(path.join(ROOT, 'test', 'fixtures', 'pdf', 'standard.pdf'))],
      ['doc', readFileSync(path.join(ROOT, 'test', 'fixtures', 'readers', 'template.doc'))],
      ['txt', readFileSync(path.join(ROOT, 'test', 'fixtures', 'golden.md'))],
    ];
    const inputs: { file: string; display: string }[] = [];
    for (const [ext, base] of bases) {
      for (let i = 0; i < PER_FORMAT; i++) {
        const file = path.join(dir, `m${String(i).padStart(3, '0')}.${ext}`);
        writeFileSync(file, mutate(base, rnd));
        inputs.push({ file, display: path.basename(file) });
      }
    }
    const results = await runBatch(inputs, { settings, jobs: 2 });
    expect(results).toHaveLength(inputs.length);
    const bad = results.filter((r) => r.error && (r.error.code === 'INTERNAL' || r.error.code === 'TIMEOUT'));
    expect(bad.map((r) => `${r.file}: ${r.error?.code} ${r.error?.message}`)).toEqual([]);
    for (const r of results) expect(['ok', 'unreadable']).toContain(r.status);
  }, 600_000);
});
