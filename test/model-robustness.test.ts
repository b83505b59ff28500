// Pathological input must neither throw nor take long (patterns are written to stay linear).
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../src/model/build.ts';
import { repairPdfSpacing } from '../src/model/text.ts';
import { rawFromLines, rawFromSpecs } from './fixtures/model/raw.ts';

const PATHOLOGICAL = [
  `Q/${'中'.repeat(50000)}`,
  '1'.repeat(100000),
  `GB/T ${'1.'.repeat(20000)}`,
  `附录A${'（'.repeat(5000)}`,
  `表1${' '.repeat(50000)}x`,
  `5.1${'\u3000'.repeat(50000)}要求`,
  `1 范围${'…'.repeat(50000)}1`,
  `GB 2760${'；'.repeat(50000)}`,
  `${'前言 '.repeat(20000)}`,
  `${'a '.repeat(30000)}中`,
];

describe('robustness', () => {
  it.each(PATHOLOGICAL.map((l) => [l.slice(0, 12), l]))('builds %j quickly', (_name, line) => {
    const started = performance.now();
    for (const format of ['pdf', 'txt'] as const) {
      const doc = buildDocument(rawFromLines(`1 范围\n${line}\n2 规范性引用文件\n${line}`, format), 'x');
      expect(doc.clauses.length).toBeGreaterThan(0);
    }
    expect(performance.now() - started).toBeLessThan(1500);
  });
  it('repairs spacing in linear time', () => {
    const started = performance.now();
    repairPdfSpacing(`表1${' '.repeat(100000)}x`);
    expect(performance.now() - started).toBeLessThan(500);
  });
  it('survives empty paragraphs, empty tables and labels without text', () => {
    const doc = buildDocument(rawFromSpecs(['', { text: '', numLabel: '1' }, [], [[]], [['', '']], { text: '', numLabel: '附录A' }, '表1', [['a']]]), 'e.docx');
    expect(doc.recognised).toBe(false);
  });
  it('survives random printable input', () => {
    let seed = 42;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const alphabet = '0123456789.　 范围要求附录A（规范性）表注：GB/T—-Q/ABC发布实施前言目次…\n|';
    for (let n = 0; n < 50; n++) {
      const text = Array.from({ length: 400 }, () => alphabet[Math.floor(rnd() * alphabet.length)]).join('');
      expect(() => buildDocument(rawFromLines(text, n % 2 ? 'pdf' : 'txt'), 'r')).not.toThrow();
    }
  });
});
