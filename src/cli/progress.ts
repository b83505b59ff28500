// A one-line progress display on stderr, only for interactive terminals (never in CI or pipes).
export interface Progress {
  start(file: string): void;
  done(n: number, total: number): void;
  end(): void;
}

const silent: Progress = { start() {}, done() {}, end() {} };

export function createProgress(enabled: boolean, total: number): Progress {
  if (!enabled || !process.stderr.isTTY || process.env.CI || total < 2) return silent;
  const t0 = Date.now();
  let current = '';
  let finished = 0;
  let last = 0;
  const draw = (force = false): void => {
    const now = Date.now();
    if (!force && now - last < 100) return;
    last = now;
    const secs = (now - t0) / 1000;
    const rate = finished / Math.max(secs, 0.001);
    const eta = rate > 0 ? Math.round((total - finished) / rate) : 0;
    const name = current.length > 40 ? '…' + current.slice(-39) : current;
    process.stderr.write(`\r\x1b[K${finished}/${total}  ${rate.toFixed(1)}/s  ETA ${eta}s  ${name}`);
  };
  return {
    start(file) { current = file; draw(); },
    done(n) { finished = n; draw(n === total); },
    end() { process.stderr.write('\r\x1b[K'); },
  };
}
