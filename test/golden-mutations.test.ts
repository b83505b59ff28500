// The golden enterprise standard is clean; each named mutation makes exactly the expected rules fire
// (at warning level or above). Mutations are plain string edits on the golden text.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { allRules } from '../src/rules/index.ts';
import { auditText, ruleIds, replaceOnce } from './helpers.ts';

const GOLDEN = readFileSync(path.join(import.meta.dirname, 'fixtures', 'golden.md'), 'utf8');
const REGISTERED = new Set(allRules.map((r) => r.meta.id));

/** Replaces each `from` (which must occur exactly once) with `to`. */

/** Removes a chapter: from its heading up to the next heading given. */
function dropChapter(text: string, heading: string, nextHeading: string): string {
  return text.slice(0, text.indexOf(heading)) + text.slice(text.indexOf(nextHeading));
}

/** Swaps chapters 6 and 7 of the golden (contents move, numbers stay in sequence). */
function swapChapters6And7(text: string): string {
  const i = text.indexOf('## 6 检验规则');
  const j = text.indexOf('## 7 标志、包装、运输和贮存');
  const k = text.indexOf('## 附录A');
  const six = text.slice(i, j).replace(/^(#+ )6(?=[ .])/gm, '$17');
  const seven = text.slice(j, k).replace(/^(#+ )7(?=[ .])/gm, '$16');
  return text.slice(0, i) + seven + six + text.slice(k);
}

/** Clause 5.3 is skipped: 5.3–5.8 become 5.4–5.9, and the method column of 表1 follows. */
function skip53(text: string): string {
  for (let n = 8; n >= 3; n--) {
    text = text.replace(`### 5.${n} `, `### 5.${n + 1} `).replaceAll(`| 5.${n} |`, `| 5.${n + 1} |`);
  }
  return text;
}

const DRAFTING_2020 = '本文件按照GB/T 1.1—2020《标准化工作导则　第1部分：标准化文件的结构和起草规则》的规定起草。';

const MUTATIONS: { name: string; text: () => string; fires: string[] }[] = [
  { name: 'drop the drafting sentence', text: () => replaceOnce(GOLDEN, [DRAFTING_2020 + '\n\n', '']), fires: ['foreword/drafting-basis'] },
  {
    name: '2009 drafting sentence',
    text: () => replaceOnce(GOLDEN, [DRAFTING_2020, '本标准按照GB/T 1.1—2009给出的规则起草。']),
    fires: ['foreword/drafting-basis', 'wording/self-reference'],
  },
  { name: 'skip 5.3', text: () => skip53(GOLDEN), fires: ['numbering/continuity'] },
  { name: 'duplicate 5.2', text: () => replaceOnce(GOLDEN, ['### 5.3 耐水色牢度', '### 5.2 耐水色牢度'], ['| 5.3 |', '| 5.2 |']), fires: ['numbering/continuity'] },
  { name: 'lone 4.1', text: () => replaceOnce(GOLDEN, ['### 4.1 安全性能\n\n', ''], ['### 4.2 外观质量', '### 4.1 外观质量']), fires: ['numbering/lone-subclause'] },
  { name: 'hyphen in number', text: () => replaceOnce(GOLDEN, ['Q/CQMY 001—2024', 'Q/CQMY 001-2024']), fires: ['identity/number-dash'] },
  { name: 'no implementation date', text: () => replaceOnce(GOLDEN, ['　　　　2024-06-01 实施', '']), fires: ['identity/dates'] },
  { name: 'implementation before issue', text: () => replaceOnce(GOLDEN, ['2024-06-01 实施', '2024-04-01 实施']), fires: ['identity/dates'] },
  { name: '2009 annex label', text: () => replaceOnce(GOLDEN, ['## 附录A（规范性）抽样方案', '## 附录A（规范性附录）抽样方案']), fires: ['annex/label'] },
  { name: '必须 in 4.2', text: () => replaceOnce(GOLDEN, ['表面应平整', '表面必须平整']), fires: ['wording/must'] },
  {
    name: '应 in scope',
    text: () => replaceOnce(GOLDEN, ['直接接触皮肤的针织内衣（B类）。', '直接接触皮肤的针织内衣（B类），产品应标明安全技术类别。']),
    fires: ['wording/scope-requirements'],
  },
  { name: '本标准 in scope', text: () => replaceOnce(GOLDEN, ['本文件规定了纯棉针织内衣', '本标准规定了纯棉针织内衣']), fires: ['wording/self-reference'] },
  {
    name: 'remove 试验方法 chapter',
    text: () => dropChapter(GOLDEN, '## 5 试验方法', '## 6 检验规则'),
    // chapter numbers now jump from 4 to 6 and the method standards are no longer cited. completeness/test-method stays
    // silent because 表1's method column still names clauses (5.1 …), although they no longer exist.
    fires: ['structure/product-elements', 'numbering/continuity', 'references/unused'],
  },
  { name: 'swap chapters 6 and 7', text: () => swapChapters6And7(GOLDEN), fires: ['structure/element-order'] },
  // further mutations for the other rules of the identity, foreword, numbering and wording groups
  { name: 'number year differs from issue year', text: () => replaceOnce(GOLDEN, ['Q/CQMY 001—2024', 'Q/CQMY 001—2023']), fires: ['identity/number-year'] },
  { name: 'no ICS/CCS', text: () => replaceOnce(GOLDEN, ['ICS 59.080.30\nCCS W 64\n\n', '']), fires: ['identity/ics-ccs'] },
  { name: '2009 patent sentence', text: () => replaceOnce(GOLDEN, ['不承担识别专利的责任', '不承担识别这些专利的责任']), fires: ['foreword/patent-statement'] },
  { name: 'no drafters', text: () => replaceOnce(GOLDEN, ['本文件主要起草人：张明、李红。\n\n', '']), fires: ['foreword/drafters'] },
  { name: '表1-1', text: () => replaceOnce(GOLDEN, ['表1　安全性能要求', '表1-1　安全性能要求']), fires: ['numbering/tables'] },
  { name: 'annex clause A.3 after A.1', text: () => replaceOnce(GOLDEN, ['### A.2 接收质量限', '### A.3 接收质量限']), fires: ['annex/numbering'] },
  { name: '不得 in 4.2', text: () => replaceOnce(GOLDEN, ['表面应平整，无破洞', '表面应平整，不得有破洞']), fires: ['wording/forbidden-negation'] },
  { name: 'issued 2019', text: () => replaceOnce(GOLDEN, ['Q/CQMY 001—2024', 'Q/CQMY 001—2019'], ['2024-05-10 发布　　　　2024-06-01 实施', '2019-05-10 发布　　　　2019-06-01 实施']), fires: ['age/review-period'] },
];

describe('golden standard', () => {
  it('has no error-severity finding', async () => {
    const result = await auditText(GOLDEN, 'golden.md');
    expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('has no warning from the format rules either', async () => {
    const result = await auditText(GOLDEN, 'golden.md');
    expect(result.findings.filter((f) => f.severity !== 'info' && f.category !== 'indicator').map((f) => f.ruleId)).toEqual([]);
  });
});

describe('golden mutations', () => {
  for (const m of MUTATIONS) {
    it(m.name, async () => {
      const result = await auditText(m.text(), `golden-${m.name}.md`);
      // Rules of other groups count only once they are in the catalogue.
      expect(ruleIds(result, 'warning')).toEqual(m.fires.filter((id) => REGISTERED.has(id)).sort());
    });
  }
});

describe('profiles', () => {
  // The golden turned into an industry standard: enterprise-only rules (drafters, publisher, number format, age) stay silent,
  // GB/T 1.1 rules still apply.
  const industry = replaceOnce(
    GOLDEN,
    ['Q/CQMY\n\n重庆美衣纺织品有限公司企业标准\n\nQ/CQMY 001—2024', '中华人民共和国纺织行业标准\n\nFZ/T 79999—2019'],
    ['本文件主要起草人：张明、李红。\n\n', ''],
  );

  it('a national/industry document is not judged by enterprise-only rules', async () => {
    const result = await auditText(industry, 'industry.md');
    expect(result.profile).toBe('national');
    expect(ruleIds(result, 'warning')).toEqual([]);
  });

  it('GB/T 1.1 rules still apply to it', async () => {
    const result = await auditText(replaceOnce(industry, ['表面应平整', '表面必须平整']), 'industry-must.md');
    expect(ruleIds(result, 'warning')).toEqual(['wording/must']);
  });
});

