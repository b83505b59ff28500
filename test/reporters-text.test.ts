// Reporters with text output: stylish (committed expected file), json, markdown, csv, github.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { reporters } from '../src/reporters/index.ts';
import { renderJobSummary } from '../src/reporters/github.ts';
import { jsonChunks, toJson } from '../src/reporters/json.ts';
import { ratio } from '../src/reporters/summary.ts';
import { displayWidth, padEndDisplay } from '../src/reporters/width.ts';
import { DOCS, RESULT, finding, makeResult } from './fixtures/reporters/result.ts';

const zh = { lang: 'zh', color: false } as const;
const en = { lang: 'en', color: false } as const;
const render = async (name: keyof typeof reporters, opts: Parameters<typeof reporters.json.render>[1] = zh) =>
  (await reporters[name].render(RESULT, opts)) as string;
const expected = (name: string) => readFileSync(new URL(`./fixtures/reporters/${name}`, import.meta.url), 'utf8');

describe('helpers', () => {
  it('formats batch ratios with one decimal', () => {
    expect(ratio(32, 66)).toBe('32/66 (48.5%)');
    expect(ratio(0, 0)).toBe('0/0');
  });

  it('measures CJK and full-width text as two columns', () => {
    expect(displayWidth('标准abc')).toBe(7);
    expect(displayWidth('（Ｑ）')).toBe(6);
    expect(displayWidth('\u001b[31m错误\u001b[39m')).toBe(4);
    expect(padEndDisplay('错误', 7)).toBe('错误   ');
  });
});

