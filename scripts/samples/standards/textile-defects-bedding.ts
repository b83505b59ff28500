// B类 bedding without a drafting-basis sentence; formaldehyde stated in prose; azo dyes missing; a numbering gap
// (5.2 → 5.4, typed numbers, so only md/txt); 异味 without a test method; 必须; "30度".
import type { StandardSpec } from '../model.ts';
import { PATENT_2020, REFS_LEAD_IN_2020, TERMS_NONE } from './boilerplate.ts';

export const textileDefectsBedding: StandardSpec = {
  id: 'textile-defects-bedding',
  category: 'textile',
  variant: 'defects',
  cover: {
    ics: '59.080.30', ccs: 'W 64', code: 'Q/NTHF', number: 'Q/NTHF 005—2025',
    categoryLine: '南通恒丰家纺有限公司企业标准', titleZh: '纯棉被套', titleEn: 'Cotton quilt covers',
    issued: '2025-03-01', effective: '2025-04-01', publisher: '南通恒丰家纺有限公司',
  },
  foreword: [
    PATENT_2020,
    '本文件由南通恒丰家纺有限公司提出并归口。',
    '本文件起草单位：南通恒丰家纺有限公司。',
    '本文件主要起草人：周建国、吴芳。',
    '本文件为首次发布。',
  ],
  chapters: [
    { title: '范围', body: [
      '本文件规定了纯棉被套的要求、试验方法、检验规则、标志、包装、运输和贮存。',
      '本文件适用于以棉纤维为原料、直接接触皮肤的机织被套（B类）。',
    ] },
    { title: '规范性引用文件', body: [
      REFS_LEAD_IN_2020,
      'GB/T 191 包装储运图示标志',
      'GB/T 2912.1—2009 纺织品　甲醛的测定　第1部分：游离和水解的甲醛（水萃取法）',
      'GB/T 3920 纺织品　色牢度试验　耐摩擦色牢度',
      'GB/T 3922—2013 纺织品　色牢度试验　耐汗渍色牢度',
      'GB/T 5713—2013 纺织品　色牢度试验　耐水色牢度',
      'GB/T 7573—2009 纺织品　水萃取液pH值的测定',
      'GB 18401 国家纺织产品基本安全技术规范',
    ] },
    { title: '术语和定义', body: [TERMS_NONE] },
    { title: '要求', clauses: [
      { title: '甲醛含量', body: ['产品安全技术类别为B类，甲醛含量应不大于75 mg/kg。'] },
      { title: '其他安全性能', body: [
        '其他安全性能应符合表1的规定。',
        { table: { caption: '表1　其他安全性能要求', header: ['项目', '指标'], rows: [
          ['pH值', '4.0～8.5'],
          ['耐水色牢度（变色、沾色）/级　≥', '3'],
          ['耐酸汗渍色牢度（变色、沾色）/级　≥', '3'],
          ['耐碱汗渍色牢度（变色、沾色）/级　≥', '3'],
          ['耐干摩擦色牢度/级　≥', '3'],
          ['异味', '无'],
        ] } },
      ] },
      { title: '外观质量', body: ['布面应平整，缝线顺直，无破洞、跳针、污渍。'] },
    ] },
    { title: '试验方法', clauses: [
      { title: '甲醛含量', body: ['按GB/T 2912.1规定的方法测定。'] },
      { title: 'pH值', body: ['按GB/T 7573规定的方法测定。'] },
      { title: '耐水色牢度', number: '5.4', body: ['按GB/T 5713规定的方法测定。'] },
      { title: '耐汗渍色牢度', number: '5.5', body: ['按GB/T 3922规定的方法测定。'] },
      { title: '耐干摩擦色牢度', number: '5.6', body: ['按GB/T 3920规定的方法测定。'] },
      { title: '外观质量', number: '5.7', body: ['在正常光线下目测检验。'] },
    ] },
    { title: '检验规则', clauses: [
      { title: '组批', body: ['同一品种、同一规格、同一批原料连续生产的产品为一批。'] },
      { title: '出厂检验', body: ['产品必须逐批进行出厂检验，检验项目为外观质量和pH值。'] },
      { title: '型式检验', body: ['型式检验项目为第4章规定的全部项目，正常生产时每年至少进行一次。'] },
      { title: '判定规则', body: ['所有检验项目均符合本文件要求时，判该批产品合格；否则判该批产品不合格。'] },
    ] },
    { title: '标志、包装、运输和贮存', clauses: [
      { title: '标志', body: ['产品应按GB 18401的规定标明安全技术类别“B类”，使用说明中应注明洗涤水温不超过30度。'] },
      { title: '包装', body: ['包装储运图示标志应符合GB/T 191的规定。'] },
      { title: '运输和贮存', body: ['运输和贮存中应防潮、防污染，避免暴晒。'] },
    ] },
  ],
  outputs: [{ format: 'md' }, { format: 'txt' }],
  expect: {
    profile: 'enterprise-product',
    baselines: [{ id: 'GB 18401-2010', class: 'B' }],
    errors: ['foreword/drafting-basis', 'numbering/continuity', 'completeness/test-method', 'wording/must', 'units/non-legal', 'indicator/missing'],
    warnings: [],
    indicators: [{ ruleId: 'indicator/missing', indicator: '可分解致癌芳香胺染料', baseline: 'GB 18401-2010' }],
    defects: [
      'no drafting-basis sentence', '甲醛 stated in prose ("应不大于75 mg/kg", equal: no finding)', 'B类 without 可分解致癌芳香胺染料',
      'numbering gap 5.2 → 5.4', '异味 has no test method', '必须', '"30度" for a temperature',
    ],
  },
};
