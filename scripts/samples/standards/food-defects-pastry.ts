// Pastry (桃酥) standard against GB 7099-2015: peroxide value looser (0.30 vs 0.25 g/100g, ✅ → error) and mould
// count missing (◐ → warning with a verify caveat); GB 7099—2003 is a superseded dated reference. 食用植物油 as an ingredient must not pull in the vegetable-oil baseline (GB 2716).
import type { StandardSpec } from '../model.ts';
import { FOREWORD_2020, REFS_LEAD_IN_2020, TERMS_NONE } from './boilerplate.ts';

export const foodDefectsPastry: StandardSpec = {
  id: 'food-defects-pastry',
  category: 'food',
  variant: 'defects',
  cover: {
    ics: '67.060', ccs: 'X 27', code: 'Q/SZDX', number: 'Q/SZDX 0003—2024',
    categoryLine: '苏州稻香斋食品有限公司企业标准', titleZh: '桃酥', titleEn: 'Walnut shortbread',
    issued: '2024-10-08', effective: '2024-11-08', publisher: '苏州稻香斋食品有限公司',
  },
  foreword: [...FOREWORD_2020('苏州稻香斋食品有限公司', '顾伟、施琴'), '本文件为首次发布。'],
  chapters: [
    { title: '范围', body: [
      '本文件规定了桃酥的要求、试验方法、检验规则、标签、标志、包装、运输和贮存。',
      '本文件适用于以小麦粉、食用植物油、白砂糖等为主要原料，经调粉、成型、烘烤制成的桃酥（烘烤类糕点）。',
    ] },
    { title: '规范性引用文件', body: [
      REFS_LEAD_IN_2020,
      'GB 2760 食品安全国家标准　食品添加剂使用标准',
      'GB 2762 食品安全国家标准　食品中污染物限量',
      'GB 4789.2 食品安全国家标准　食品微生物学检验　菌落总数测定',
      'GB 4789.3 食品安全国家标准　食品微生物学检验　大肠菌群计数',
      'GB 5009.3 食品安全国家标准　食品中水分的测定',
      'GB 5009.227 食品安全国家标准　食品中过氧化值的测定',
      'GB 5009.229 食品安全国家标准　食品中酸价的测定',
      'GB 7099—2003 糕点、面包卫生标准',
      'GB 7718 食品安全国家标准　预包装食品标签通则',
      'GB 14881 食品安全国家标准　食品生产通用卫生规范',
      'GB 29921 食品安全国家标准　预包装食品中致病菌限量',
    ] },
    { title: '术语和定义', body: [TERMS_NONE] },
    { title: '要求', clauses: [
      { title: '原料要求', body: ['原料应符合相应食品标准和有关规定。'] },
      { title: '感官要求', body: [
        '感官要求应符合表1的规定。',
        { table: { caption: '表1　感官要求', header: ['项目', '要求', '检验方法'], rows: [
          ['色泽', '表面呈金黄色或黄褐色，色泽均匀', '5.1'],
          ['形态', '外形完整，表面有自然裂纹，无明显焦糊', '5.1'],
          ['滋味与口感', '酥松香甜，无异味', '5.1'],
          ['杂质', '无正常视力可见外来异物', '5.1'],
        ] } },
      ] },
      { title: '理化指标', body: [
        '理化指标应符合表2的规定。',
        { table: { caption: '表2　理化指标', header: ['项目', '指标', '检验方法'], rows: [
          ['水分/(g/100g)　≤', '6.0', '5.2'],
          ['酸价（以脂肪计）（KOH）/(mg/g)　≤', '5', '5.3'],
          ['过氧化值（以脂肪计）/(g/100g)　≤', '0.30', '5.4'],
        ] } },
      ] },
      { title: '污染物限量', body: ['污染物限量应符合GB 2762的规定。'] },
      { title: '微生物限量', body: ['菌落总数、大肠菌群应符合GB 7099的规定；致病菌限量应符合GB 29921的规定。'] },
      { title: '食品添加剂', body: ['食品添加剂的使用应符合GB 2760的规定。'] },
      { title: '生产加工过程', body: ['生产加工过程的卫生要求应符合GB 14881的规定。'] },
    ] },
    { title: '试验方法', clauses: [
      { title: '感官', body: ['取适量试样置于洁净的白色瓷盘中，在自然光下观察色泽、形态和杂质，品尝滋味。'] },
      { title: '水分', body: ['按GB 5009.3规定的方法测定。'] },
      { title: '酸价', body: ['按GB 5009.229规定的方法测定。'] },
      { title: '过氧化值', body: ['按GB 5009.227规定的方法测定。'] },
      { title: '菌落总数', body: ['按GB 4789.2规定的方法检验。'] },
      { title: '大肠菌群', body: ['按GB 4789.3规定的方法检验。'] },
      { title: '污染物和致病菌', body: ['按GB 2762和GB 29921规定的方法检验。'] },
    ] },
    { title: '检验规则', clauses: [
      { title: '组批', body: ['同一班次、同一配方、同一生产线生产的同一规格产品为一批。'] },
      { title: '出厂检验', body: ['每批产品出厂前应进行出厂检验，检验项目为感官要求、水分、菌落总数和大肠菌群。'] },
      { title: '型式检验', body: ['型式检验项目为第4章规定的全部项目，正常生产时每半年至少进行一次。'] },
      { title: '判定规则', body: ['所有检验项目均符合本文件要求时，判该批产品合格；否则判该批产品不合格。'] },
    ] },
    { title: '标签、标志、包装、运输和贮存', clauses: [
      { title: '标签', body: ['预包装产品的标签应符合GB 7718的规定。'] },
      { title: '包装', body: ['包装材料应清洁、无毒、无异味，并符合相应食品安全国家标准。'] },
      { title: '运输和贮存', body: ['产品应贮存于阴凉、干燥、通风的库房内，运输中应防雨、防晒、防挤压。'] },
    ] },
  ],
  outputs: [{ format: 'txt' }, { format: 'pdf' }],
  expect: {
    profile: 'enterprise-product',
    baselines: [{ id: 'GB 7099-2015', class: null }],
    errors: ['references/outdated', 'indicator/looser'],
    warnings: ['indicator/missing'],
    indicators: [
      { ruleId: 'indicator/looser', indicator: '过氧化值', baseline: 'GB 7099-2015' },
      { ruleId: 'indicator/missing', indicator: '霉菌', baseline: 'GB 7099-2015', verify: true },
    ],
    defects: [
      'GB 7099—2003 superseded by GB 7099-2015', '过氧化值 ≤0.30 g/100g (✅ limit 0.25 → error)',
      '霉菌 not stated (◐ limit ≤150 CFU/g → warning with verify caveat)',
    ],
    highlights: ['酸价 ≤5 mg/g equal to the ✅ limit: no finding', '食用植物油 as an ingredient: GB 2716 must not apply'],
    notes: ['GB 7099-2015: 酸价 and 过氧化值 are ✅ (a looser value is an error and sets belowBaseline); 霉菌 is ◐ (verify): its missing finding is a warning and does not set missingIndicators.'],
  },
};
