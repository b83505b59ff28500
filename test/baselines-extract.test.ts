// Extraction of declared indicators from requirement tables of every usual shape and from prose.
import { describe, expect, it } from 'vitest';
import type { Clause, StandardDocument, Table } from '../src/model/types.ts';
import { extractDeclared, type DeclaredIndicator } from '../src/indicators/extract.ts';
import { docFromText } from './helpers.ts';
import { standard, table } from './baselines-fixture.ts';

async function declaredIn(requirements: string): Promise<readonly DeclaredIndicator[]> {
  return extractDeclared(await docFromText(standard({ title: '测试产品', scope: '本文件适用于测试产品。', requirements })));
}

const brief = (d: DeclaredIndicator) => ({ name: d.name, value: d.value, unit: d.unit, column: d.column, method: d.method });

const loc = { line: 1, page: null, paragraph: null, clause: '4.1' };

/** A requirements chapter holding one hand-made table (shapes Markdown cannot express: several header rows). */
function docWithTable(t: Partial<Table>): StandardDocument {
  const tbl: Table = { kind: 'table', number: '1', caption: '技术要求', captionRaw: null, unitNote: null, header: [], rows: [], loc, rowLocs: [], ...t };
  const clause: Clause = { number: '4', title: '要求', level: 1, element: 'requirements', numberSource: 'text', annex: null, blocks: [tbl], children: [], loc };
  return { clauses: [clause], lines: [] } as unknown as StandardDocument;
}

