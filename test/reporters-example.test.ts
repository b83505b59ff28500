// The GitHub Actions example stays a valid workflow that uploads SARIF and fails on errors.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

interface Step { id?: string; uses?: string; run?: string; if?: string; 'continue-on-error'?: boolean; with?: Record<string, string> }

const workflow = parse(readFileSync(new URL('../examples/github-actions.yml', import.meta.url), 'utf8'));
const steps: Step[] = workflow.jobs.audit.steps;

describe('examples/github-actions.yml', () => {
  it('audits with github annotations and a SARIF report, uploads it, then fails on the exit code', () => {
    const audit = steps.find((s) => s.id === 'audit')!;
    expect(audit['continue-on-error']).toBe(true);
    expect(audit.run).toMatch(/std-audit\.js check standards\/\s+-f github\s+--report sarif:std-audit\.sarif/);
    const upload = steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif'))!;
    expect(upload.with?.sarif_file).toBe('std-audit.sarif');
    const last = steps.at(-1)!;
    expect(last.if).toBe("steps.audit.outcome == 'failure'");
    expect(last.run).toMatch(/exit 1/);
    expect(steps.indexOf(upload)).toBeGreaterThan(steps.indexOf(audit));
    expect(workflow.permissions['security-events']).toBe('write');
  });
});
