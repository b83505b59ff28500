// completeness/test-method and completeness/inspection-items on small standards.
import { describe, expect, it } from 'vitest';
import type { DocumentResult } from '../src/engine/types.ts';
import { auditText } from './helpers.ts';
import { standard, table, type StdParts } from './baselines-fixture.ts';

const findings = (r: DocumentResult, id: string) => r.findings.filter((f) => f.ruleId === id).map((f) => [f.severity, f.message]);
const audit = (p: Partial<StdParts>) => auditText(standard({ title: '测试产品', scope: '本文件适用于测试产品。', requirements: '', ...p }));

const ROWS = [['项目', '指标'], ['甲醛含量/(mg/kg)　≤', '75'], ['耐酸汗渍色牢度/级　≥', '3'], ['耐碱汗渍色牢度/级　≥', '3'], ['异味', '无']];

describe('completeness/test-method', () => {
  it('a 试验方法 clause that names the item covers it (耐汗渍色牢度 covers 酸/碱); an unnamed item is reported', async () => {
    const r = await audit({
      requirements: table('表1　安全性能', ROWS),
      methods: '### 5.1 甲醛含量\n\n按GB/T 2912.1规定的方法测定。\n\n### 5.2 耐汗渍色牢度\n\n按GB/T 3922规定的方法测定。',
    });
    expect(findings(r, 'completeness/test-method')).toEqual([['error', '指标“异味”没有试验方法（表中无方法列，试验方法章中也未提及）']]);
    expect(r.findings.find((f) => f.ruleId === 'completeness/test-method')!.basis).toBe('企业标准化促进办法 第十二条');
  });

  it('a method column, a method in the same sentence, or a method clause named after the table covers the items', async () => {
    const column = await audit({ requirements: table('表1　安全性能', [['项目', '指标', '试验方法'], ['甲醛含量/(mg/kg)　≤', '75', 'GB/T 2912.1']]) });
    expect(findings(column, 'completeness/test-method')).toEqual([]);
    const prose = await audit({ requirements: '甲醛含量应不大于75 mg/kg，按GB/T 2912.1规定的方法测定。' });
    expect(findings(prose, 'completeness/test-method')).toEqual([]);
    const caption = await audit({ requirements: table('表1　理化指标', [['项目', '指标'], ['水分/%　≤', '6.0']]), methods: '### 5.1 理化指标\n\n按GB 5009.3规定的方法测定。' });
    expect(findings(caption, 'completeness/test-method')).toEqual([]);
  });

  it('a method column holding "—" is no method; delegations need none', async () => {
    const r = await audit({
      requirements: table('表1　理化指标', [['项目', '指标', '检验方法'], ['水分/%　≤', '6.0', '—']]) + '\n\n污染物限量应符合GB 2762的规定。',
      methods: '### 5.1 感官\n\n目测。',
    });
    expect(findings(r, 'completeness/test-method')).toEqual([['error', '指标“水分”没有试验方法（表中无方法列，试验方法章中也未提及）']]);
  });
});

describe('completeness/inspection-items', () => {
  const base = { requirements: table('表1　安全性能', [['项目', '指标', '试验方法'], ['甲醛含量/(mg/kg)　≤', '75', '5.1'], ['pH值', '4.0～8.5', '5.1']]) + '\n\n### 4.2 外观质量\n\n表面应平整。' };

  it('items of 出厂检验 that match no requirement are reported once each', async () => {
    const r = await audit({ ...base, factoryItems: '检验项目为外观质量、pH值、断裂强力和甲醛含量。' });
    expect(findings(r, 'completeness/inspection-items')).toEqual([['warning', '检验项目“断裂强力”在要求中没有对应的指标']]);
  });

  it('"全部项目" and sentences that only mention 检验项目 are not lists', async () => {
    const r = await audit({ ...base, factoryItems: '检验项目为第4章规定的全部项目。所有检验项目均符合本文件要求时，判该批产品合格。' });
    expect(findings(r, 'completeness/inspection-items')).toEqual([]);
  });

  it('reads 检验项目 | 出厂检验 | 型式检验 tables', async () => {
    const r = await audit({ ...base, factoryItems: table('表2　检验项目', [['检验项目', '出厂检验', '型式检验'], ['外观质量', '√', '√'], ['甲醛含量', '—', '√'], ['耐磨性', '—', '√']]) });
    expect(findings(r, 'completeness/inspection-items')).toEqual([['warning', '检验项目“耐磨性”在要求中没有对应的指标']]);
  });
});
