// Issue 7: a batch mixing every kind of bad input with good documents finishes, reports each bad file
// with its specific error code, audits the good ones normally, never modifies an input, and exits 1.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Zip, ZipDeflate } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AuditResult, DocumentResult } from '../src/engine/types.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const BIN = path.join(ROOT, 'bin', 'std-audit.js');

/** A docx-looking zip whose document.xml inflates to `size` bytes of zeros, written chunk by chunk. */
function zipBomb(file: string, size: number): void {
  const parts: Uint8Array[] = [];
  const zip = new Zip((err, chunk) => {
    if (err) throw err;
    parts.push(chunk);
  });
  const entry = new ZipDeflate('word/document.xml', { level: 9 });
  zip.add(entry);
  const block = new Uint8Array(1 << 20);
  for (let done = 0; done < size; done += block.length) entry.push(block, done + block.length >= size);
  zip.end();
  writeFileSync(file, Buffer.concat(parts));
}

function hashes(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!e.isFile()) continue;
    const p = path.join(e.parentPath, e.name);
    out[path.relative(dir, p)] = createHash('sha256').update(readFileSync(p)).digest('hex');
  }
  return out;
}

function runCli(args: string[], cwd: string): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', timeout: 240_000, maxBuffer: 64 << 20 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('bad input never breaks a batch', () => {
  let dir: string;
  let before: Record<string, string>;
  let result: AuditResult;
  let status: number | null;
  const byName = (name: string): DocumentResult => {
    const d = result.documents.find((x) => path.basename(x.file) === name);
    if (!d) throw new Error(`${name} not in the result`);
    return d;
  };

  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'std-audit-bad-'));
    const batch = path.join(dir, 'batch');
    cpSync(path.join(ROOT, 'test', 'fixtures', 'bad'), batch, { recursive: true });
    cpSync(path.join(ROOT, 'test', 'fixtures', 'golden.md'), path.join(batch, 'good.md'));
    for (const f of ['encrypted.pdf', 'no-text.pdf']) cpSync(path.join(ROOT, 'test', 'fixtures', 'pdf', f), path.join(batch, f));
    zipBomb(path.join(batch, 'zip-bomb.docx'), 300 << 20);
    writeFileSync(path.join(batch, 'one-long-line.txt'), 'Q/ABC 001—2024 ' + '本文件规定了测试产品的要求。'.repeat(200_000));
    writeFileSync(path.join(batch, 'oversize.txt'), 'x'.repeat(3 << 20));
    mkdirSync(path.join(batch, 'folder-named.docx'));
    symlinkSync(batch, path.join(batch, 'folder-named.docx', 'loop'));
    before = hashes(batch);
    const r = runCli(['check', 'batch', 'batch/missing.docx', '-f', 'json', '--audit-date', '2026-11-23', '--max-size', '2.5', '--no-config'], dir);
    status = r.status;
    expect(r.stderr).not.toMatch(/TypeError|ReferenceError|at .*\.js:\d+/);
    result = JSON.parse(r.stdout) as AuditResult;
  }, 300_000);

  it('exits 1 and lists every input', () => {
    expect(status).toBe(1);
    expect(result.documents.length).toBe(readdirSync(path.join(dir, 'batch')).filter((f) => f !== 'folder-named.docx').length + 1);
  });

  it.each([
    ['missing.docx', 'ENOENT'],
    ['empty.docx', 'EMPTY'],
    ['truncated.docx', 'CORRUPT_ZIP'],
    ['no-document-xml.docx', 'NOT_DOCX'],
    ['malformed-xml.docx', 'MALFORMED_XML'],
    ['billion-laughs.docx', 'XML_DTD'],
    ['external-entity.docx', 'XML_DTD'],
    ['zip-bomb.docx', 'ZIP_BOMB'],
    ['junk.txt', 'BINARY_TEXT'],
    ['encrypted.pdf', 'PDF_ENCRYPTED'],
    ['no-text.pdf', 'PDF_NO_TEXT'],
    ['contract.txt', 'NOT_A_STANDARD'],
    ['oversize.txt', 'TOO_LARGE'],
  ])('%s → %s', (name, code) => {
    const d = byName(name);
    expect(d.status).toBe('unreadable');
    expect(d.error?.code).toBe(code);
    expect(d.error?.message.length).toBeGreaterThan(3);
  });

  it('reads files with a wrong extension by their content', () => {
    expect(byName('really-a-pdf.docx')).toMatchObject({ status: 'ok', format: 'pdf' });
    expect(byName('really-a-doc.docx')).toMatchObject({ status: 'ok', format: 'doc' });
    expect(byName('gbk-named.md')).toMatchObject({ status: 'ok', encoding: 'gb18030' });
    expect(byName('html-saved-as.doc').status).toBe('ok');
  });

  it('audits good documents normally, whatever their names', () => {
    for (const name of ['good.md', "name with spaces 'quotes' \"dq\" 中文.md"]) {
      const d = byName(name);
      expect(d.status).toBe('ok');
      expect(d.meta.standardNumber).toBe('Q/CQMY 001—2024');
      expect(d.findings.filter((f) => f.severity === 'error')).toEqual([]);
    }
  });

  it('damaged PDFs are recovered or reported as damaged, never as internal errors', () => {
    for (const name of ['truncated.pdf', 'bad-xref.pdf']) {
      const d = byName(name);
      if (d.status === 'unreadable') expect(d.error?.code).toBe('PDF_DAMAGED');
      else expect(d.format).toBe('pdf');
    }
    expect(['ok', 'unreadable']).toContain(byName('one-long-line.txt').status);
    expect(result.documents.filter((d) => d.error?.code === 'INTERNAL' || d.error?.code === 'TIMEOUT')).toEqual([]);
  });

  it('never modifies an input', () => {
    expect(hashes(path.join(dir, 'batch'))).toEqual(before);
  });

  it('a per-file timeout ends a slow document with a TIMEOUT result', () => {
    const r = runCli(['check', 'batch/no-text.pdf', 'batch/good.md', '-f', 'json', '--timeout', '0.001', '--jobs', '1', '--no-config'], dir);
    const out = JSON.parse(r.stdout) as AuditResult;
    expect(out.documents.find((d) => d.file.endsWith('no-text.pdf'))?.error?.code).toBe('TIMEOUT');
    expect(r.status).toBe(1);
  });

  it('a named pipe given as input gets an error instead of blocking the batch', () => {
    const fifo = path.join(dir, 'pipe.txt');
    if (spawnSync('mkfifo', [fifo]).status !== 0) return; // no mkfifo on this system
    const r = runCli(['check', 'pipe.txt', 'batch/good.md', '-f', 'json', '--jobs', '1', '--no-config'], dir);
    const out = JSON.parse(r.stdout) as AuditResult;
    expect(out.documents.find((d) => d.file === 'pipe.txt')?.error?.code).toBe('UNSUPPORTED');
    expect(out.documents.find((d) => d.file.endsWith('good.md'))?.status).toBe('ok');
  });

  it('refuses to write a report over an input, and an unwritable output path is exit 2', () => {
    expect(runCli(['check', 'batch/good.md', '-f', 'json', '-o', 'batch/good.md', '--no-config'], dir).status).toBe(2);
    expect(readFileSync(path.join(dir, 'batch', 'good.md'), 'utf8')).toContain('Q/CQMY 001—2024');
    expect(runCli(['check', 'batch/good.md', '-f', 'json', '-o', 'no/such/dir/r.json', '--no-config'], dir).status).toBe(2);
  });
});
