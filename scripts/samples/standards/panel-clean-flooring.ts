// Clean wood-based panel product standard against GB 18580-2017 (formaldehyde emission ≤0.124 mg/m³, E1,
// 1 m³ climate chamber).
import type { StandardSpec } from '../model.ts';
import { FOREWORD_2020, REFS_LEAD_IN_2020, TERMS_NONE } from './boilerplate.ts';

export const panelCleanFlooring: StandardSpec = {
  id: 'panel-clean-flooring',
  category: 'panel',
  variant: 'clean',
  cover: {
    ics: '79.060.99', ccs: 'B 70', code: 'Q/HZLY', number: 'Q/HZLY 003—2025',
    categoryLine: '湖州绿源木业有限公司企业标准', titleZh: '实木复合地板', titleEn: 'Engineered wood flooring',
    issued: '2025-02-10', effective: '2025-03-01', publisher: '湖州绿源木业有限公司',
  },
  foreword: [...FOREWORD_2020('湖州绿源木业有限公司', '许诺、潘红'), '本文件为首次发布。'],
  chapters: [
    { title: '范围', body: [
      '本文件规定了实木复合地板的要求、试验方法、检验规则、标志、包装、运输和贮存。',
      '本文件适用于室内铺设的三层及多层实木复合地板。',
    ] },
    { title: '规范性引用文件', body: [
      REFS_LEAD_IN_2020,
      'GB/T 191 包装储运图示标志',
      'GB/T 17657 人造板及饰面人造板理化性能试验方法',
      'GB 18580—2017 室内装饰装修材料　人造板及其制品中甲醛释放限量',
    ] },
    { title: '术语和定义', body: [TERMS_NONE] },
    { title: '要求', clauses: [
      { title: '外观质量', body: ['表板应无死节、开裂、腐朽和鼓泡；漆膜应均匀，无漏漆。'] },
      { title: '理化性能', body: [
        '产品的理化性能应符合表1的规定。',
        { table: { caption: '表1　理化性能', header: ['项目', '指标', '试验方法'], rows: [
          ['含水率/%', '5.0～14.0', '5.2'],
          ['甲醛释放量/(mg/m³)　≤', '0.124', '5.3'],
        ] } },
        '甲醛释放限量标识为E1。',
      ] },
    ] },
    { title: '试验方法', clauses: [
      { title: '外观质量', body: ['在自然光下，距板面约1 m处目测检验。'] },
      { title: '含水率', body: ['按GB/T 17657规定的方法测定。'] },
      { title: '甲醛释放量', body: ['按GB 18580规定的1 m³气候箱法测定。'] },
    ] },
    { title: '检验规则', clauses: [
      { title: '出厂检验', body: ['每批产品出厂前应进行出厂检验，检验项目为外观质量和含水率。'] },
      { title: '型式检验', body: ['型式检验项目为第4章规定的全部项目，正常生产时每年至少进行一次。'] },
      { title: '判定规则', body: ['所有检验项目均符合本文件要求时，判该批产品合格；否则判该批产品不合格。'] },
    ] },
    { title: '标志、包装、运输和贮存', clauses: [
      { title: '标志', body: ['产品应标明产品名称、规格、甲醛释放限量标识“E1”、生产日期和制造商名称。'] },
      { title: '包装', body: ['包装储运图示标志应符合GB/T 191的规定。'] },
      { title: '运输和贮存', body: ['运输和贮存中应防潮、防晒，平整堆放。'] },
    ] },
  ],
  outputs: [{ format: 'docx' }],
  expect: {
    profile: 'enterprise-product',
    baselines: [{ id: 'GB 18580-2017', class: null }],
    errors: [], warnings: [], indicators: [],
    defects: [],
    notes: ['GB 18580-2017 has one limit (E1); the expected class is null. 含水率 is an own requirement without a mandatory baseline.'],
  },
};
