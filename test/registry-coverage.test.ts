// The widened standards status registry (test methods, packaging, electrical, plastics): representative editions
// resolve to the right verdict at the audit date, the confirmed/likely policy holds in every file, and a document
// citing superseded editions gets references/outdated naming the replacement.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { bundledRegistryDir, loadRegistry } from '../src/registry/load.ts';
import { assessEdition } from '../src/rules/util/refs-status.ts';
import { AUDIT_DATE, auditText } from './helpers.ts';

const reg = loadRegistry();
const at = (key: string, year: string, date = AUDIT_DATE) => assessEdition(reg, key, year, date);

const WIDENED_FILES = [
  'food-methods.yaml', 'textile-methods.yaml', 'furniture-coatings-methods.yaml', 'plastics-rubber.yaml', 'electrical.yaml', 'general-methods.yaml',
  'food-products.yaml', 'appliances-environmental.yaml', 'standardisation-packaging.yaml', 'chemicals-building.yaml', 'garments-footwear.yaml',
];

describe('widened registry: verdicts of representative editions', () => {
  it('food test methods, including a chain through two editions and a replacement not yet in force', () => {
    expect(at('GB 5009.6', '2016')).toMatchObject({ kind: 'replaced', by: 'GB 5009.6-2025', date: '2026-03-02' });
    expect(at('GB 5009.6', '2016', '2026-01-01')).toMatchObject({ kind: 'upcoming', by: 'GB 5009.6-2025', date: '2026-03-02' });
    expect(at('GB 5009.6', '2025', '2026-01-01')).toMatchObject({ kind: 'not-yet-in-force', date: '2026-03-02' });
    expect(at('GB/T 5009.15', '2003')).toMatchObject({ kind: 'replaced', by: 'GB 5009.15-2014', current: 'GB 5009.15-2023' });
    expect(at('GB/T 5009.29', '2003')).toMatchObject({ kind: 'replaced', by: 'GB 5009.28-2016' });
    expect(at('GB 4789.38', '2012')).toMatchObject({ kind: 'replaced', by: 'GB 4789.38-2025', date: '2025-09-16' });
    // into food.yaml: 2010 → 2017 (dates unknown, ◐) → 2023
    expect(at('GB 5009.12', '2010')).toMatchObject({ kind: 'replaced', date: null, current: 'GB 5009.12-2023', entry: { confidence: 'likely' } });
  });

  it('textiles, furniture, coatings and plastics', () => {
    expect(at('GB/T 8629', '2001')).toMatchObject({ kind: 'replaced', by: 'GB/T 8629-2017', date: '2017-12-01' });
    expect(at('GB/T 2910.11', '2009', '2026-04-30')).toMatchObject({ kind: 'upcoming', date: '2026-05-01' });
    expect(at('GB/T 3324', '2008')).toMatchObject({ kind: 'replaced', by: 'GB/T 3324-2017', current: 'GB/T 3324-2024' });
    expect(at('GB/T 9286', '1998')).toMatchObject({ kind: 'replaced', by: 'GB/T 9286-2021', date: '2022-03-01' });
    expect(at('GB/T 3682', '2000')).toMatchObject({ kind: 'replaced', by: 'GB/T 3682.1-2018' });
  });

  it('electrical and general standards, including numbers renamed from GB to GB/T', () => {
    expect(at('GB 4343.1', '2009')).toMatchObject({ kind: 'replaced', by: 'GB 4343.1-2018', current: 'GB 4343.1-2024' });
    expect(at('GB 4343.1', '2009', '2026-05-31')).toMatchObject({ kind: 'replaced', current: 'GB 4343.1-2018' });
    expect(at('GB 4208', '2008')).toMatchObject({ kind: 'replaced', by: 'GB/T 4208-2017' });
    expect(at('GB/T 4208', '2008')).toMatchObject({ kind: 'replaced', by: 'GB/T 4208-2017' });
    expect(at('GB 5226.1', '2008')).toMatchObject({ kind: 'replaced', by: 'GB/T 5226.1-2019', date: '2020-01-01' });
    expect(at('GB 4706.1', '2005')).toMatchObject({ kind: 'replaced', by: 'GB/T 4706.1-2024', entry: { confidence: 'likely' } });
    expect(at('GB/T 1250', '1989')).toMatchObject({ kind: 'replaced', by: 'GB/T 8170-2008' });
    expect(at('GB 8170', '1987')).toMatchObject({ kind: 'replaced', by: 'GB/T 8170-2008' });
    expect(at('GB 23350', '2009')).toMatchObject({ kind: 'replaced', by: 'GB 23350-2021', date: '2023-09-01' });
  });

  it('toys: the 2014 parts are replaced from 2026-11-01, announced before', () => {
    expect(at('GB 6675.4', '2014')).toMatchObject({ kind: 'replaced', by: 'GB 6675.4-2025', date: '2026-11-01' });
    expect(at('GB 6675.1', '2014', '2026-06-01')).toMatchObject({ kind: 'upcoming', by: 'GB 6675.1-2025', date: '2026-11-01' });
    expect(at('GB 6675.2', '2014')).toMatchObject({ kind: 'replaced', by: 'GB 6675.2-2025', entry: { confidence: 'likely' } });
    expect(at('GB 6675.4', '2025')).toBeNull();
  });

  it('current editions and editions the registry does not know give nothing', () => {
    for (const [key, year] of [['GB/T 8170', '2008'], ['GB/T 3324', '2024'], ['GB 4943.1', '2022'], ['GB/T 6543', '2025'], ['GB 5009.3', '2016']]) {
      expect(at(key!, year!), `${key}-${year}`).toBeNull();
    }
    expect(at('GB/T 8630', '2002')).toBeNull();
  });
});