describe('tables', () => {
  it('项目 | 指标 | 试验方法 with comparator and unit in the item cell', async () => {
    const d = await declaredIn(table('表1　安全性能', [
      ['项目', '指标', '试验方法'],
      ['甲醛含量/(mg/kg)　≤', '75', '5.1'],
      ['pH值', '4.0～8.5', '5.2'],
      ['耐水色牢度（变色、沾色）/级　≥', '3-4', '5.3'],
      ['可分解致癌芳香胺染料', '禁用', '5.4'],
    ]));
    expect(d.map(brief)).toEqual([
      { name: '甲醛含量', value: { kind: 'bound', comparator: '<=', value: 75 }, unit: 'mg/kg', column: null, method: '5.1' },
      { name: 'pH值', value: { kind: 'range', min: 4, max: 8.5 }, unit: null, column: null, method: '5.2' },
      { name: '耐水色牢度(变色、沾色)', value: { kind: 'bound', comparator: '>=', value: 3.5 }, unit: '级', column: null, method: '5.3' },
      { name: '可分解致癌芳香胺染料', value: { kind: 'absent', text: '禁用' }, unit: null, column: null, method: '5.4' },
    ]);
    expect(d[0]!.loc.clause).toBe('4');
    expect(d[0]!.table?.number).toBe('1');
  });

  it('comparator in the value cell and unit in the header', async () => {
    const d = await declaredIn(table('表1　有害物质', [['项目', '限量/(mg/m³)'], ['甲醛', '≤0.08'], ['苯', '≤ 0.06']]));
    expect(d.map((x) => [x.name, x.value, x.unit])).toEqual([
      ['甲醛', { kind: 'bound', comparator: '<=', value: 0.08 }, 'mg/m³'],
      ['苯', { kind: 'bound', comparator: '<=', value: 0.06 }, 'mg/m³'],
    ]);
  });

  it('unit in the value cell wins over the header', async () => {
    const d = await declaredIn(table('表1　有害物质', [['项目', '限量/(mg/m³)'], ['甲醛', '≤80 μg/m³']]));
    expect(d[0]!.unit).toBe('μg/m³');
  });

  it('multi-class columns A类 | B类 | C类, with "—" for a class without a limit', async () => {
    const d = await declaredIn(table('表1　安全性能', [
      ['项目', 'A类', 'B类', 'C类'],
      ['甲醛含量/(mg/kg)　≤', '20', '75', '300'],
      ['耐唾液色牢度/级　≥', '4', '—', '—'],
    ]));
    expect(d.map((x) => [x.name, x.column, x.value])).toEqual([
      ['甲醛含量', 'A类', { kind: 'bound', comparator: '<=', value: 20 }],
      ['甲醛含量', 'B类', { kind: 'bound', comparator: '<=', value: 75 }],
      ['甲醛含量', 'C类', { kind: 'bound', comparator: '<=', value: 300 }],
      ['耐唾液色牢度', 'A类', { kind: 'bound', comparator: '>=', value: 4 }],
    ]);
  });

  it('two header rows (指标 spanning A类/B类/C类), the table unit note, and a header repeated after a page break', () => {
    const doc = docWithTable({
      unitNote: '单位为毫克每千克',
      header: [['项目', '指标', '指标', '指标'], ['项目', 'A类', 'B类', 'C类']],
      rows: [['甲醛含量　≤', '20', '75', '300'], ['项目', 'A类', 'B类', 'C类'], ['游离甲醛　≤', '20', '75', '300']],
    });
    const d = extractDeclared(doc);
    expect(d.map((x) => [x.name, x.column, x.unit])).toEqual([
      ['甲醛含量', '指标 A类', 'mg/kg'], ['甲醛含量', '指标 B类', 'mg/kg'], ['甲醛含量', '指标 C类', 'mg/kg'],
      ['游离甲醛', '指标 A类', 'mg/kg'], ['游离甲醛', '指标 B类', 'mg/kg'], ['游离甲醛', '指标 C类', 'mg/kg'],
    ]);
  });

  it('a group row carries unit and comparator; sub-items join the item name; a merged item cell continues', () => {
    const doc = docWithTable({
      header: [['项目', '项目', '指标']],
      rows: [['色牢度/级　≥', '色牢度/级　≥', ''], ['耐水色牢度', '变色', '3-4'], ['', '沾色', '3']],
    });
    expect(extractDeclared(doc).map((x) => [x.name, x.value, x.unit])).toEqual([
      ['耐水色牢度(变色)', { kind: 'bound', comparator: '>=', value: 3.5 }, '级'],
      ['耐水色牢度(沾色)', { kind: 'bound', comparator: '>=', value: 3 }, '级'],
    ]);
  });

  it('a unit column', () => {
    const doc = docWithTable({ header: [['项目', '单位', '指标']], rows: [['过氧化值', 'g/100g', '≤0.25']] });
    expect(extractDeclared(doc).map((x) => [x.name, x.unit, x.value])).toEqual([['过氧化值', 'g/100g', { kind: 'bound', comparator: '<=', value: 0.25 }]]);
  });

  it('sampling-plan columns n | c | m | M', () => {
    const doc = docWithTable({
      header: [['项目', '采样方案及限量', '采样方案及限量', '采样方案及限量', '采样方案及限量', '检验方法'], ['项目', 'n', 'c', 'm', 'M', '检验方法']],
      rows: [['菌落总数/(CFU/g)', '5', '2', '10⁴', '10⁵', 'GB 4789.2']],
    });
    expect(extractDeclared(doc).map(brief)).toEqual([
      { name: '菌落总数', value: { kind: 'plan', n: 5, c: 2, m: 10000, M: 100000 }, unit: 'CFU/g', column: null, method: 'GB 4789.2' },
    ]);
  });
});

describe('tables whose header was lost (PDF)', () => {
  it('a header row holding values is data; a column of test-method clause numbers is the method column', async () => {
    const d = await declaredIn(table('表1　安全性能', [
      ['甲醛含量/(mg/kg)　≤', '75', '300', '5.1'],
      ['pH值', '4.0～8.5', '4.0～9.0', '5.1'],
    ]).replace('## 5 试验方法', '## 5 试验方法'));
    expect(d.map((x) => [x.name, x.valueText, x.column, x.columnPosition, x.method])).toEqual([
      ['甲醛含量', '75', null, { index: 0, of: 2 }, '5.1'], ['甲醛含量', '300', null, { index: 1, of: 2 }, '5.1'],
      ['pH值', '4.0～8.5', null, { index: 0, of: 2 }, '5.1'], ['pH值', '4.0～9.0', null, { index: 1, of: 2 }, '5.1'],
    ]);
  });
});

