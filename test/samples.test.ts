// The committed samples: (1) they are what scripts/build-samples.ts makes from the specs; (2) reader contract — the
// same standard read from docx/pdf/doc/txt/md yields the same number, title, dates, clauses and table cells, the
// docx only through Word automatic numbering; (3) end to end — every sample audits to samples/expected.json.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../src/readers/index.ts';
import { buildDocument } from '../src/model/build.ts';
import type { Clause, StandardDocument } from '../src/model/types.ts';
import { auditFile } from '../src/engine/audit.ts';
import type { DocumentResult, Finding } from '../src/engine/types.ts';
import { AUDIT_DATE, testContext } from './helpers.ts';
import { allStandards } from '../scripts/samples/standards/index.ts';
import { textileCleanUnderwear } from '../scripts/samples/standards/textile-clean-underwear.ts';
import { annexLetter, numberClauses, type BodyItem, type ClauseSpec, type StandardSpec } from '../scripts/samples/model.ts';
import { expectedJson, expectedSamples, type ExpectedSample } from '../scripts/samples/manifest.ts';
import { renderMarkdown } from '../scripts/samples/render-md.ts';
import { renderTextGbk } from '../scripts/samples/render-txt.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SAMPLES = path.join(ROOT, 'samples');
const expected = JSON.parse(readFileSync(path.join(SAMPLES, 'expected.json'), 'utf8')) as { auditDate: string; samples: ExpectedSample[] };

/** PDF text carries spaces between CJK and Latin ("pH 值", "表 1") and turns U+3000 into spaces: compare without whitespace. */
const squeeze = (s: string | null | undefined): string => (s ?? '').replace(/[\s\u3000]+/g, '');

async function model(file: string): Promise<StandardDocument> {
  const data = readFileSync(path.join(SAMPLES, file));
  return buildDocument(await readDocument(data, file), file);
}

function walk(clauses: Clause[]): Clause[] {
  return clauses.flatMap((c) => [c, ...walk(c.children)]);
}

describe('samples are generated from the specs', () => {
  it('the Markdown renderer reproduces test/fixtures/golden.md exactly', () => {
    expect(renderMarkdown(textileCleanUnderwear)).toBe(readFileSync(path.join(ROOT, 'test/fixtures/golden.md'), 'utf8'));
  });

  it('expected.json is up to date with the specs', () => {
    expect(readFileSync(path.join(SAMPLES, 'expected.json'), 'utf8')).toBe(expectedJson(allStandards));
  });

  it.each(expectedSamples(allStandards).filter((s) => s.format === 'md' || s.format === 'txt'))('$file is up to date', (s) => {
    const spec = allStandards.find((x) => x.id === s.standard)!;
    const want = s.format === 'md' ? Buffer.from(renderMarkdown(spec)) : Buffer.from(renderTextGbk(spec));
    expect(readFileSync(path.join(SAMPLES, s.file)).equals(want)).toBe(true);
  });

  it('covers >= 5 product categories with clean and defective versions, a service standard and all five formats', () => {
    const byCategory = new Map<string, Set<string>>();
    for (const s of expected.samples) byCategory.set(s.category, (byCategory.get(s.category) ?? new Set()).add(s.variant));
    const complete = [...byCategory].filter(([, v]) => v.has('clean') && v.has('defects')).map(([k]) => k);
    expect(complete.filter((c) => c !== 'service').length).toBeGreaterThanOrEqual(5);
    expect(complete).toContain('service');
    const formats = expected.samples.map((s) => s.format);
    for (const f of ['docx', 'pdf', 'doc', 'txt', 'md']) expect(formats.filter((x) => x === f).length).toBeGreaterThanOrEqual(2);
    expect(new Set(expected.samples.map((s) => s.standard)).size).toBeGreaterThanOrEqual(12);
  });

  // Independent of the readers: the heading paragraphs of every .docx sample carry no typed number; the numbers come
  // from numPr in the heading styles (as in the official template).
  it.each(expected.samples.filter((s) => s.format === 'docx'))('$file numbers its headings only through Word numbering', (s) => {
    const zip = unzipSync(readFileSync(path.join(SAMPLES, s.file)));
    const styles = strFromU8(zip['word/styles.xml']!);
    for (const name of ['标准文件_章标题', '标准文件_一级条标题', '标准文件_附录标识']) {
      const style = styles.slice(styles.indexOf(`w:val="${name}"`));
      expect(style.slice(0, style.indexOf('</w:style>'))).toMatch(/<w:numPr><w:ilvl w:val="\d"\/><w:numId w:val="\d+"\/><\/w:numPr>/);
    }
    const body = strFromU8(zip['word/document.xml']!);
    const headings = [...body.matchAll(/<w:p>(?:(?!<\/w:p>).)*?<w:pStyle w:val="(StdChapter|StdClause\d|StdAnnex\w*)"\/>((?:(?!<\/w:p>).)*)<\/w:p>/g)];
    expect(headings.length).toBeGreaterThan(10);
    for (const [, , inner] of headings) {
      const text = [...inner!.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
      expect(text).not.toMatch(/^\s*(\d+(\.\d+)*|[A-Z]\.\d+|附录[A-Z])\s/);
    }
  });
});

/** What every format must yield for the contract standard, derived from its spec. */
function tablesOf(items: { body?: BodyItem[]; clauses?: ClauseSpec[] }[]): string[][][] {
  return items.flatMap((c) => [
    ...(c.body ?? []).flatMap((b) => (typeof b === 'string' ? [] : [[b.table.header, ...b.table.rows]])),
    ...tablesOf(c.clauses ?? []),
  ]);
}

function contractOf(spec: StandardSpec) {
  const tables = [...tablesOf(spec.chapters), ...tablesOf(spec.annexes ?? [])];
  return {
    number: spec.cover.number,
    title: spec.cover.titleZh,
    issued: spec.cover.issued,
    effective: spec.cover.effective,
    chapters: spec.chapters.map((c, i) => `${i + 1} ${squeeze(c.title)}`),
    annexes: (spec.annexes ?? []).map((a, i) => `${annexLetter(i)} ${squeeze(a.label)} ${squeeze(a.title)}`),
    clauseNumbers: [
      ...numberClauses(spec.chapters, null, 1).map((n) => n.number),
      ...(spec.annexes ?? []).flatMap((a, i) => numberClauses(a.clauses ?? [], annexLetter(i), 2).map((n) => n.number)),
    ],
    tables: tables.map((t) => t.map((r) => r.map(squeeze))),
  };
}

describe('reader contract: one standard, five formats', () => {
  const want = contractOf(textileCleanUnderwear);
  const files = expected.samples.filter((s) => s.standard === textileCleanUnderwear.id);

  it('is rendered in all five formats', () => {
    expect(files.map((f) => f.format).sort()).toEqual(['doc', 'docx', 'md', 'pdf', 'txt']);
  });

  it.each(files)('$format yields the same cover, clauses and tables', async ({ file, format }) => {
    const doc = await model(file);
    expect(doc.format).toBe(format);
    expect(doc.cover.standardNumber?.value.replace(/\s+/g, ' ')).toBe(want.number);
    expect(squeeze(doc.cover.titleZh?.value)).toBe(squeeze(want.title));
    expect(doc.cover.issued?.value).toBe(want.issued);
    expect(doc.cover.effective?.value).toBe(want.effective);
    const chapters = doc.clauses.filter((c) => c.element !== 'annex');
    expect(chapters.map((c) => `${c.number} ${squeeze(c.title)}`)).toEqual(want.chapters);
    const annexes = doc.clauses.filter((c) => c.element === 'annex');
    expect(annexes.map((c) => `${c.annex?.letter} ${squeeze(c.annex?.labelRaw)} ${squeeze(c.title)}`)).toEqual(want.annexes);
    expect(walk(doc.clauses).filter((c) => c.level > 1).map((c) => c.number)).toEqual(want.clauseNumbers.filter((n) => n.includes('.')));
    expect(doc.tables.map((t) => [...t.header, ...t.rows].map((r) => r.map(squeeze)))).toEqual(want.tables);
    if (format === 'docx') {
      // The .docx has no typed numbers: every clause number must come from Word automatic numbering.
      expect(walk(doc.clauses).map((c) => `${c.number}:${c.numberSource}`)).toEqual(walk(doc.clauses).map((c) => `${c.number}:auto`));
    }
  });
});

/** Same indicator when equal after removing whitespace and bracketed qualifiers, or one name contains the other
 *  ("污染物" / "污染物限量"): the catalogue's display names are the baselines' own, the expectation uses them too. */
function sameIndicator(a: string | null, b: string): boolean {
  const norm = (s: string) => s.replace(/[\s\u3000]+/g, '').replace(/[（(][^）)]*[）)]/g, '');
  const x = norm(a ?? '');
  const y = norm(b);
  return x.length > 0 && (x === y || x.includes(y) || y.includes(x));
}