describe('widened registry: editions enterprise product standards cite most', () => {
  it('management systems and drafting guides', () => {
    expect(at('GB/T 19001', '2008')).toMatchObject({ kind: 'replaced', by: 'GB/T 19001-2016', date: '2017-07-01' });
    expect(at('GB/T 24001', '2004')).toMatchObject({ kind: 'replaced', by: 'GB/T 24001-2016', date: '2017-05-01' });
    expect(at('GB/T 28001', '2011')).toMatchObject({ kind: 'replaced', by: 'GB/T 45001-2020', date: '2020-03-06' });
    expect(at('GB/T 1.2', '2002')).toMatchObject({ kind: 'replaced', by: 'GB/T 1.1-2009', current: 'GB/T 1.1-2020' });
    expect(at('GB/T 20000.1', '2002')).toMatchObject({ kind: 'replaced', by: 'GB/T 20000.1-2014', date: '2015-06-01' });
  });

  it('food product standards, including a replacement in force only after a long transition', () => {
    expect(at('GB 2717', '2003')).toMatchObject({ kind: 'replaced', by: 'GB 2717-2018', date: '2019-12-21' });
    expect(at('GB 10765', '2010')).toMatchObject({ kind: 'replaced', by: 'GB 10765-2021', date: '2023-02-22' });
    expect(at('GB 10765', '2010', '2022-06-01')).toMatchObject({ kind: 'upcoming', date: '2023-02-22' });
    expect(at('GB 19644', '2010')).toMatchObject({ kind: 'replaced', by: 'GB 19644-2024', date: '2025-02-08' });
    expect(at('GB 8537', '2008')).toMatchObject({ kind: 'replaced', by: 'GB 8537-2018', date: null, entry: { confidence: 'likely' } });
  });

  it('appliance safety parts move to GB/T 4706-2024 on 2026-08-01; environmental tests chain through editions', () => {
    expect(at('GB 4706.13', '2008')).toMatchObject({ kind: 'replaced', by: 'GB 4706.13-2014', current: 'GB/T 4706.13-2024' });
    expect(at('GB 4706.13', '2014', '2026-06-01')).toMatchObject({ kind: 'upcoming', by: 'GB/T 4706.13-2024', date: '2026-08-01' });
    expect(at('GB 4706.7', '2014')).toMatchObject({ kind: 'replaced', by: 'GB/T 4706.7-2024', date: '2026-08-01' });
    expect(at('GB 4706.27', '2008')).toMatchObject({ kind: 'replaced', entry: { confidence: 'likely' } });
    expect(at('GB/T 2423.10', '1995')).toMatchObject({ kind: 'replaced', by: 'GB/T 2423.10-2008', current: 'GB/T 2423.10-2019' });
    expect(at('GB/T 2423.3', '2006')).toMatchObject({ kind: 'replaced', by: 'GB/T 2423.3-2016', date: '2017-07-01' });
  });

  it('coatings, building materials, packaging tests and garments', () => {
    expect(at('GB/T 9756', '2009')).toMatchObject({ kind: 'replaced', by: 'GB/T 9756-2018', current: 'GB/T 9755-2024' });
    expect(at('GB 18582', '2008')).toMatchObject({ kind: 'replaced', by: 'GB 18582-2020', current: 'GB 30981.1-2025' });
    expect(at('GB 6566', '2001')).toMatchObject({ kind: 'replaced', by: 'GB 6566-2010', date: '2011-07-01' });
    expect(at('GB/T 1727', '1992')).toMatchObject({ kind: 'replaced', by: 'GB/T 1727-2021', date: '2022-03-01' });
    expect(at('GB/T 4857.4', '1992')).toMatchObject({ kind: 'replaced', by: 'GB/T 4857.4-2008' });
    expect(at('FZ/T 73020', '2004')).toMatchObject({ kind: 'replaced', by: 'FZ/T 73020-2012', current: 'FZ/T 73020-2019' });
    expect(at('QB/T 1002', '2005')).toMatchObject({ kind: 'replaced', by: 'QB/T 1002-2015', date: '2016-03-01' });
  });

  it('their current editions give nothing', () => {
    for (const [key, year] of [['GB/T 19001', '2016'], ['GB 2717', '2018'], ['GB/T 2423.1', '2008'], ['GB/T 9755', '2024'], ['GB/T 2829', '2002'], ['FZ/T 81007', '2022']]) {
      expect(at(key!, year!), `${key}-${year}`).toBeNull();
    }
  });
});

