// Runs one measured command as a child `node` process: wall time, CPU time and peak RSS of the whole process (main
// thread and worker threads share it; getrusage, written by a preloaded hook at exit) and the load average around it.
// CPU time is the figure least disturbed by other load on the machine.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface Measured {
  seconds: number;
  /** User + system CPU seconds of all threads. */
  cpuSeconds: number;
  /** Peak resident set size in MB. */
  peakRssMb: number;
  /** 1-minute load average before and after. */
  load: [number, number];
  exitCode: number | null;
  stderr: string;
}

// Registered in the main thread only: worker threads inherit the preload, and their exit is not the process's.
const USAGE_HOOK = 'data:text/javascript,'
  + 'import{writeFileSync}from"node:fs";import{isMainThread}from"node:worker_threads";'
  + 'if(isMainThread)process.on("exit",()=>writeFileSync(process.env.STD_AUDIT_BENCH_USAGE,JSON.stringify(process.resourceUsage())));';

/** Runs `node [nodeArgs] script args`; stdout is discarded (reports go to files), stderr kept for diagnostics. */
export async function measureNode(nodeArgs: string[], script: string, args: string[], cwd: string): Promise<Measured> {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'std-audit-bench-rss-'));
  const usageFile = path.join(tmp, 'usage.json');
  const loadBefore = os.loadavg()[0]!;
  const started = performance.now();
  try {
    const { code, stderr } = await new Promise<{ code: number | null; stderr: string }>((resolve, reject) => {
      const child = spawn(process.execPath, ['--import', USAGE_HOOK, ...nodeArgs, script, ...args], {
        cwd, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, STD_AUDIT_BENCH_USAGE: usageFile, CI: '1' },
      });
      let err = '';
      child.stderr.on('data', (d: Buffer) => { err += d.toString(); });
      child.on('error', reject);
      child.on('close', (c) => resolve({ code: c, stderr: err }));
    });
    const seconds = (performance.now() - started) / 1000;
    const usage = JSON.parse(readFileSync(usageFile, 'utf8')) as NodeJS.ResourceUsage;
    return {
      seconds, cpuSeconds: (usage.userCPUTime + usage.systemCPUTime) / 1e6, peakRssMb: usage.maxRSS / 1024,
      load: [loadBefore, os.loadavg()[0]!], exitCode: code, stderr,
    };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** Runs `cmd file` for every file with `jobs` at a time; resolves with the wall time in seconds. */
export async function timeEach(cmd: string, argsFor: (file: string) => string[], files: string[], jobs: number): Promise<number> {
  const started = performance.now();
  let cursor = 0;
  const lane = async (): Promise<void> => {
    while (cursor < files.length) {
      const file = files[cursor++]!;
      await new Promise<void>((resolve, reject) => {
        const child = spawn(cmd, argsFor(file), { stdio: 'ignore' });
        child.on('error', reject);
        child.on('close', (c) => (c === 0 ? resolve() : reject(new Error(`${cmd} ${file} exited ${c}`))));
      });
    }
  };
  await Promise.all(Array.from({ length: jobs }, lane));
  return (performance.now() - started) / 1000;
}
