// The bundled catalogue: every file passes the schema, every ✅ value matches the numbers in
// ../shared/reference/baselines.md (when that file is present), user directories extend it, and the
// schema's error messages name the file, the path and what was expected.
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { baselineSchema } from '../src/baselines/schema.ts';
import { CatalogueError, bundledBaselineDir, findBaseline, loadCatalogue } from '../src/baselines/index.ts';
import { loadCatalogueFrom, type Baseline } from '../src/baselines/catalogue.ts';
import { baselineNotFound, formatBaselineList, formatBaselineShow } from '../src/baselines/format.ts';

const DIR = bundledBaselineDir();
const REFERENCE = path.join(import.meta.dirname, '..', '..', 'shared', 'reference', 'baselines.md');

describe('bundled baseline files', () => {
  const files = readdirSync(DIR).filter((f) => f.endsWith('.yaml'));

  it('exist for every seeded baseline', () => {
    const ids = loadCatalogue().baselines.map((b) => b.id);
    for (const id of ['GB 18401-2010', 'GB 20400-2006', 'GB 18584-2024', 'GB 18584-2001', 'GB 28481-2012', 'GB 18580-2017',
      'GB 31644-2018', 'GB 7099-2015', 'GB 2716-2018', 'GB 31701-2015', 'GB 6675.1-2014', 'GB 6675.4-2014']) {
      expect(ids).toContain(id);
    }
  });

  it.each(files)('%s passes the schema and is named after its id', (file) => {
    const data = parseYaml(readFileSync(path.join(DIR, file), 'utf8'));
    const r = baselineSchema.safeParse(data);
    expect(r.success ? [] : r.error.issues).toEqual([]);
    expect(file).toBe(`${String(data.id).toLowerCase().replace(/[ /]/g, '-')}.yaml`);
  });

  it('every value has a source and a shipped confidence; replaced entries point at a loaded successor', () => {
    const cat = loadCatalogue();
    for (const b of cat.baselines) {
      for (const i of b.indicators) for (const l of i.limits) {
        expect(l.source ?? i.source, `${b.id} ${i.id}`).toBeTruthy();
        expect(['confirmed', 'likely']).toContain(l.confidence ?? i.confidence);
      }
      if (b.replacedBy) expect(findBaseline(cat, b.replacedBy), `${b.id} → ${b.replacedBy}`).toBeTruthy();
    }
  });
});

// ---------------------------------------------------------------- ✅ values against the reference notes

