// JUnit XML parsed back with saxes: well formed, counts right, hostile text contained.
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { reporters } from '../src/reporters/index.ts';
import { DOCS, RESULT, finding, makeResult } from './fixtures/reporters/result.ts';

interface Case {
  classname: string;
  name: string;
  failure?: { message: string; body: string };
  error?: { type: string; body: string };
  systemOut?: string;
}
interface Suite {
  attrs: Record<string, string>;
  cases: Case[];
}

function parse(xml: string): { root: Record<string, string>; suites: Suite[] } {
  const parser = new SaxesParser();
  let root: Record<string, string> = {};
  const suites: Suite[] = [];
  let current: Case | null = null;
  let text = '';
  parser.on('opentag', (tag) => {
    const attrs = tag.attributes as Record<string, string>;
    text = '';
    if (tag.name === 'testsuites') root = attrs;
    if (tag.name === 'testsuite') suites.push({ attrs, cases: [] });
    if (tag.name === 'testcase') {
      current = { classname: attrs.classname!, name: attrs.name! };
      suites.at(-1)!.cases.push(current);
    }
    if (tag.name === 'failure') current!.failure = { message: attrs.message!, body: '' };
    if (tag.name === 'error') current!.error = { type: attrs.type!, body: '' };
  });
  parser.on('text', (t) => { text += t; });
  parser.on('cdata', (t) => { text += t; });
  parser.on('closetag', (tag) => {
    if (tag.name === 'failure') current!.failure!.body = text;
    if (tag.name === 'error') current!.error!.body = text;
    if (tag.name === 'system-out') current!.systemOut = text;
  });
  parser.on('error', (e) => { throw e; });
  parser.write(xml).close();
  return { root, suites };
}

async function junit(result = RESULT) {
  return parse((await reporters.junit.render(result, { lang: 'zh', color: false })) as string);
}

describe('junit', () => {
  it('has one suite per document and one case per (document × rule), with matching counts', async () => {
    const { root, suites } = await junit();
    expect(suites.map((s) => s.attrs.name)).toEqual([DOCS.unreadable.file, DOCS.clean.file, DOCS.problems.file]);
    const [broken, clean, problems] = suites;
    expect(clean!.cases.map((c) => c.name)).toEqual(['document/readable', ...DOCS.clean.rulesChecked]);
    expect(clean!.cases.every((c) => !c.failure && !c.error)).toBe(true);
    expect(problems!.cases.map((c) => c.name)).toEqual(['document/readable', ...DOCS.problems.rulesChecked]);
    expect(problems!.cases.filter((c) => c.failure).map((c) => c.name)).toEqual([
      'indicator/looser', 'indicator/missing', 'references/lead-in', 'wording/must',
    ]);
    expect(problems!.attrs).toMatchObject({ tests: '8', failures: '4', errors: '0' });
    expect(broken!.cases).toEqual([{ classname: DOCS.unreadable.file, name: 'document/readable', error: { type: 'CORRUPT_ZIP', body: DOCS.unreadable.error!.message } }]);
    expect(root).toMatchObject({ tests: '13', failures: '4', errors: '1' });
    for (const s of suites) expect(new Set(s.cases.map((c) => `${c.classname}\u0000${c.name}`)).size).toBe(s.cases.length);
  });

  it('fails only on errors; warnings and info go to system-out', async () => {
    const problems = (await junit()).suites[2]!;
    const dash = problems.cases.find((c) => c.name === 'identity/number-dash')!;
    expect(dash.failure).toBeUndefined();
    expect(dash.systemOut).toContain('Q/ABC 002-2023');
    const units = problems.cases.find((c) => c.name === 'units/spacing')!;
    expect(units.systemOut).toContain('@75mg/kg');
  });

  it('lists every finding of a rule in its failure body', async () => {
    const doc = {
      ...DOCS.problems,
      findings: [
        finding({ ruleId: 'wording/must', message: '第一处', location: { clause: '5.1', page: null, line: 3, paragraph: null, excerpt: '' } }),
        finding({ ruleId: 'wording/must', message: '第二处', location: { clause: '6.2', page: null, line: 9, paragraph: null, excerpt: '' } }),
      ],
    };
    const must = (await junit(makeResult([doc]))).suites[0]!.cases.find((c) => c.name === 'wording/must')!;
    expect(must.failure!.message).toBe('2 × 第一处');
    expect(must.failure!.body).toContain('5.1 · 第3行: 第一处');
    expect(must.failure!.body).toContain('6.2 · 第9行: 第二处');
  });

  it('keeps "]]>" and strips control characters invalid in XML 1.0', async () => {
    const lead = (await junit()).suites[2]!.cases.find((c) => c.name === 'references/lead-in')!;
    expect(lead.failure!.body).toContain('下列标准所包含的条文]]>，通过引用而构成本标准的条文。');
    const doc = { ...DOCS.clean, file: 'a"<&>\u0001\u000c.docx', rulesChecked: [] };
    const { suites } = await junit(makeResult([doc]));
    expect(suites[0]!.attrs.name).toBe('a"<&>.docx');
  });
});
