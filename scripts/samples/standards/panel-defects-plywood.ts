// Plywood standard: year in the number ≠ issue year; GB 18580—2001 superseded; formaldehyde as the old desiccator
// value in mg/L (not convertible to mg/m³ → unresolved); 含水率 without a test method; ppm and Kg.
import type { StandardSpec } from '../model.ts';
import { FOREWORD_2020, REFS_LEAD_IN_2020, TERMS_NONE } from './boilerplate.ts';

export const panelDefectsPlywood: StandardSpec = {
  id: 'panel-defects-plywood',
  category: 'panel',
  variant: 'defects',
  cover: {
    ics: '79.060.10', ccs: 'B 70', code: 'Q/LYXH', number: 'Q/LYXH 001—2023',
    categoryLine: '临沂鑫华板业有限公司企业标准', titleZh: '普通胶合板', titleEn: 'Plywood for general use',
    issued: '2024-03-15', effective: '2024-04-01', publisher: '临沂鑫华板业有限公司',
  },
  foreword: [...FOREWORD_2020('临沂鑫华板业有限公司', '王磊、张静'), '本文件为首次发布。'],
  chapters: [
    { title: '范围', body: [
      '本文件规定了普通胶合板的要求、试验方法、检验规则、标志、包装、运输和贮存。',
      '本文件适用于室内使用的普通胶合板。',
    ] },
    { title: '规范性引用文件', body: [
      REFS_LEAD_IN_2020,
      'GB/T 191 包装储运图示标志',
      'GB/T 17657 人造板及饰面人造板理化性能试验方法',
      'GB 18580—2001 室内装饰装修材料　人造板及其制品中甲醛释放限量',
    ] },
    { title: '术语和定义', body: [TERMS_NONE] },
    { title: '要求', clauses: [
      { title: '外观质量', body: ['板面应无开裂、鼓泡和明显污染。'] },
      { title: '理化性能', body: [
        '产品的理化性能应符合表1的规定。',
        { table: { caption: '表1　理化性能', header: ['项目', '指标'], rows: [
          ['含水率/%', '6～14'],
          ['胶合强度/MPa　≥', '0.70'],
          ['甲醛释放量/(mg/L)　≤', '1.5'],
        ] } },
      ] },
    ] },
    { title: '试验方法', clauses: [
      { title: '外观质量', body: ['在自然光下目测检验。'] },
      { title: '胶合强度', body: ['按GB/T 17657规定的方法测定。'] },
      { title: '甲醛释放量', body: ['按GB 18580规定的干燥器法测定，试验前干燥器内背景甲醛浓度应低于0.01 ppm。'] },
    ] },
    { title: '检验规则', clauses: [
      { title: '出厂检验', body: ['每批产品出厂前应进行出厂检验，检验项目为外观质量和含水率。'] },
      { title: '型式检验', body: ['型式检验项目为第4章规定的全部项目，正常生产时每年至少进行一次。'] },
      { title: '判定规则', body: ['所有检验项目均符合本文件要求时，判该批产品合格；否则判该批产品不合格。'] },
    ] },
    { title: '标志、包装、运输和贮存', clauses: [
      { title: '标志', body: ['产品应标明产品名称、规格、甲醛释放限量标识、生产日期和制造商名称。'] },
      { title: '包装', body: ['包装储运图示标志应符合GB/T 191的规定，每包质量不超过50 Kg。'] },
      { title: '运输和贮存', body: ['运输和贮存中应防潮、防晒，平整堆放。'] },
    ] },
  ],
  outputs: [{ format: 'pdf' }, { format: 'txt' }],
  expect: {
    profile: 'enterprise-product',
    baselines: [{ id: 'GB 18580-2017', class: null }],
    errors: ['identity/number-year', 'references/outdated', 'completeness/test-method', 'units/non-legal'],
    warnings: ['indicator/unresolved'],
    indicators: [{ ruleId: 'indicator/unresolved', indicator: '甲醛释放量', baseline: 'GB 18580-2017' }],
    defects: [
      'number year 2023 ≠ issue year 2024', 'GB 18580—2001 superseded by GB 18580-2017', '甲醛释放量 ≤1.5 mg/L (2001 desiccator value; mg/L cannot be compared with mg/m³: unresolved)',
      '含水率 has no test method', '"ppm"', '"Kg"',
    ],
  },
};
