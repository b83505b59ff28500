// LibreOffice conversions for the samples. One profile per soffice process: two processes sharing a profile make
// the second one exit 0 and write nothing, so every process gets its own -env:UserInstallation and every
// expected output is checked afterwards.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export function sofficeVersion(): string | null {
  const r = spawnSync('soffice', ['--version'], { encoding: 'utf8' });
  return r.error || r.status !== 0 ? null : r.stdout.trim();
}

/** Converts every input to `target` ("pdf", "doc") into outDir; resolves with the output paths, all verified. */
export async function convert(inputs: string[], target: string, outDir: string): Promise<string[]> {
  if (inputs.length === 0) return [];
  const profile = mkdtempSync(path.join(os.tmpdir(), 'lo-samples-'));
  const args = ['--headless', `-env:UserInstallation=file://${profile}`, '--convert-to', target, '--outdir', outDir, ...inputs];
  try {
    const { code, stderr } = await new Promise<{ code: number | null; stderr: string }>((resolve, reject) => {
      const child = spawn('soffice', args, { stdio: ['ignore', 'ignore', 'pipe'] });
      let err = '';
      child.stderr.on('data', (d: Buffer) => { err += d.toString(); });
      child.on('error', reject);
      child.on('close', (c) => resolve({ code: c, stderr: err }));
    });
    const outputs = inputs.map((f) => path.join(outDir, `${path.basename(f, path.extname(f))}.${target}`));
    const missing = outputs.filter((o) => !existsSync(o) || statSync(o).size === 0);
    if (code !== 0 || missing.length) {
      throw new Error(`soffice --convert-to ${target} exited ${code}; missing outputs: ${missing.join(', ') || 'none'}\n${stderr}`);
    }
    return outputs;
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}