function idsAt(r: DocumentResult, severity: Finding['severity']): string[] {
  return [...new Set(r.findings.filter((f) => f.severity === severity).map((f) => f.ruleId))].sort();
}

describe('end to end: every sample audits to samples/expected.json', () => {
  it('uses the shared audit date', () => {
    expect(expected.auditDate).toBe(AUDIT_DATE);
  });

  it.each(expected.samples)('$file', async (s) => {
    const r = await auditFile(path.join(SAMPLES, s.file), testContext(), s.file);
    expect(r.error).toBeNull();
    expect(r.status).toBe(s.status);
    expect(r.profile).toBe(s.profile);
    expect({
      number: r.meta.standardNumber?.replace(/\s+/g, ' '), title: squeeze(r.meta.title), issued: r.meta.issued, effective: r.meta.effective,
    }).toEqual({ number: s.meta.standardNumber, title: squeeze(s.meta.title), issued: s.meta.issued, effective: s.meta.effective });
    expect(r.baselines.map((b) => ({ id: b.id, class: b.class })).sort((a, b) => a.id.localeCompare(b.id)))
      .toEqual([...s.baselines].sort((a, b) => a.id.localeCompare(b.id)));
    expect({ errors: idsAt(r, 'error'), warnings: idsAt(r, 'warning') }).toEqual({ errors: s.errors, warnings: s.warnings });
    expect(r.flags).toEqual(s.flags);

    const found = r.findings.filter((f) => f.category === 'indicator');
    const unmatched = [...found];
    for (const want of s.indicators) {
      const i = unmatched.findIndex((f) => f.ruleId === want.ruleId && f.baseline === want.baseline && sameIndicator(f.indicator, want.indicator));
      expect(i, `expected ${want.ruleId} ${want.indicator} (${want.baseline}); got ${JSON.stringify(found.map((f) => [f.ruleId, f.indicator, f.baseline]))}`).toBeGreaterThanOrEqual(0);
      expect(Boolean(unmatched[i]!.verify)).toBe(Boolean(want.verify));
      unmatched.splice(i, 1);
    }
    expect(unmatched.map((f) => [f.ruleId, f.indicator, f.baseline])).toEqual([]);
  });
});