describe('prose', () => {
  it('reads bounds, ranges, bans, absences and delegations', async () => {
    const d = await declaredIn([
      '### 4.1 安全性能',
      '',
      '甲醛含量应不大于75 mg/kg，pH值应为4.0～8.5。',
      '',
      '产品中游离甲醛含量应≤75 mg/kg。',
      '',
      '不得使用可分解致癌芳香胺染料。',
      '',
      '产品应无异味。',
      '',
      '### 4.2 卫生指标',
      '',
      '沙门氏菌不得检出；污染物限量应符合GB 2762的规定。',
    ].join('\n'));
    expect(d.map((x) => [x.name, x.value, x.unit, x.origin])).toEqual([
      ['甲醛含量', { kind: 'bound', comparator: '<=', value: 75 }, 'mg/kg', 'prose'],
      ['pH值', { kind: 'range', min: 4, max: 8.5 }, null, 'prose'],
      ['游离甲醛含量', { kind: 'bound', comparator: '<=', value: 75 }, 'mg/kg', 'prose'],
      ['可分解致癌芳香胺染料', { kind: 'absent', text: '不得使用' }, null, 'prose'],
      ['异味', { kind: 'absent', text: '无' }, null, 'prose'],
      ['沙门氏菌', { kind: 'absent', text: '不得检出' }, null, 'prose'],
      ['污染物限量', { kind: 'reference', standards: ['GB 2762'] }, null, 'prose'],
    ]);
  });

  it('keeps a method cited in the same sentence and ignores method-only sentences', async () => {
    const d = await declaredIn('含水率应为8%～12%。\n\n甲醛释放量按GB/T 17657的规定测定。');
    expect(d.map((x) => [x.name, x.value, x.unit, x.method])).toEqual([['含水率', { kind: 'range', min: 8, max: 12 }, '%', null]]);
    const e = await declaredIn('甲醛释放量应不大于0.124 mg/m³，按GB/T 17657规定的方法测定。');
    expect(e.map((x) => [x.name, x.method])).toEqual([['甲醛释放量', '按GB/T 17657规定的方法测定']]);
  });

  it('reads the tables of an annex the requirements point to', async () => {
    const annex = '\n## 附录A（规范性）有害物质限量\n\n' + table('表A.1　有害物质限量', [['项目', '指标'], ['甲醛含量/(mg/kg)　≤', '75']]) + '\n';
    const text = (req: string) => standard({ title: '测试产品', scope: '本文件适用于测试产品。', requirements: req }) + annex;
    expect(extractDeclared(await docFromText(text('有害物质限量应符合附录A的规定。'))).map((x) => [x.name, x.table?.number])).toEqual([['甲醛含量', 'A.1']]);
    expect(extractDeclared(await docFromText(text('表面应平整。')))).toEqual([]);
  });

  it('reads an unrecognised chapter when no chapter is recognised as 要求', async () => {
    const doc = await docFromText(standard({ title: '测试产品', scope: '本文件适用于测试产品。', requirements: '甲醛含量应不大于75 mg/kg。' }).replace('## 4 要求', '## 4 产品质量'));
    expect(extractDeclared(doc).map((x) => x.name)).toEqual(['甲醛含量']);
  });

  it('keeps test conditions with commas inside the item name, and a total of listed substances as one item', async () => {
    const d = await declaredIn('总迁移量（4%乙酸，70 ℃，2 h）/（mg/kg）≤60。\n\n邻苯二甲酸酯DBP、BBP、DEHP的总含量应<0.1 %。');
    expect(d.map((x) => [x.name, x.unit, x.value])).toEqual([
      ['总迁移量(4%乙酸,70°C,2h)', 'mg/kg', { kind: 'bound', comparator: '<=', value: 60 }],
      ['邻苯二甲酸酯DBP、BBP、DEHP的总含量', '%', { kind: 'bound', comparator: '<', value: 0.1 }],
    ]);
  });

  it('reads nothing outside the requirements chapter', async () => {
    const doc = await docFromText(standard({
      title: '测试产品', scope: '本文件适用于测试产品。', requirements: '表面应平整。',
      methods: '### 5.1 甲醛\n\n甲醛含量应不大于75 mg/kg时判为合格。',
    }));
    expect(extractDeclared(doc)).toEqual([]);
  });
});
