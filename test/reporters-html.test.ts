// HTML report: self-contained, and no markup from document text survives unescaped.
import { describe, expect, it } from 'vitest';
import { reporters } from '../src/reporters/index.ts';
import { DOCS, RESULT, finding, makeResult } from './fixtures/reporters/result.ts';

const SCRIPT = '<script>alert(1)</script>';
const IMG = '"><img src=x onerror=alert(1)>';

async function html(result = RESULT, lang: 'zh' | 'en' = 'zh') {
  return (await reporters.html.render(result, { lang, color: false })) as string;
}

describe('html', () => {
  it('escapes hostile titles, excerpts, file names, companies, messages and error texts', async () => {
    const hostile = {
      ...DOCS.problems,
      file: `standards/${SCRIPT}${IMG}.md`,
      meta: { ...DOCS.problems.meta, title: `${SCRIPT}${IMG}`, company: IMG, standardNumber: SCRIPT },
      baselines: [{ id: SCRIPT, class: IMG, reason: SCRIPT }],
      findings: [finding({
        ruleId: `x/${SCRIPT}`, message: IMG, basis: SCRIPT, suggestion: IMG,
        location: { clause: SCRIPT, page: null, line: 1, paragraph: null, excerpt: `${SCRIPT}${IMG}` },
      })],
    };
    const broken = { ...DOCS.unreadable, file: `${IMG}.docx`, error: { code: SCRIPT, message: IMG } };
    const out = await html(makeResult([hostile, broken]));
    expect(out).not.toContain(SCRIPT);
    expect(out).not.toContain('<img');
    expect(out).not.toMatch(/<[^>]*\sonerror=/i);
    expect(out.match(/<script/g)).toHaveLength(1); // only the report's own sorting script
    expect(out).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&quot;&gt;&lt;img src=x onerror=alert(1)&gt;');
  });

  it('is self-contained and restricts scripts by content security policy', async () => {
    const out = await html();
    expect(out).not.toMatch(/<(link|img|iframe)\b/);
    expect(out).not.toMatch(/\b(src|href)="(https?:)?\/\//);
    expect(out).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;;[^"]*script-src &#39;sha256-[A-Za-z0-9+/=]+&#39;/);
  });

  it('shows the batch percentages, a chart of problem types and a sortable documents table', async () => {
    const out = await html();
    expect(out).toContain('<td>有格式问题</td><td>1/2 (50.0%)</td>');
    expect(out).toMatch(/<svg role="img"[^>]*>.*wording\/must.*<\/svg>/s);
    expect(out.match(/<rect /g)).toHaveLength(5);
    expect(out).toContain('<table class="sortable">');
    expect(out).toContain('<section id="doc-3">');
    expect(out).toContain('GB 18401—2010 (B 类)');
    expect(out).toContain('无适用基线');
  });

  it('is in English with --lang en', async () => {
    const out = await html(RESULT, 'en');
    expect(out).toContain('<html lang="en">');
    expect(out).toContain('no applicable baseline in the catalogue');
  });
});