interface RawEntry { id: string; status: string; confidence: string; source: string; replacementEffective: string | null }

describe('widened registry: confirmed/likely policy', () => {
  it('a confirmed replaced or converted edition has an implementation date, in every registry file', () => {
    for (const e of reg.entries) {
      if (e.confidence === 'confirmed' && (e.status === 'replaced' || e.status === 'converted')) {
        expect(e.replacementEffective, e.id).not.toBeNull();
      }
    }
  });

  it('every entry of the widened files names the page it was checked on', () => {
    let count = 0;
    for (const file of WIDENED_FILES) {
      const { entries } = parseYaml(readFileSync(path.join(bundledRegistryDir(), file), 'utf8')) as { entries: RawEntry[] };
      for (const e of entries) {
        expect(e.source, e.id).toMatch(/[a-z0-9-]+\.(com|net|org|us|cn|de|icu|baby|top)\b/);
        count++;
      }
    }
    expect(count).toBeGreaterThan(100);
  });
});

describe('a document citing superseded editions', () => {
  const LEAD = '下列文件中的内容通过文中的规范性引用而构成本文件必不可少的条款。其中，注日期的引用文件，仅该日期对应的版本适用于本文件；不注日期的引用文件，其最新版本（包括所有的修改单）适用于本文件。';
  const doc = (refs: string[], body: string[]) => [
    '# 毛巾', '', '## 1 范围', '', '本文件规定了毛巾的要求和试验方法。', '',
    '## 2 规范性引用文件', '', LEAD, '', ...refs.flatMap((r) => [r, '']),
    '## 3 术语和定义', '', '本文件没有需要界定的术语和定义。', '',
    '## 4 要求', '', ...body.flatMap((b) => [b, '']),
  ].join('\n');

  it('names the replacement and the current edition; ◐ entries only warn', async () => {
    const r = await auditText(doc(
      ['GB/T 2828.1—2003 计数抽样检验程序　第1部分', 'GB/T 8629—2001 纺织品　试验用家庭洗涤和干燥程序', 'GB/T 8170—1987 数值修约规则', 'GB 4706.1—2005 家用和类似用途电器的安全　第1部分：通用要求'],
      ['4.1 洗涤按GB/T 8629—2001进行。', '4.2 数值修约按GB/T 8170—1987进行。', '4.3 抽样按GB/T 2828.1—2003进行。', '4.4 电气安全应符合GB 4706.1—2005的要求。'],
    ));
    const outdated = r.findings.filter((f) => f.ruleId === 'references/outdated');
    const about = (ref: string) => outdated.filter((f) => f.message.includes(ref));
    expect(about('GB/T 2828.1—2003').map((f) => f.severity)).toEqual(['error']);
    expect(about('GB/T 2828.1—2003')[0]!.message).toContain('GB/T 2828.1—2012');
    expect(about('GB/T 8629—2001').map((f) => f.severity)).toEqual(['error']);
    expect(about('GB/T 8629—2001')[0]!.message).toContain('GB/T 8629—2017');
    expect(about('GB/T 8170—1987')[0]!.message).toContain('GB/T 8170—2008');
    expect(about('GB 4706.1—2005').map((f) => [f.severity, f.verify])).toEqual([['warning', true]]);
  });

  it('flags superseded food, management-system and packaging references of a food standard', async () => {
    const r = await auditText(doc(
      ['GB 2717—2003 酱油卫生标准', 'GB/T 19001—2008 质量管理体系　要求', 'GB/T 4857.4—1992 包装　运输包装件　压力试验方法', 'GB 7100—2015 食品安全国家标准　饼干'],
      ['4.1 卫生指标应符合GB 2717—2003的规定。', '4.2 质量管理应符合GB/T 19001—2008的要求。', '4.3 抗压试验按GB/T 4857.4—1992进行。', '4.4 饼干应符合GB 7100—2015的规定。'],
    ));
    const outdated = r.findings.filter((f) => f.ruleId === 'references/outdated');
    const about = (ref: string) => outdated.filter((f) => f.message.includes(ref));
    expect(about('GB 2717—2003').map((f) => f.severity)).toEqual(['error']);
    expect(about('GB 2717—2003')[0]!.message).toContain('GB 2717—2018');
    expect(about('GB/T 19001—2008')[0]!.message).toContain('GB/T 19001—2016');
    expect(about('GB/T 4857.4—1992')[0]!.message).toContain('GB/T 4857.4—2008');
    expect(about('GB 7100—2015')).toEqual([]);
  });
});
