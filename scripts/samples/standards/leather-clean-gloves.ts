// Clean leather standard, GB 20400 B类 (direct skin contact). GB 20400 values are ◐ in the reference notes.
import type { StandardSpec } from '../model.ts';
import { FOREWORD_2020, REFS_LEAD_IN_2020, TERMS_NONE } from './boilerplate.ts';

export const leatherCleanGloves: StandardSpec = {
  id: 'leather-clean-gloves',
  category: 'leather',
  variant: 'clean',
  cover: {
    ics: '59.140.30', ccs: 'Y 46', code: 'Q/XJHP', number: 'Q/XJHP 001—2024',
    categoryLine: '辛集市华皮手套有限公司企业标准', titleZh: '皮革手套', titleEn: 'Leather gloves',
    issued: '2024-09-10', effective: '2024-10-01', publisher: '辛集市华皮手套有限公司',
  },
  foreword: [...FOREWORD_2020('辛集市华皮手套有限公司', '孙立新、郭蕾'), '本文件为首次发布。'],
  chapters: [
    { title: '范围', body: [
      '本文件规定了皮革手套的要求、试验方法、检验规则、标志、包装、运输和贮存。',
      '本文件适用于以牛皮、羊皮为主要面料、直接接触皮肤的日用皮革手套（B类）。',
    ] },
    { title: '规范性引用文件', body: [
      REFS_LEAD_IN_2020,
      'GB/T 191 包装储运图示标志',
      'GB 20400—2006 皮革和毛皮　有害物质限量',
    ] },
    { title: '术语和定义', body: [TERMS_NONE] },
    { title: '要求', clauses: [
      { title: '外观质量', body: ['皮面应柔软丰满，色泽均匀，无破损、裂面和明显伤残；缝线平直，针距均匀。'] },
      { title: '有害物质限量', body: [
        '产品为直接接触皮肤的产品（B类），有害物质限量应符合表1的规定。',
        { table: { caption: '表1　有害物质限量', header: ['项目', '限量值', '试验方法'], rows: [
          ['游离甲醛/(mg/kg)　≤', '75', '5.2'],
          ['可分解有害芳香胺染料/(mg/kg)　≤', '30', '5.3'],
        ] } },
      ] },
    ] },
    { title: '试验方法', clauses: [
      { title: '外观质量', body: ['在自然光下目测和手感检验。'] },
      { title: '游离甲醛', body: ['按GB 20400规定的方法测定。'] },
      { title: '可分解有害芳香胺染料', body: ['按GB 20400规定的方法测定。'] },
    ] },
    { title: '检验规则', clauses: [
      { title: '出厂检验', body: ['每批产品出厂前应进行出厂检验，检验项目为外观质量。'] },
      { title: '型式检验', body: ['型式检验项目为第4章规定的全部项目，正常生产时每年至少进行一次。'] },
      { title: '判定规则', body: ['所有检验项目均符合本文件要求时，判该批产品合格；否则判该批产品不合格。'] },
    ] },
    { title: '标志、包装、运输和贮存', clauses: [
      { title: '标志', body: ['产品应标明产品名称、材质、规格、安全类别“B类”和制造商名称。'] },
      { title: '包装', body: ['包装储运图示标志应符合GB/T 191的规定。'] },
      { title: '运输和贮存', body: ['运输和贮存中应防潮、防霉、防虫蛀，避免暴晒。'] },
    ] },
  ],
  outputs: [{ format: 'pdf' }, { format: 'doc' }],
  expect: {
    profile: 'enterprise-product',
    baselines: [{ id: 'GB 20400-2006', class: 'B' }],
    errors: [], warnings: [], indicators: [],
    defects: [],
    notes: ['GB 20400-2006 limits are ◐ (verify) in the reference notes; equal values give no finding either way.'],
  },
};
