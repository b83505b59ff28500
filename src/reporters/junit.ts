// JUnit XML for GitLab/Jenkins (anchors §4.2): one testsuite per document, one testcase per
// (document × rule checked). Only error findings fail a case; warnings and info go to system-out.
import type { AuditResult, DocumentResult, Finding, Lang } from '../engine/types.ts';
import { cdata, escapeXml } from './escape.ts';
import { severityLabel } from './i18n.ts';
import { formatLocation, sortedDocuments } from './summary.ts';
import type { Reporter } from './types.ts';

export const READABLE_CASE = 'document/readable';

function findingText(f: Finding, lang: Lang): string {
  const where = formatLocation(f.location, lang);
  const lines = [`[${severityLabel(lang, f.severity)}]${where ? ` ${where}` : ''}: ${f.message}`];
  if (f.location.excerpt) lines.push(`  > ${f.location.excerpt}`);
  if (f.suggestion) lines.push(`  → ${f.suggestion}`);
  if (f.basis) lines.push(`  (${f.basis})`);
  return lines.join('\n');
}

interface Suite {
  xml: string;
  tests: number;
  failures: number;
  errors: number;
}

function attrs(values: Record<string, string | number>): string {
  return Object.entries(values).map(([k, v]) => ` ${k}="${escapeXml(String(v))}"`).join('');
}

function renderSuite(doc: DocumentResult, lang: Lang): Suite {
  const cases: string[] = [];
  let failures = 0;
  let errors = 0;
  if (doc.status === 'unreadable') {
    errors = 1;
    const code = doc.error?.code ?? 'UNKNOWN';
    cases.push(
      `    <testcase${attrs({ classname: doc.file, name: READABLE_CASE, time: 0 })}>\n` +
        `      <error${attrs({ message: `[${code}] ${doc.error?.message ?? ''}`, type: code })}>${cdata(doc.error?.message ?? '')}</error>\n` +
        `    </testcase>`,
    );
  } else {
    // Every document gets this case, so a clean document never yields an empty suite.
    cases.push(`    <testcase${attrs({ classname: doc.file, name: READABLE_CASE, time: 0 })}></testcase>`);
    const byRule = new Map<string, Finding[]>();
    for (const id of doc.rulesChecked) byRule.set(id, []);
    for (const f of doc.findings) byRule.set(f.ruleId, [...(byRule.get(f.ruleId) ?? []), f]);
    for (const id of [...byRule.keys()].sort()) {
      const findings = byRule.get(id)!;
      const errorFindings = findings.filter((f) => f.severity === 'error');
      const body = findings.map((f) => findingText(f, lang)).join('\n');
      let inner = '';
      if (errorFindings.length > 0) {
        failures++;
        const message = `${errorFindings.length} × ${errorFindings[0]!.message}`;
        inner = `\n      <failure${attrs({ message, type: id })}>${cdata(body)}</failure>\n    `;
      } else if (findings.length > 0) {
        inner = `\n      <system-out>${cdata(body)}</system-out>\n    `;
      }
      cases.push(`    <testcase${attrs({ classname: doc.file, name: id, time: 0 })}>${inner}</testcase>`);
    }
  }
  const tests = cases.length;
  const xml =
    `  <testsuite${attrs({ name: doc.file, tests, failures, errors, skipped: 0, time: 0 })}>\n` +
    cases.join('\n') + (cases.length ? '\n' : '') +
    `  </testsuite>`;
  return { xml, tests, failures, errors };
}

export function renderJunit(result: AuditResult, lang: Lang): string {
  const suites = sortedDocuments(result).map((d) => renderSuite(d, lang));
  const sum = (k: 'tests' | 'failures' | 'errors') => suites.reduce((n, s) => n + s[k], 0);
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<testsuites${attrs({ name: result.tool.name, tests: sum('tests'), failures: sum('failures'), errors: sum('errors'), time: 0 })}>\n` +
    suites.map((s) => s.xml + '\n').join('') +
    `</testsuites>\n`
  );
}

export const junit: Reporter = {
  binary: false,
  extension: 'xml',
  render: async (result, opts) => renderJunit(result, opts.lang),
};