function section(md: string, id: string): string {
  const lines = md.split('\n');
  // The heading or bold line whose first standard number is this edition (not one that names it as replaced).
  const start = lines.findIndex((l) => (/^#/.test(l) || /^\*\*GB/.test(l)) && /GB(?:\/T)? [\d.]+-\d{4}/.exec(l)?.[0] === id);
  if (start < 0) return '';
  const end = lines.findIndex((l, i) => i > start && (/^#/.test(l) || /^\*\*GB/.test(l)));
  return lines.slice(start, end < 0 ? undefined : end).join('\n');
}

interface MdTable { header: string[]; rows: string[][] }

function tables(text: string): MdTable[] {
  const out: MdTable[] = [];
  let cur: string[][] = [];
  const flush = (): void => {
    if (cur.length >= 2) out.push({ header: cur[0]!, rows: cur.slice(1).filter((r) => !r.every((c) => /^-+$/.test(c))) });
    cur = [];
  };
  for (const line of text.split('\n')) {
    if (line.startsWith('|')) cur.push(line.split('|').slice(1, -1).map((c) => c.trim()));
    else flush();
  }
  flush();
  return out;
}

const squash = (s: string): string => s.replace(/[^\p{Script=Han}A-Za-z0-9[\]]/gu, '');
const numbers = (s: string): number[] => (s.match(/\d+(?:\.\d+)?/g) ?? []).map(Number);

/** The reference row of an indicator: exact first cell first, else the shortest first cell containing a name. */
function rowFor(ts: MdTable[], names: string[]): { t: MdTable; row: string[] } | null {
  const keys = names.map(squash).filter(Boolean);
  const all = ts.flatMap((t) => t.rows.map((row) => ({ t, row, key: squash(row[0] ?? '') })));
  const exact = all.find((r) => keys.includes(r.key));
  if (exact) return exact;
  const hits = all.filter((r) => keys.some((k) => r.key.includes(k))).sort((a, b) => a.key.length - b.key.length);
  return hits[0] ?? null;
}

function checkConfirmed(md: string, b: Baseline): string[] {
  const problems: string[] = [];
  const confirmed = b.indicators.some((i) => i.limits.some((l) => (l.confidence ?? i.confidence) === 'confirmed'))
    || b.delegations.some((d) => d.confidence === 'confirmed');
  if (!confirmed) return problems;
  const text = section(md, b.id);
  if (!text) return [`${b.id}: no section in baselines.md`];
  const ts = tables(text);
  for (const ind of b.indicators) {
    for (const l of ind.limits) {
      if ((l.confidence ?? ind.confidence) !== 'confirmed') continue;
      const want = numbers(l.value);
      const found = rowFor(ts, [ind.name, ...ind.aliases]);
      if (!found) {
        // Limits given in prose (GB 18580-2017 "≤0.124 mg/m³").
        if (!want.length || !want.every((n) => numbers(text).includes(n))) problems.push(`${b.id} ${ind.id}: ${l.value} not in the section`);
        continue;
      }
      for (const cls of l.classes ?? [null]) {
        const col = cls === null ? -1 : found.t.header.findIndex((h) => h.replace(/类$/, '') === cls);
        const cell = col >= 0 ? found.row[col] ?? '' : found.row.slice(1).join(' ');
        const ok = want.length ? want.every((n) => numbers(cell).includes(n)) : cell.includes(l.value);
        if (!ok) problems.push(`${b.id} ${ind.id} ${cls ?? ''}: ${l.value} vs "${cell}"`);
      }
    }
  }
  for (const d of b.delegations) {
    if (d.confidence === 'confirmed' && !(text.includes(d.to) && text.includes(d.clause))) problems.push(`${b.id} ${d.id}: ${d.to} ${d.clause} not in the section`);
  }
  return problems;
}

describe('✅ values against ../shared/reference/baselines.md', () => {
  const present = existsSync(REFERENCE);
  it(present ? 'every confirmed value appears in its reference row' : 'reference notes absent: schema checks only', () => {
    if (!present) return;
    const md = readFileSync(REFERENCE, 'utf8');
    const cat = loadCatalogue();
    const problems = cat.baselines.flatMap((b) => checkConfirmed(md, b));
    expect(problems).toEqual([]);
    // The check itself can fail: a wrong number is caught.
    const b18401 = findBaseline(cat, 'GB 18401-2010')!;
    const wrong: Baseline = { ...b18401, indicators: b18401.indicators.map((i) => (i.id === 'formaldehyde' ? { ...i, limits: [{ classes: ['B'], value: '≤300' }] } : i)) };
    expect(checkConfirmed(md, wrong)).toEqual(['GB 18401-2010 formaldehyde B: ≤300 vs "≤75"']);
  });
});

// ---------------------------------------------------------------- user directories and errors

function tmp(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'baselines-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

const USER_BASELINE = `
id: QB/T 9999-2024
title: 测试饼干
titleEn: Test biscuits
type: industry
status: current
issued: 2024-01-01
effective: 2024-06-01
statusSource: test
statusConfidence: confirmed
legalBasis: food-safety
scope:
  keywords: [测试饼干]
indicators:
  - id: total-bacteria
    name: 菌落总数
    nameEn: Aerobic plate count
    unit: CFU/g
    limits:
      - { value: "n=5, c=2, m=10⁴, M=10⁵" }
    method: GB 4789.2
    clause: 表2
    source: test
    confidence: confirmed
`;

describe('user directories', () => {
  it('adds baselines and caches per set of directories', () => {
    const dir = tmp({ 'qb-t-9999-2024.yaml': USER_BASELINE });
    const cat = loadCatalogue([dir]);
    expect(findBaseline(cat, 'QB/T 9999')?.indicators[0]?.limits[0]?.value).toBe('n=5, c=2, m=10⁴, M=10⁵');
    expect(loadCatalogue([dir])).toBe(cat);
    expect(loadCatalogue().baselines.some((b) => b.id === 'QB/T 9999-2024')).toBe(false);
  });

  it('a user file with a bundled id replaces the bundled one', () => {
    const text = readFileSync(path.join(DIR, 'gb-18580-2017.yaml'), 'utf8').replace('"≤0.124"', '"≤0.1"');
    const cat = loadCatalogue([tmp({ 'panels.yaml': text })]);
    expect(findBaseline(cat, 'GB 18580-2017')?.indicators[0]?.limits[0]?.value).toBe('≤0.1');
  });

  it('reports every problem as "file: path: expected …"', () => {
    const bad = USER_BASELINE
      .replace('type: industry', 'type: voluntary')
      .replace('"n=5, c=2, m=10⁴, M=10⁵"', '"about ten thousand"')
      .replace('    confidence: confirmed', '    confidence: unverified');
    const dir = tmp({ 'bad.yaml': bad, 'broken.yaml': 'id: [unclosed' });
    let err: unknown;
    try { loadCatalogueFrom([dir]); } catch (e) { err = e; }
    expect(err).toBeInstanceOf(CatalogueError);
    const issues = (err as CatalogueError).issues.map((i) => i.replace(dir + path.sep, ''));
    expect(issues).toEqual([
      'bad.yaml: type: expected mandatory | recommended | industry | local',
      expect.stringMatching(/^bad\.yaml: indicators\.0\.limits\.0\.value: expected a limit such as "≤75"/),
      'bad.yaml: indicators.0.confidence: expected "confirmed" (✅) or "likely" (◐); unverified (❓) values must not be shipped',
      expect.stringMatching(/^broken\.yaml: cannot be parsed: /),
    ]);
  });

  it('rejects limits for classes the baseline does not declare', () => {
    const bad = USER_BASELINE.replace('      - { value: "n=5', '      - { classes: [A], value: "n=5');
    let err: unknown;
    try { loadCatalogueFrom([tmp({ 'c.yaml': bad })]); } catch (e) { err = e; }
    expect((err as CatalogueError).issues[0]).toMatch(/indicators\.0\.limits\.0\.classes: unknown class "A"/);
  });
});

describe('baselines list / show', () => {
  const cat = loadCatalogue();
  it('lists every baseline with its status and the counts of ✅/◐ values', () => {
    const zh = formatBaselineList(cat, 'zh');
    for (const b of cat.baselines) expect(zh).toContain(b.id);
    expect(zh).toMatch(/GB 18401-2010\s+现行\s+2011-08-01\s+17✅ 0◐\s+A\/B\/C/);
    expect(zh).toMatch(/GB 18584-2001\s+被代替 → GB 18584-2024/);
    expect(formatBaselineList(cat, 'en')).toMatch(/GB 20400-2006\s+current\s+2007-12-01\s+4✅ 0◐/);
  });

  it('shows one baseline with classes, limits, conditions and sources', () => {
    const s = formatBaselineShow(cat, 'GB 18401', 'zh')!;
    expect(s).toContain('B类: B类 / 直接接触皮肤');
    expect(s).toContain('B: ≤75 mg/kg ✅');
    expect(s).toContain('A: ≥3-4级 ✅');
    expect(s).toContain('来源: news.shangjiaku.cn/show-114059.html');
    expect(formatBaselineShow(cat, 'GB 31644-2018', 'en')).toContain('Contaminants → GB 2762 ✅');
    expect(formatBaselineShow(cat, 'GB 9999', 'zh')).toBeNull();
    expect(baselineNotFound('GB 9999', 'en')).toBe('No baseline "GB 9999" in the catalogue');
  });
});
