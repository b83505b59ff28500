// Hot-pot seasoning standard issued 2021 and not reviewed: superseded dated references (GB 2760—2014,
// GB 29921—2013, GB 5009.229—2016), GB 7718—2011 (replacement not yet in force: warning), no contaminant
// delegation to GB 2762 (missing GB 31644 item), older than 3 years.
import type { StandardSpec } from '../model.ts';
import { FOREWORD_2020, REFS_LEAD_IN_2020, TERMS_NONE } from './boilerplate.ts';

export const foodDefectsHotpot: StandardSpec = {
  id: 'food-defects-hotpot',
  category: 'food',
  variant: 'defects',
  cover: {
    ics: '67.220.10', ccs: 'X 66', code: 'Q/CQLZ', number: 'Q/CQLZ 0002—2021',
    categoryLine: '重庆老灶火锅食品有限公司企业标准', titleZh: '牛油火锅底料', titleEn: 'Beef tallow hot pot seasoning',
    issued: '2021-03-15', effective: '2021-04-15', publisher: '重庆老灶火锅食品有限公司',
  },
  foreword: [...FOREWORD_2020('重庆老灶火锅食品有限公司', '冉红、邓飞'), '本文件为首次发布。'],
  chapters: [
    { title: '范围', body: [
      '本文件规定了牛油火锅底料的要求、试验方法、检验规则、标签、标志、包装、运输和贮存。',
      '本文件适用于以牛油、辣椒、花椒、豆瓣等为主要原料，经炒制、冷却、包装制成的牛油火锅底料。',
    ] },
    { title: '规范性引用文件', body: [
      REFS_LEAD_IN_2020,
      'GB 2760—2014 食品安全国家标准　食品添加剂使用标准',
      'GB 5009.227 食品安全国家标准　食品中过氧化值的测定',
      'GB 5009.229—2016 食品安全国家标准　食品中酸价的测定',
      'GB 7718—2011 食品安全国家标准　预包装食品标签通则',
      'GB 14881 食品安全国家标准　食品生产通用卫生规范',
      'GB 29921—2013 食品安全国家标准　食品中致病菌限量',
      'GB 31644 食品安全国家标准　复合调味料',
    ] },
    { title: '术语和定义', body: [TERMS_NONE] },
    { title: '要求', clauses: [
      { title: '原料要求', body: ['原料应符合相应食品标准和有关规定。'] },
      { title: '感官要求', body: [
        '感官要求应符合表1的规定。',
        { table: { caption: '表1　感官要求', header: ['项目', '要求', '检验方法'], rows: [
          ['色泽', '呈红褐色或棕红色，油亮', '5.1'],
          ['滋味、气味', '具有牛油火锅底料应有的麻辣滋味和气味，无异味', '5.1'],
          ['状态', '常温下呈固态，无霉变，无正常视力可见外来异物', '5.1'],
        ] } },
      ] },
      { title: '理化指标', body: [
        '理化指标应符合表2的规定。',
        { table: { caption: '表2　理化指标', header: ['项目', '指标', '检验方法'], rows: [
          ['酸价（以脂肪计）（KOH）/(mg/g)　≤', '4.0', '5.2'],
          ['过氧化值（以脂肪计）/(g/100g)　≤', '0.25', '5.3'],
        ] } },
      ] },
      { title: '微生物限量', body: ['致病菌限量应符合GB 29921的规定。'] },
      { title: '食品添加剂', body: ['食品添加剂的使用应符合GB 2760的规定。'] },
      { title: '生产加工过程', body: ['生产加工过程的卫生要求应符合GB 14881的规定；产品的其他要求应符合GB 31644的规定。'] },
    ] },
    { title: '试验方法', clauses: [
      { title: '感官', body: ['取适量试样置于洁净的白色瓷盘中，在自然光下观察色泽和状态，嗅其气味，品尝滋味。'] },
      { title: '酸价', body: ['按GB 5009.229规定的方法测定。'] },
      { title: '过氧化值', body: ['按GB 5009.227规定的方法测定。'] },
      { title: '致病菌', body: ['按GB 29921规定的方法检验。'] },
    ] },
    { title: '检验规则', clauses: [
      { title: '组批', body: ['同一班次、同一配方、同一生产线生产的同一规格产品为一批。'] },
      { title: '出厂检验', body: ['每批产品出厂前应进行出厂检验，检验项目为感官要求、酸价和过氧化值。'] },
      { title: '型式检验', body: ['型式检验项目为第4章规定的全部项目，正常生产时每半年至少进行一次。'] },
      { title: '判定规则', body: ['所有检验项目均符合本文件要求时，判该批产品合格；否则判该批产品不合格。'] },
    ] },
    { title: '标签、标志、包装、运输和贮存', clauses: [
      { title: '标签', body: ['预包装产品的标签应符合GB 7718的规定。'] },
      { title: '包装', body: ['包装材料和容器应清洁、无毒、无异味，并符合相应食品安全国家标准。'] },
      { title: '运输和贮存', body: ['产品应贮存于阴凉、干燥、通风的库房内，运输中应防雨、防晒。'] },
    ] },
  ],
  outputs: [{ format: 'docx' }, { format: 'md' }],
  expect: {
    profile: 'enterprise-product',
    baselines: [{ id: 'GB 31644-2018', class: null }],
    errors: ['references/outdated', 'indicator/missing'],
    warnings: ['references/outdated', 'age/review-period'],
    indicators: [{ ruleId: 'indicator/missing', indicator: '污染物', baseline: 'GB 31644-2018' }],
    defects: [
      'no "污染物限量应符合GB 2762的规定" (GB 31644-2018 3.3 delegation missing)',
      'GB 2760—2014, GB 29921—2013, GB 5009.229—2016 superseded (error)', 'GB 7718—2011: GB 7718-2025 published, in force 2027-03-16 (warning)',
      'issued 2021-03-15 (> 3 years)',
    ],
  },
};
