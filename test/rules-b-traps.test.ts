// Precision traps of the references/terms/units rules (issue 3): correct documents that a naive checker
// flags, and the defects hidden next to them. Each case is the golden standard with one change.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditText, replaceOnce } from './helpers.ts';

const GOLDEN = readFileSync(path.join(import.meta.dirname, 'fixtures', 'golden.md'), 'utf8');
const TERMS_NONE = '## 3 术语和定义\n\n本文件没有需要界定的术语和定义。\n';
const STORAGE = '贮存于通风干燥的仓库内。';


function terms(lead: string, extra = ''): [string, string] {
  return [TERMS_NONE, `## 3 术语和定义\n\n${lead}\n\n### 3.1 纯棉针织内衣 cotton knitted underwear\n\n以棉纤维为原料经针织加工制成的内衣。\n${extra}`];
}

/** Sorted ids of references/terms/units findings. */
async function ids(text: string): Promise<string[]> {
  const r = await auditText(text, 'trap.md');
  return [...new Set(r.findings.map((f) => f.ruleId).filter((id) => /^(references|terms|units)\//.test(id)))].sort();
}

const CASES: { name: string; text: string; expected: string[] }[] = [
  {
    name: 'terms lead-in citing a listed document; a [来源] line citing an unlisted one',
    text: replaceOnce(GOLDEN, terms('GB/T 5296.4界定的以及下列术语和定义适用于本文件。', '\n[来源：GB/T 22849—2014，3.1，有修改]\n')),
    expected: [],
  },
  {
    name: 'terms lead-in citing an unlisted document is a normative reference',
    text: replaceOnce(GOLDEN, terms('GB/T 22849界定的以及下列术语和定义适用于本文件。')),
    expected: ['references/missing-from-list'],
  },
  {
    name: 'terms lead-in followed by the "为了便于使用…" sentence',
    text: replaceOnce(GOLDEN, terms('GB/T 5296.4界定的以及下列术语和定义适用于本文件。为了便于使用，以下重复列出了GB/T 5296.4中的某些术语和定义。')),
    expected: [],
  },
  { name: 'imported-only lead-in followed by own entries', text: replaceOnce(GOLDEN, terms('GB/T 5296.4界定的术语和定义适用于本文件。')), expected: ['terms/lead-in'] },
  { name: '"none" sentence followed by entries', text: replaceOnce(GOLDEN, terms('本文件没有需要界定的术语和定义。')), expected: ['terms/lead-in'] },
  {
    name: 'an "（所有部分）" entry covers a dated citation of one part',
    text: replaceOnce(GOLDEN, 
      ['GB 18401 国家纺织产品基本安全技术规范\n', 'GB 18401 国家纺织产品基本安全技术规范\n\nGB 6675（所有部分）　玩具安全\n'],
      ['在正常光线下目测检验。', '在正常光线下目测检验。小零件按GB 6675.2—2025规定的方法测定。'],
    ),
    expected: [],
  },
  {
    name: 'citations in an informative annex and in the scope need not be listed',
    text: replaceOnce(GOLDEN, 
      ['（B类）。', '（B类），不适用于GB 31701规定的婴幼儿纺织产品。'],
    ) + '\n## 附录B（资料性）洗涤说明\n\n### B.1 洗涤\n\n家庭洗涤可按GB/T 8629规定的程序进行。\n\n### B.2 晾干\n\n平摊晾干。\n',
    expected: [],
  },
  {
    name: 'a method-column citation in a requirements table must be listed',
    text: replaceOnce(GOLDEN, ['| 异味 | 无 | 5.6 |', '| 异味 | 无 | GB/T 32000 |']),
    expected: ['references/missing-from-list'],
  },
  {
    name: 'legal units and look-alikes (湿度, 色度, 酒精度, 角度, mPa·s, ml, model numbers)',
    text: replaceOnce(GOLDEN, [STORAGE, '贮存于通风干燥的仓库内，库房温度以5 ℃～30 ℃为宜，相对湿度不超过80%。色度不大于15度，酒精度52度，倾斜角度不超过30度。黏度为100 mPa·s，压力0.6 MPa，电源50 Hz，净含量500 ml，型号HW-80V，材质Q235A，规格5A级。']),
    expected: [],
  },
  {
    name: 'a GB/T number that is really mandatory (registry knows GB 18401—2010)',
    text: replaceOnce(GOLDEN, ['GB 18401 国家', 'GB/T 18401—2010 国家'], ['按GB 18401规定的方法测定。', '按GB/T 18401规定的方法测定。']),
    expected: ['references/outdated'],
  },
  {
    name: '2009 lead-in written with 本标准',
    text: replaceOnce(GOLDEN, ['下列文件中的内容通过文中的规范性引用而构成本文件必不可少的条款。其中，注日期的引用文件，仅该日期对应的版本适用于本文件；不注日期的引用文件，其最新版本（包括所有的修改单）适用于本文件。', '下列文件对于本标准的应用是必不可少的。凡是注日期的引用文件，仅所注日期的版本适用于本标准。凡是不注日期的引用文件，其最新版本（包括所有的修改单）适用于本标准。']),
    expected: ['references/lead-in'],
  },
];

describe('references/terms/units precision traps', () => {
  for (const c of CASES) {
    it(c.name, async () => {
      expect(await ids(c.text)).toEqual(c.expected);
    });
  }

  it('a wrong-prefix citation is a warning, not an error', async () => {
    const r = await auditText(CASES.find((c) => c.name.startsWith('a GB/T number'))!.text, 'trap.md');
    expect(r.findings.filter((f) => f.ruleId === 'references/outdated').map((f) => f.severity)).toEqual(['warning']);
  });
});
