// Clean compound-seasoning (火锅底料) standard against GB 31644-2018: contaminants, pathogens and additives
// delegated to GB 2762, GB 29921 and GB 2760 by "应符合…的规定"; every reference undated (current edition).
import type { StandardSpec } from '../model.ts';
import { FOREWORD_2020, REFS_LEAD_IN_2020 } from './boilerplate.ts';

export const foodCleanHotpot: StandardSpec = {
  id: 'food-clean-hotpot',
  category: 'food',
  variant: 'clean',
  cover: {
    ics: '67.220.10', ccs: 'X 66', code: 'Q/CQYW', number: 'Q/CQYW 0001—2025',
    categoryLine: '重庆渝味坊食品有限公司企业标准', titleZh: '火锅底料', titleEn: 'Hot pot seasoning',
    issued: '2025-06-18', effective: '2025-07-18', publisher: '重庆渝味坊食品有限公司',
  },
  foreword: [...FOREWORD_2020('重庆渝味坊食品有限公司', '陈刚、罗雪'), '本文件为首次发布。'],
  chapters: [
    { title: '范围', body: [
      '本文件规定了火锅底料的要求、试验方法、检验规则、标签、标志、包装、运输和贮存。',
      '本文件适用于以牛油、菜籽油、辣椒、花椒、豆瓣等为主要原料，经炒制、冷却、包装制成的火锅底料。',
    ] },
    { title: '规范性引用文件', body: [
      REFS_LEAD_IN_2020,
      'GB 2760 食品安全国家标准　食品添加剂使用标准',
      'GB 2762 食品安全国家标准　食品中污染物限量',
      'GB 5009.227 食品安全国家标准　食品中过氧化值的测定',
      'GB 5009.229 食品安全国家标准　食品中酸价的测定',
      'GB 7718 食品安全国家标准　预包装食品标签通则',
      'GB 14881 食品安全国家标准　食品生产通用卫生规范',
      'GB 28050 食品安全国家标准　预包装食品营养标签通则',
      'GB 29921 食品安全国家标准　预包装食品中致病菌限量',
      'GB 31644 食品安全国家标准　复合调味料',
      'JJF 1070 定量包装商品净含量计量检验规则',
    ] },
    { title: '术语和定义', body: [
      '下列术语和定义适用于本文件。',
    ], clauses: [
      { title: '火锅底料　hot pot seasoning', body: ['以动物油脂和（或）植物油脂、辣椒、花椒、豆瓣等为主要原料，经炒制等工艺制成的用于调制火锅汤料的复合调味料。'] },
      { title: '牛油火锅底料　beef tallow hot pot seasoning', body: ['以牛油为主要油脂原料制成的火锅底料。'] },
    ] },
    { title: '要求', clauses: [
      { title: '原料要求', body: ['原料应符合相应食品标准和有关规定。'] },
      { title: '感官要求', body: [
        '感官要求应符合表1的规定。',
        { table: { caption: '表1　感官要求', header: ['项目', '要求', '检验方法'], rows: [
          ['色泽', '具有该产品应有的色泽', '5.1'],
          ['滋味、气味', '具有该产品应有的滋味和气味，无异味', '5.1'],
          ['状态', '具有该产品应有的状态，无霉变，无正常视力可见外来异物', '5.1'],
        ] } },
      ] },
      { title: '理化指标', body: [
        '理化指标应符合表2的规定。',
        { table: { caption: '表2　理化指标', header: ['项目', '指标', '检验方法'], rows: [
          ['酸价（以脂肪计）（KOH）/(mg/g)　≤', '4.0', '5.2'],
          ['过氧化值（以脂肪计）/(g/100g)　≤', '0.25', '5.3'],
        ] } },
      ] },
      { title: '污染物限量', body: ['污染物限量应符合GB 2762的规定。'] },
      { title: '微生物限量', body: ['致病菌限量应符合GB 29921的规定。'] },
      { title: '食品添加剂', body: ['食品添加剂的使用应符合GB 2760的规定。'] },
      { title: '净含量', body: ['净含量应符合JJF 1070的规定。'] },
      { title: '生产加工过程', body: ['生产加工过程的卫生要求应符合GB 14881的规定；产品的其他要求应符合GB 31644的规定。'] },
    ] },
    { title: '试验方法', clauses: [
      { title: '感官', body: ['取适量试样置于洁净的白色瓷盘中，在自然光下观察色泽和状态，嗅其气味，品尝滋味。'] },
      { title: '酸价', body: ['按GB 5009.229规定的方法测定。'] },
      { title: '过氧化值', body: ['按GB 5009.227规定的方法测定。'] },
      { title: '污染物', body: ['按GB 2762规定的方法测定。'] },
      { title: '致病菌', body: ['按GB 29921规定的方法检验。'] },
      { title: '净含量', body: ['按JJF 1070规定的方法检验。'] },
    ] },
    { title: '检验规则', clauses: [
      { title: '组批', body: ['同一班次、同一配方、同一生产线生产的同一规格产品为一批。'] },
      { title: '出厂检验', body: ['每批产品出厂前应进行出厂检验，检验项目为感官要求、净含量、酸价和过氧化值。'] },
      { title: '型式检验', body: ['型式检验项目为第4章规定的全部项目，正常生产时每半年至少进行一次。'] },
      { title: '判定规则', body: ['所有检验项目均符合本文件要求时，判该批产品合格；否则判该批产品不合格。'] },
    ] },
    { title: '标签、标志、包装、运输和贮存', clauses: [
      { title: '标签', body: ['预包装产品的标签应符合GB 7718和GB 28050的规定。'] },
      { title: '包装', body: ['包装材料和容器应清洁、无毒、无异味，并符合相应食品安全国家标准。'] },
      { title: '运输', body: ['运输工具应清洁卫生，不应与有毒、有害、有异味的物品混装混运。'] },
      { title: '贮存', body: ['产品应贮存于阴凉、干燥、通风的库房内，离地离墙存放。'] },
    ] },
  ],
  toc: {
    前言: 'II', '1 范围': '1', '2 规范性引用文件': '1', '3 术语和定义': '1', '4 要求': '1', '5 试验方法': '2', '6 检验规则': '3',
    '7 标签、标志、包装、运输和贮存': '3',
  },
  outputs: [{ format: 'docx' }, { format: 'pdf' }],
  expect: {
    profile: 'enterprise-product',
    baselines: [{ id: 'GB 31644-2018', class: null }],
    errors: [], warnings: [], indicators: [],
    defects: [],
    highlights: ['contaminants, pathogens and additives delegated to GB 2762 / GB 29921 / GB 2760', '目次 page', 'table cells wrapping over two lines in the PDF'],
    notes: [
      'GB 2762, GB 29921 and GB 2760 are cited as delegations of GB 31644-2018; they are not product baselines of their own.',
      '酸价 and 过氧化值 are the company\'s own quality limits (GB 31644 sets none).',
    ],
  },
};
