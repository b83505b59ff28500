// SARIF output validated against the official SARIF 2.1.0 JSON schema (draft-07), without network.
// test/fixtures/reporters/sarif-schema-2.1.0.json is the OASIS schema from the oasis-tcs/sarif-spec
// repository, Documents/CommitteeSpecifications/2.1.0/sarif-schema-2.1.0.json (commit 3682e9ee648f),
// read through the project's code search (no copy existed in node_modules) and re-indented; keywords,
// values and descriptions are unchanged.
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import type { Log } from 'sarif';
import { describe, expect, it } from 'vitest';
import { artifactUri, toSarif } from '../src/reporters/sarif.ts';
import { reporters } from '../src/reporters/index.ts';
import { DOCS, RESULT, makeResult } from './fixtures/reporters/result.ts';

const schema = JSON.parse(readFileSync(new URL('./fixtures/reporters/sarif-schema-2.1.0.json', import.meta.url), 'utf8'));

// ajv 8's default class is draft-07. The schema's formats are checked here rather than with ajv-formats
// (not installed): RFC 3986 characters only, so an unencoded Chinese or space in a URI fails.
const URI_CHARS = /^(?:[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*$/;
// strict: false because the official schema uses `anyOf: [{ required: [...] }]` patterns that ajv's strict mode rejects.
const ajv = new Ajv({ allErrors: true, strict: false });
ajv.addFormat('uri', (s: string) => URI_CHARS.test(s) && /^[A-Za-z][A-Za-z0-9+.-]*:/.test(s));
ajv.addFormat('uri-reference', (s: string) => URI_CHARS.test(s));
ajv.addFormat('date-time', (s: string) => !Number.isNaN(Date.parse(s)));
const validate = ajv.compile(schema);

async function sarif(result = RESULT, cwd?: string): Promise<Log> {
  return JSON.parse((await reporters.sarif.render(result, { lang: 'zh', color: false, cwd })) as string);
}

describe('sarif', () => {
  it('is valid against the SARIF 2.1.0 schema', async () => {
    const log = await sarif();
    expect(validate(log), ajv.errorsText(validate.errors)).toBe(true);
  });

  it('the schema check is not vacuous: a broken log fails it', async () => {
    const log = await sarif();
    const bad = structuredClone(log) as unknown as { runs: { results: { level: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] };
    bad.runs[0]!.results[0]!.level = 'fatal';
    expect(validate(bad)).toBe(false);
    const unencoded = structuredClone(log) as typeof bad;
    unencoded.runs[0]!.results[1]!.locations[0]!.physicalLocation.artifactLocation.uri = 'standards/内衣 Q.md';
    expect(validate(unencoded)).toBe(false);
  });

  it('has rule descriptors for every result, including rules missing from the catalogue', async () => {
    const run = (await sarif()).runs[0]!;
    const rules = run.tool.driver.rules!;
    for (const r of run.results!) expect(rules[r.ruleIndex!]!.id).toBe(r.ruleId);
    const ids = rules.map((r) => r.id);
    expect(ids).toContain('units/spacing');
    expect(ids).toContain('document/unreadable');
    const lead = rules.find((r) => r.id === 'references/lead-in')!;
    expect(lead.defaultConfiguration?.level).toBe('error');
    expect(lead.properties).toMatchObject({ category: 'references', basis: 'GB/T 1.1—2020 8.5' });
    expect(run.columnKind).toBe('unicodeCodePoints');
    expect(run.tool.driver).not.toHaveProperty('informationUri');
  });

  it('maps severities, locations and properties', async () => {
    const results = (await sarif()).runs[0]!.results!;
    expect(results.map((r) => [r.ruleId, r.level])).toEqual([
      ['document/unreadable', 'error'],
      ['references/lead-in', 'error'], ['identity/number-dash', 'warning'], ['wording/must', 'error'],
      ['indicator/missing', 'error'], ['indicator/looser', 'error'], ['units/spacing', 'note'],
    ]);
    expect(results[0]!.message.text).toContain('[CORRUPT_ZIP]');
    const must = results[3]!;
    const loc = must.locations![0]!;
    expect(loc.physicalLocation!.artifactLocation!.uri).toBe('standards/%E5%86%85%E8%A1%A3%20Q-ABC%20002.md');
    expect(loc.physicalLocation!.region).toEqual({ startLine: 30, snippet: { text: DOCS.problems.findings[2]!.location.excerpt } });
    expect(loc.logicalLocations).toEqual([{ fullyQualifiedName: '5.2', kind: 'section' }]);
    expect(results[5]!.properties).toMatchObject({ indicator: '甲醛含量', baseline: 'GB 18401—2010', expected: '≤75 mg/kg', found: '-300 mg/kg', clause: '5.3', paragraph: 31 });
    const dash = results[2]!;
    expect(dash.locations![0]!.logicalLocations).toBeUndefined();
  });

  it('uses startLine 1 when the line is unknown', async () => {
    const doc = { ...DOCS.problems, findings: [{ ...DOCS.problems.findings[0]!, location: { ...DOCS.problems.findings[0]!.location, line: null } }] };
    const r = (await sarif(makeResult([doc]))).runs[0]!.results![0]!;
    expect(r.locations![0]!.physicalLocation!.region!.startLine).toBe(1);
  });

  it('fingerprints do not depend on line numbers, and differ between findings', async () => {
    const moved = {
      ...DOCS.problems,
      findings: DOCS.problems.findings.map((f) => ({ ...f, location: { ...f.location, line: (f.location.line ?? 0) + 50, page: 9 } })),
    };
    const fp = (log: Log) => log.runs[0]!.results!.map((r) => r.partialFingerprints!['stdAudit/v1']);
    const before = fp(await sarif(makeResult([DOCS.problems])));
    expect(fp(await sarif(makeResult([moved])))).toEqual(before);
    expect(new Set(before).size).toBe(before.length);
    const twice = { ...DOCS.problems, findings: [DOCS.problems.findings[0]!, DOCS.problems.findings[0]!] };
    const [a, b] = fp(await sarif(makeResult([twice])));
    expect(b).toBe(`${a}:1`);
  });

  it('builds artifact URIs relative to cwd, with "/" and encoded segments', () => {
    expect(artifactUri('/repo/standards/产品 A#1.docx', '/repo')).toBe('standards/%E4%BA%A7%E5%93%81%20A%231.docx');
    expect(artifactUri('standards\\sub\\a b.pdf')).toBe('standards/sub/a%20b.pdf');
    expect(artifactUri('/elsewhere/x.pdf')).toBe('file:///elsewhere/x.pdf');
    expect(artifactUri('C:\\std\\标准.docx')).toBe('file:///C:/std/%E6%A0%87%E5%87%86.docx');
    expect(artifactUri('../other/x.md', '/repo/sub')).toBe('../other/x.md');
  });

  it('is deterministic', async () => {
    expect(JSON.stringify(toSarif(RESULT, { lang: 'zh', color: false }))).toBe(JSON.stringify(toSarif(makeResult([DOCS.clean, DOCS.unreadable, DOCS.problems]), { lang: 'zh', color: false })));
  });
});