describe('stylish', () => {
  it('matches the committed output without colours (zh and en)', async () => {
    expect(await render('stylish')).toBe(expected('stylish.zh.txt'));
    expect(await render('stylish', en)).toBe(expected('stylish.en.txt'));
  });

  it('uses ANSI colours only when asked', async () => {
    expect(await render('stylish')).not.toMatch(/\u001b\[/);
    expect(await render('stylish', { ...zh, color: true })).toMatch(/\u001b\[31m/);
  });

  it('strips terminal control sequences coming from a document', async () => {
    const doc = { ...DOCS.clean, meta: { ...DOCS.clean.meta, title: 'A\u001b[2J\u001b]0;pwned\u0007B' } };
    const out = (await reporters.stylish.render(makeResult([doc]), zh)) as string;
    expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
    expect(out).toContain('A[2J]0;pwnedB');
  });

  it('reports --max-warnings being exceeded', async () => {
    expect(await render('stylish', { ...en, maxWarnings: 0 })).toContain('1 warnings exceed --max-warnings 0');
    expect(await render('stylish', { ...en, maxWarnings: 1 })).not.toContain('--max-warnings');
  });
});

describe('json', () => {
  it('keeps the contract keys in the documented order, plus the merge fields', async () => {
    const out = await render('json');
    expect(out.endsWith('}\n')).toBe(true);
    const parsed = JSON.parse(out);
    expect(Object.keys(parsed)).toEqual(['schemaVersion', 'tool', 'auditDate', 'summary', 'documents', 'lang', 'rules']);
    expect(parsed.schemaVersion).toBe(1);
    expect(Object.keys(parsed.summary)).toEqual(['documents', 'unreadable', 'formatProblems', 'missingIndicators', 'belowBaseline', 'errors', 'warnings']);
    const doc = parsed.documents.find((d: { file: string }) => d.file === DOCS.problems.file);
    expect(Object.keys(doc)).toEqual(['file', 'status', 'error', 'format', 'encoding', 'meta', 'baselines', 'flags', 'findings', 'profile', 'rulesChecked', 'notes']);
    expect(Object.keys(doc.meta)).toEqual(['standardNumber', 'title', 'company', 'issued', 'effective']);
    expect(Object.keys(doc.flags)).toEqual(['formatProblems', 'missingIndicators', 'belowBaseline']);
    expect(Object.keys(doc.findings[0])).toEqual([
      'ruleId', 'category', 'severity', 'message', 'location', 'indicator', 'baseline', 'expected', 'found', 'suggestion', 'basis',
    ]);
    expect(Object.keys(doc.findings[0].location)).toEqual(['clause', 'page', 'line', 'excerpt', 'paragraph']);
  });

  it('sorts documents by file and keeps the findings in the given order', async () => {
    const parsed = JSON.parse(await render('json'));
    expect(parsed.documents.map((d: { file: string }) => d.file)).toEqual([DOCS.unreadable.file, DOCS.clean.file, DOCS.problems.file]);
    const doc = parsed.documents[2];
    expect(doc.findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(DOCS.problems.findings.map((f) => f.ruleId));
    expect(parsed.documents[0].error).toEqual(DOCS.unreadable.error);
  });

  it('is identical for the same result however the documents were ordered', async () => {
    const shuffled = makeResult([DOCS.clean, DOCS.problems, DOCS.unreadable]);
    expect(await reporters.json.render(shuffled, zh)).toBe(await render('json'));
  });
});

describe('markdown', () => {
  it('escapes table and markup characters from documents', async () => {
    const doc = { ...DOCS.clean, meta: { ...DOCS.clean.meta, title: 'a|b *c* <b>x</b>\nnext' } };
    const out = (await reporters.markdown.render(makeResult([doc]), zh)) as string;
    expect(out).toContain('a\\|b \\*c\\* &lt;b&gt;x&lt;/b&gt; next');
    expect(out).not.toContain('<b>');
    // Every table row has the same number of unescaped cell separators as its header.
    for (const table of out.split('\n\n').filter((b) => b.startsWith('|'))) {
      const counts = table.split('\n').map((row) => row.replace(/\\\|/g, '').split('|').length);
      expect(new Set(counts).size).toBe(1);
    }
  });

  it('lists the batch percentages and the most frequent problem types', async () => {
    const out = await render('markdown');
    expect(out).toContain('| 有格式问题 | 1/2 (50.0%) |');
    expect(out).toContain('| 无法读取 | 1/3 (33.3%) |');
    expect(out).toContain('| wording/must | 1 |');
  });
});

describe('csv', () => {
  it('starts with a BOM, uses CRLF and quotes per RFC 4180', async () => {
    const out = await render('csv');
    expect(out.startsWith('\uFEFF')).toBe(true);
    expect(out.endsWith('\r\n')).toBe(true);
    expect(out.replace(/\r\n/g, '')).not.toMatch(/\n/);
    expect(out).toContain('"""><img src=x onerror=alert(1)> 产品必须符合本标准"');
  });

  it('neutralises formula injection and keeps unreadable documents as a row', async () => {
    const rows = (await render('csv')).slice(1).split('\r\n');
    expect(rows.some((r) => r.includes(',"\'=HYPERLINK('))).toBe(true);
    expect(rows.some((r) => r.includes(",'-300 mg/kg,"))).toBe(true);
    expect(rows.some((r) => r.includes(",'@75mg/kg"))).toBe(true);
    expect(rows.some((r) => /(^|,)[=+\-@]/.test(r))).toBe(false);
    expect(rows.filter((r) => r.startsWith('standards/broken.docx,'))).toEqual([
      expect.stringContaining('document/unreadable,错误,,,,[CORRUPT_ZIP]'),
    ]);
    expect(rows.filter(Boolean)).toHaveLength(1 + 1 + DOCS.problems.findings.length);
  });
});

describe('github', () => {
  it('escapes messages and properties', async () => {
    const doc = {
      ...DOCS.problems,
      file: 'std/a,b:c%.txt',
      format: 'txt' as const,
      findings: [finding({ ruleId: 'wording/must', message: '100% a:b,c\r\nline2', location: { clause: '5.2', page: 3, line: 7, paragraph: null, excerpt: '' } })],
    };
    const out = (await reporters.github.render(makeResult([doc]), zh)) as string;
    expect(out).toBe('::error file=std/a%2Cb%3Ac%25.txt,line=7,title=wording/must (5.2 · 第3页)::100%25 a:b,c%0D%0Aline2\n');
  });

  it('gives line numbers only for plain-text sources', async () => {
    const out = await render('github');
    expect(out).toContain('file=standards/内衣 Q-ABC 002.md,line=30,');
    const docx = { ...DOCS.problems, format: 'docx' as const };
    expect(await reporters.github.render(makeResult([docx]), zh)).not.toContain('line=');
  });

  it('prints the most severe first, at most 10 per type, and says how many were omitted', async () => {
    const many = (severity: 'error' | 'warning' | 'info', n: number) =>
      Array.from({ length: n }, (_, i) => finding({ ruleId: `r/${severity}`, severity, message: `${severity} ${i}` }));
    const doc = { ...DOCS.problems, findings: [...many('info', 12), ...many('warning', 3), ...many('error', 14)] };
    const lines = ((await reporters.github.render(makeResult([doc]), en)) as string).trim().split('\n');
    const kinds = lines.map((l) => l.slice(2, l.indexOf(' ')));
    expect(kinds).toEqual([...Array(10).fill('error'), ...Array(3).fill('warning'), ...Array(10).fill('notice')]);
    expect(lines.at(-1)).toMatch(/^::notice title=std-audit::7 more finding\(s\) not shown/);
  });

  it('renders a Markdown job summary', () => {
    const out = renderJobSummary(RESULT, 'en');
    expect(out).toContain('| With format problems | 1/2 (50.0%) |');
    expect(out).toContain('### standards/broken.docx');
  });
});

describe('json in pieces', () => {
  const all = [DOCS.problems, DOCS.unreadable, DOCS.clean];
  it.each([0, 1, all.length])('writes exactly JSON.stringify of the contract, %i document(s)', (n) => {
    const result = makeResult(all.slice(0, n));
    expect([...jsonChunks(result)].join('')).toBe(JSON.stringify(toJson(result), null, 2) + '\n');
  });
});
