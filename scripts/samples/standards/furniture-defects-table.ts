// Furniture standard half-updated from GB 18584-2001: dated reference to the 2001 edition, formaldehyde looser than
// GB 18584-2024 (0.10 vs 0.08 mg/m³), benzene in μg/m³ (equal), no 检验规则 chapter, 应 in the scope, hyphen in the
// number, implementation date before the issue date.
import type { StandardSpec } from '../model.ts';
import { FOREWORD_2020, REFS_LEAD_IN_2020, TERMS_NONE } from './boilerplate.ts';

export const furnitureDefectsTable: StandardSpec = {
  id: 'furniture-defects-table',
  category: 'furniture',
  variant: 'defects',
  cover: {
    ics: '97.140', ccs: 'Y 80', code: 'Q/FSMJ', number: 'Q/FSMJ 002-2023',
    categoryLine: '佛山木匠坊家具有限公司企业标准', titleZh: '实木餐桌', titleEn: 'Solid wood dining tables',
    issued: '2023-12-20', effective: '2023-12-01', publisher: '佛山木匠坊家具有限公司',
  },
  foreword: [...FOREWORD_2020('佛山木匠坊家具有限公司', '黄志强、林晓'), '本文件为首次发布。'],
  chapters: [
    { title: '范围', body: [
      '本文件规定了实木餐桌的要求、试验方法、标志、包装、运输和贮存。',
      '本文件适用于室内使用的实木餐桌，产品表面应采用色漆涂饰。',
    ] },
    { title: '规范性引用文件', body: [
      REFS_LEAD_IN_2020,
      'GB/T 191 包装储运图示标志',
      'GB 6675.4 玩具安全　第4部分：特定元素的迁移',
      'GB 18584—2001 室内装饰装修材料　木家具中有害物质限量',
    ] },
    { title: '术语和定义', body: [TERMS_NONE] },
    { title: '要求', clauses: [
      { title: '外观质量', body: ['桌面应平整，漆膜光滑，无裂纹、鼓泡和明显色差。'] },
      { title: '有害物质限量', body: [
        '产品的有害物质释放量应符合表1的规定，色漆涂层的可迁移元素应符合表2的规定。',
        { table: { caption: '表1　挥发性有机化合物释放量', header: ['项目', '限量值', '试验方法'], rows: [
          ['甲醛/(mg/m³)　≤', '0.10', '5.2'],
          ['苯/(μg/m³)　≤', '60', '5.2'],
          ['甲苯/(mg/m³)　≤', '0.15', '5.2'],
          ['二甲苯/(mg/m³)　≤', '0.20', '5.2'],
          ['TVOC/(mg/m³)　≤', '0.50', '5.2'],
        ] } },
        { table: { caption: '表2　色漆涂层可迁移元素限量', header: ['项目', '限量值/(mg/kg)', '试验方法'], rows: [
          ['可迁移锑（Sb）　≤', '60', '5.3'],
          ['可迁移砷（As）　≤', '25', '5.3'],
          ['可迁移钡（Ba）　≤', '1000', '5.3'],
          ['可迁移镉（Cd）　≤', '75', '5.3'],
          ['可迁移铬（Cr）　≤', '60', '5.3'],
          ['可迁移铅（Pb）　≤', '90', '5.3'],
          ['可迁移汞（Hg）　≤', '60', '5.3'],
          ['可迁移硒（Se）　≤', '500', '5.3'],
        ] } },
      ] },
    ] },
    { title: '试验方法', clauses: [
      { title: '外观质量', body: ['在自然光下目测检验。'] },
      { title: '挥发性有机化合物释放量', body: ['按GB 18584规定的方法测定。'] },
      { title: '色漆涂层可迁移元素', body: ['按GB 6675.4规定的方法测定。'] },
    ] },
    { title: '标志、包装、运输和贮存', clauses: [
      { title: '标志', body: ['产品应标明产品名称、规格型号、生产日期和制造商名称。'] },
      { title: '包装', body: ['包装储运图示标志应符合GB/T 191的规定。'] },
      { title: '运输和贮存', body: ['运输和贮存中应防潮、防晒，避免碰撞。'] },
    ] },
  ],
  toc: { 前言: 'II', '1 范围': '1', '2 规范性引用文件': '1', '3 术语和定义': '1', '4 要求': '1', '5 试验方法': '2', '6 标志、包装、运输和贮存': '2' },
  outputs: [{ format: 'docx' }, { format: 'doc' }],
  expect: {
    profile: 'enterprise-product',
    baselines: [{ id: 'GB 18584-2024', class: null }],
    errors: ['identity/dates', 'references/outdated', 'wording/scope-requirements', 'structure/product-elements', 'indicator/looser'],
    warnings: ['identity/number-dash'],
    indicators: [{ ruleId: 'indicator/looser', indicator: '甲醛', baseline: 'GB 18584-2024' }],
    defects: [
      'number "Q/FSMJ 002-2023" with a hyphen (warning)', 'implementation date 2023-12-01 before issue date 2023-12-20',
      '应 in the scope', 'GB 18584—2001 superseded by GB 18584-2024', 'no 检验规则 chapter',
      '甲醛 ≤0.10 mg/m³ (limit 0.08)', '苯 ≤60 μg/m³ (= 0.06 mg/m³, equal: no finding)',
    ],
    highlights: ['目次 page'],
    notes: ['The document cites GB 18584—2001; the applicable baseline at the audit date is GB 18584-2024 (in force 2025-07-01).'],
  },
};
