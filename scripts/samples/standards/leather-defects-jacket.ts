// Leather garment standard, C类: no implementation date; free formaldehyde looser than GB 20400 (✅ → error);
// azo limit in μg/g (= mg/kg, equal); a law listed as a normative reference; a listed standard never
// cited; a standard cited in the body but missing from chapter 2; a lone sub-clause.
import type { StandardSpec } from '../model.ts';
import { FOREWORD_2020, REFS_LEAD_IN_2020, TERMS_NONE } from './boilerplate.ts';

export const leatherDefectsJacket: StandardSpec = {
  id: 'leather-defects-jacket',
  category: 'leather',
  variant: 'defects',
  cover: {
    ics: '59.140.30', ccs: 'Y 46', code: 'Q/HNPE', number: 'Q/HNPE 006—2024',
    categoryLine: '海宁皮尔卡服饰有限公司企业标准', titleZh: '羊皮服装', titleEn: 'Sheepskin garments',
    issued: '2024-11-05', publisher: '海宁皮尔卡服饰有限公司',
  },
  foreword: [...FOREWORD_2020('海宁皮尔卡服饰有限公司', '沈佳、钱明'), '本文件为首次发布。'],
  chapters: [
    { title: '范围', body: [
      '本文件规定了羊皮服装的要求、试验方法、检验规则、标志、包装、运输和贮存。',
      '本文件适用于以羊皮革为面料、带有里料、不直接接触皮肤的服装（C类）。',
    ] },
    { title: '规范性引用文件', body: [
      REFS_LEAD_IN_2020,
      'GB/T 191 包装储运图示标志',
      'GB/T 2828.1—2012 计数抽样检验程序　第1部分：按接收质量限（AQL）检索的逐批检验抽样计划',
      'GB 20400—2006 皮革和毛皮　有害物质限量',
      '《中华人民共和国产品质量法》',
    ] },
    { title: '术语和定义', body: [TERMS_NONE] },
    { title: '要求', clauses: [
      { title: '外观质量', body: ['皮面应平整，色泽均匀，无破损和明显伤残。'] },
      { title: '缝制质量', body: ['缝线应平直，针距均匀，无跳针、断线。'] },
      { title: '有害物质限量', body: [
        '产品为不直接接触皮肤的产品（C类），有害物质限量应符合表1的规定。',
        { table: { caption: '表1　有害物质限量', header: ['项目', '限量值', '试验方法'], rows: [
          ['游离甲醛/(mg/kg)　≤', '350', '5.3'],
          ['可分解有害芳香胺染料/(μg/g)　≤', '30', '5.4'],
        ] } },
      ] },
    ] },
    { title: '试验方法', clauses: [
      { title: '外观质量', body: ['在自然光下目测检验。'] },
      { title: '缝制质量', body: ['按QB/T 1615规定的方法检验。'] },
      { title: '游离甲醛', body: ['按GB 20400规定的方法测定。'] },
      { title: '可分解有害芳香胺染料', body: ['按GB 20400规定的方法测定。'] },
    ] },
    { title: '检验规则', clauses: [
      { title: '出厂检验', body: ['每批产品出厂前应随机抽取3件进行出厂检验，检验项目为外观质量和缝制质量。'] },
      { title: '型式检验', body: ['型式检验项目为第4章规定的全部项目，正常生产时每年至少进行一次。'] },
      { title: '判定规则', body: ['所有检验项目均符合本文件要求时，判该批产品合格；否则判该批产品不合格。'] },
    ] },
    { title: '标志、包装、运输和贮存', body: ['包装储运图示标志应符合GB/T 191的规定；运输和贮存中应防潮、防霉。'], clauses: [
      { title: '标志', body: ['产品标识应符合《中华人民共和国产品质量法》的规定，并标明安全类别“C类”。'] },
    ] },
  ],
  outputs: [{ format: 'pdf' }, { format: 'md' }],
  expect: {
    profile: 'enterprise-product',
    baselines: [{ id: 'GB 20400-2006', class: 'C' }],
    errors: ['identity/dates', 'references/missing-from-list', 'indicator/looser'],
    warnings: ['references/laws', 'references/unused', 'numbering/lone-subclause'],
    indicators: [{ ruleId: 'indicator/looser', indicator: '游离甲醛', baseline: 'GB 20400-2006' }],
    defects: [
      'no implementation date on the cover', '游离甲醛 C类 ≤350 mg/kg (limit 300; ✅ value → error)',
      '可分解有害芳香胺染料 ≤30 μg/g (= 30 mg/kg, equal: no finding)', '《中华人民共和国产品质量法》 listed as a normative reference',
      'GB/T 2828.1—2012 listed but never cited', 'QB/T 1615 cited in 5.2 but not listed', 'lone sub-clause 7.1',
    ],
    notes: ['GB 20400-2006 values are ✅ (two independent sources each): a looser limit is an error and sets belowBaseline.'],
  },
};
