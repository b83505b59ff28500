// The golden enterprise standard is clean; named mutations of its references, terms and units make exactly
// the expected rules fire (rule ids new relative to the golden run).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DocumentResult } from '../src/engine/types.ts';
import { createRegistry } from '../src/registry/load.ts';
import { auditText, ruleIds, replaceOnce } from './helpers.ts';

const GOLDEN = readFileSync(path.join(import.meta.dirname, 'fixtures', 'golden.md'), 'utf8');
const RULES_B = /^(references|terms|units)\//;


const LEAD_2020 = '下列文件中的内容通过文中的规范性引用而构成本文件必不可少的条款。其中，注日期的引用文件，仅该日期对应的版本适用于本文件；不注日期的引用文件，其最新版本（包括所有的修改单）适用于本文件。';
const LEAD_2009 = '下列文件对于本文件的应用是必不可少的。凡是注日期的引用文件，仅注日期的版本适用于本文件。凡是不注日期的引用文件，其最新版本（包括所有的修改单）适用于本文件。';
const SECTION_4_2 = '表面应平整，无破洞、断纱、油污等影响使用的疵点。';
const STORAGE = '贮存于通风干燥的仓库内。';

const MUTATIONS: { name: string; text: string; expected: string[] }[] = [
  {
    name: 'cite GB 2760—2014 in 4.2',
    text: replaceOnce(GOLDEN, [SECTION_4_2, `${SECTION_4_2}整理剂中的添加剂应符合GB 2760—2014的规定。`]),
    expected: ['references/missing-from-list', 'references/outdated'],
  },
  { name: '2009 lead-in', text: replaceOnce(GOLDEN, [LEAD_2020, LEAD_2009]), expected: ['references/lead-in'] },
  { name: 'write 30度', text: replaceOnce(GOLDEN, [STORAGE, '贮存于通风干燥、温度不超过30度的仓库内。']), expected: ['units/non-legal'] },
  { name: '20度的环境', text: replaceOnce(GOLDEN, [STORAGE, `${STORAGE}\n\n注：试样在20度的环境中放置24 h。`]), expected: ['units/non-legal'] },
  { name: 'ppm', text: replaceOnce(GOLDEN, [STORAGE, `${STORAGE}\n\n注：仓库内甲醛浓度约为0.1 ppm。`]), expected: ['units/non-legal'] },
  { name: 'Kg', text: replaceOnce(GOLDEN, [STORAGE, `${STORAGE}\n\n注：每箱毛重约10 Kg。`]), expected: ['units/non-legal'] },
  {
    name: 'Kpa in a unit column',
    text: replaceOnce(GOLDEN, [STORAGE, `${STORAGE}\n\n| 项目 | 单位 | 指标 |\n|---|---|---|\n| 包装箱耐破强度 | Kpa | ≥800 |`]),
    expected: ['units/non-legal'],
  },
  { name: 'list GB 18401—2003', text: replaceOnce(GOLDEN, ['GB 18401 国家', 'GB 18401—2003 国家']), expected: ['references/outdated'] },
  {
    name: 'add an uncited entry',
    text: replaceOnce(GOLDEN, ['GB/T 7573—2009 纺织品', 'GB/T 6529 纺织品　调湿和试验用标准大气\n\nGB/T 7573—2009 纺织品']),
    expected: ['references/unused'],
  },
  {
    name: 'list 《中华人民共和国产品质量法》',
    text: replaceOnce(GOLDEN, ['GB 18401 国家纺织产品基本安全技术规范\n', 'GB 18401 国家纺织产品基本安全技术规范\n\n《中华人民共和国产品质量法》\n']),
    expected: ['references/laws'],
  },
  { name: 'terms lead-in 2009', text: replaceOnce(GOLDEN, ['本文件没有需要界定的术语和定义。', '本文件不提供术语和定义。']), expected: ['terms/lead-in'] },
  {
    name: 'GB/T 3920—2024 dated (not yet in force at 2026-11-23)',
    text: replaceOnce(GOLDEN, ['GB/T 3920 纺织品', 'GB/T 3920—2024 纺织品']),
    expected: ['references/outdated'],
  },
];

describe('golden standard, references/terms/units mutations', () => {
  let golden: DocumentResult;
  beforeAll(async () => {
    golden = await auditText(GOLDEN, 'golden.md');
  });

  it('the golden document has no error and no references/terms/units finding', () => {
    expect(ruleIds(golden, 'error')).toEqual([]);
    expect(ruleIds(golden).filter((id) => RULES_B.test(id))).toEqual([]);
  });

  for (const m of MUTATIONS) {
    it(`${m.name} → ${m.expected.join(', ')}`, async () => {
      const result = await auditText(m.text, 'mutated.md');
      const before = new Set(ruleIds(golden));
      expect(ruleIds(result).filter((id) => !before.has(id))).toEqual(m.expected);
    });
  }

  it('the not-yet-in-force edition is a warning naming the edition in force', async () => {
    const m = MUTATIONS.find((x) => x.name.startsWith('GB/T 3920'))!;
    const found = (await auditText(m.text, 'mutated.md')).findings.filter((f) => f.ruleId === 'references/outdated');
    expect(found.map((f) => f.severity)).toEqual(['warning']);
    expect(found[0]!.message).toContain('2027-01-01');
    expect(found[0]!.message).toContain('GB/T 3920—2008');
  });

  it('a replaced edition is one error naming the current edition and the date', async () => {
    const m = MUTATIONS.find((x) => x.name.startsWith('cite GB 2760'))!;
    const result = await auditText(m.text, 'mutated.md');
    const outdated = result.findings.filter((f) => f.ruleId === 'references/outdated');
    expect(outdated.map((f) => [f.severity, f.location.clause])).toEqual([['error', '4.2']]);
    expect(outdated[0]!.message).toContain('GB 2760—2024');
    expect(outdated[0]!.message).toContain('2025-02-08');
    expect(result.findings.filter((f) => f.ruleId === 'references/missing-from-list')).toHaveLength(1);
  });
});

describe('references/outdated with a registry entry that lacks dates', () => {
  it('says a standard was converted without inventing a date', async () => {
    const registry = createRegistry([{
      id: 'GB 5296.4-2012', key: 'GB 5296.4', year: '2012', title: '消费品使用说明　第4部分', status: 'converted',
      replacedBy: 'GB/T 5296.4-2012', replacementIssued: null, replacementEffective: null, confidence: 'confirmed', source: 'test',
    }]);
    const r = await auditText(replaceOnce(GOLDEN, ['GB/T 5296.4 消费品', 'GB 5296.4—2012 消费品']), 'fixture.md', { registry });
    const found = r.findings.filter((x) => x.ruleId === 'references/outdated');
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain('GB/T 5296.4');
    expect(found[0]!.message).not.toContain('自');
  });
});
