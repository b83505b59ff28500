// Clean furniture standard against GB 18584-2024; emission limits written in μg/m³ (80 μg/m³ = 0.08 mg/m³: equal),
// migratable elements of the coloured-paint (色漆) coating; GB 6675.4 cited only as a test method (not a toy).
import type { StandardSpec } from '../model.ts';
import { FOREWORD_2020, REFS_LEAD_IN_2020, TERMS_NONE } from './boilerplate.ts';

export const furnitureCleanWardrobe: StandardSpec = {
  id: 'furniture-clean-wardrobe',
  category: 'furniture',
  variant: 'clean',
  cover: {
    ics: '97.140', ccs: 'Y 80', code: 'Q/CDSJ', number: 'Q/CDSJ 002—2025',
    categoryLine: '成都森居家具有限公司企业标准', titleZh: '板式衣柜', titleEn: 'Panel wardrobes',
    issued: '2025-08-15', effective: '2025-09-01', publisher: '成都森居家具有限公司',
  },
  foreword: [...FOREWORD_2020('成都森居家具有限公司', '杨帆、何丽'), '本文件为首次发布。'],
  chapters: [
    { title: '范围', body: [
      '本文件规定了板式衣柜的要求、试验方法、检验规则、标志、包装、运输和贮存。',
      '本文件适用于以人造板为主要基材、柜门表面采用色漆涂饰的室内板式衣柜。',
    ] },
    { title: '规范性引用文件', body: [
      REFS_LEAD_IN_2020,
      'GB/T 191 包装储运图示标志',
      'GB 6675.4 玩具安全　第4部分：特定元素的迁移',
      'GB 18584—2024 家具中有害物质限量',
    ] },
    { title: '术语和定义', body: [TERMS_NONE] },
    { title: '要求', clauses: [
      { title: '外观质量', body: ['产品表面应平整光滑，无裂纹、鼓泡、划痕和明显色差；五金件安装牢固，启闭灵活。'] },
      { title: '挥发性有机化合物释放量', body: [
        '产品的挥发性有机化合物释放量应符合表1的规定。',
        { table: { caption: '表1　挥发性有机化合物释放量', header: ['项目', '限量值/(μg/m³)', '试验方法'], rows: [
          ['甲醛　≤', '80', '5.2'],
          ['苯　≤', '60', '5.2'],
          ['甲苯　≤', '150', '5.2'],
          ['二甲苯（邻、间、对之和）　≤', '200', '5.2'],
          ['TVOC　≤', '500', '5.2'],
        ] } },
      ] },
      { title: '色漆涂层可迁移元素', body: [
        '柜门色漆涂层的可迁移元素应符合表2的规定。',
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
      { title: '外观质量', body: ['在自然光下，距被测表面约1 m处目测检验。'] },
      { title: '挥发性有机化合物释放量', body: ['按GB 18584—2024附录E规定的方法测定。'] },
      { title: '色漆涂层可迁移元素', body: ['按GB 6675.4规定的方法测定。'] },
    ] },
    { title: '检验规则', clauses: [
      { title: '出厂检验', body: ['每件产品出厂前应进行出厂检验，检验项目为外观质量。'] },
      { title: '型式检验', body: ['型式检验项目为第4章规定的全部项目，正常生产时每年至少进行一次。'] },
      { title: '判定规则', body: ['所有检验项目均符合本文件要求时，判该批产品合格；否则判该批产品不合格。'] },
    ] },
    { title: '标志、包装、运输和贮存', clauses: [
      { title: '标志', body: ['产品应标明产品名称、规格型号、生产日期和制造商名称。'] },
      { title: '包装', body: ['包装储运图示标志应符合GB/T 191的规定。'] },
      { title: '运输和贮存', body: ['运输和贮存中应防潮、防晒，避免碰撞。'] },
    ] },
  ],
  outputs: [{ format: 'docx' }, { format: 'pdf' }],
  expect: {
    profile: 'enterprise-product',
    baselines: [{ id: 'GB 18584-2024', class: null }],
    errors: [], warnings: [], indicators: [],
    defects: [],
    highlights: ['limits in μg/m³ equal to GB 18584-2024 after conversion', 'in the PDF 表2 continues on the next page under a repeated header row'],
    notes: [
      'GB 18584-2024 items that depend on materials the wardrobe does not have (phthalates and PAH: plastic/rubber parts; azo dyes and DMFu: textile/leather parts; radionuclides: stone; PBB/PBDE: flame-retardant claims) are not declared and must not be reported missing.',
      'GB 6675.4 is cited as a test method only: no toy baseline.',
    ],
  },
};
