// Clean B类 towel standard whose formaldehyde limit is stricter than GB 18401 (优于: info only). Written to the one
// sample file with a Chinese name containing a space, to exercise paths.
import type { StandardSpec } from '../model.ts';
import { FOREWORD_2020, REFS_LEAD_IN_2020, TERMS_NONE } from './boilerplate.ts';

export const textileCleanTowel: StandardSpec = {
  id: 'textile-clean-towel',
  category: 'textile',
  variant: 'clean',
  cover: {
    ics: '59.080.30', ccs: 'W 64', code: 'Q/GYJY', number: 'Q/GYJY 001—2025',
    categoryLine: '高阳县洁雅毛巾有限公司企业标准', titleZh: '纯棉毛巾', titleEn: 'Cotton towels',
    issued: '2025-09-12', effective: '2025-10-01', publisher: '高阳县洁雅毛巾有限公司',
  },
  foreword: [...FOREWORD_2020('高阳县洁雅毛巾有限公司', '刘洋、赵敏'), '本文件为首次发布。'],
  chapters: [
    { title: '范围', body: [
      '本文件规定了纯棉毛巾的要求、试验方法、检验规则、标志、包装、运输和贮存。',
      '本文件适用于以棉纱为原料织制的毛巾，产品直接接触皮肤（B类）。',
    ] },
    { title: '规范性引用文件', body: [
      REFS_LEAD_IN_2020,
      'GB/T 191 包装储运图示标志',
      'GB/T 2912.1—2009 纺织品　甲醛的测定　第1部分：游离和水解的甲醛（水萃取法）',
      'GB/T 3920 纺织品　色牢度试验　耐摩擦色牢度',
      'GB/T 3922—2013 纺织品　色牢度试验　耐汗渍色牢度',
      'GB/T 5713—2013 纺织品　色牢度试验　耐水色牢度',
      'GB/T 7573—2009 纺织品　水萃取液pH值的测定',
      'GB/T 17592 纺织品　禁用偶氮染料的测定',
      'GB 18401 国家纺织产品基本安全技术规范',
    ] },
    { title: '术语和定义', body: [TERMS_NONE] },
    { title: '要求', clauses: [
      { title: '安全性能', body: [
        '产品的安全技术类别为B类，安全性能应符合表1的规定。',
        { table: { caption: '表1　安全性能要求', header: ['项目', '指标', '试验方法'], rows: [
          ['甲醛含量/(mg/kg)　≤', '50', '5.1'],
          ['pH值', '4.0～8.5', '5.2'],
          ['耐水色牢度（变色、沾色）/级　≥', '3', '5.3'],
          ['耐酸汗渍色牢度（变色、沾色）/级　≥', '3', '5.4'],
          ['耐碱汗渍色牢度（变色、沾色）/级　≥', '3', '5.4'],
          ['耐干摩擦色牢度/级　≥', '3', '5.5'],
          ['异味', '无', '5.6'],
          ['可分解致癌芳香胺染料', '禁用', '5.7'],
        ] } },
      ] },
      { title: '外观质量', body: ['毛圈应均匀，边部平直，无破洞、油污和明显色差。'] },
    ] },
    { title: '试验方法', clauses: [
      { title: '甲醛含量', body: ['按GB/T 2912.1规定的方法测定。'] },
      { title: 'pH值', body: ['按GB/T 7573规定的方法测定。'] },
      { title: '耐水色牢度', body: ['按GB/T 5713规定的方法测定。'] },
      { title: '耐汗渍色牢度', body: ['按GB/T 3922规定的方法测定。'] },
      { title: '耐干摩擦色牢度', body: ['按GB/T 3920规定的方法测定。'] },
      { title: '异味', body: ['按GB 18401规定的方法测定。'] },
      { title: '可分解致癌芳香胺染料', body: ['按GB/T 17592规定的方法测定。'] },
      { title: '外观质量', body: ['在正常光线下目测检验。'] },
    ] },
    { title: '检验规则', clauses: [
      { title: '出厂检验', body: ['每批产品出厂前应进行出厂检验，检验项目为外观质量和pH值。'] },
      { title: '型式检验', body: ['型式检验项目为第4章规定的全部项目，正常生产时每年至少进行一次。'] },
      { title: '判定规则', body: ['所有检验项目均符合本文件要求时，判该批产品合格；否则判该批产品不合格。'] },
    ] },
    { title: '标志、包装、运输和贮存', clauses: [
      { title: '标志', body: ['产品应标明安全技术类别“B类”。'] },
      { title: '包装', body: ['包装储运图示标志应符合GB/T 191的规定。'] },
      { title: '运输和贮存', body: ['运输和贮存中应防潮、防污染，避免暴晒。'] },
    ] },
  ],
  outputs: [{ format: 'md', fileName: '纺织 样例.md' }],
  expect: {
    profile: 'enterprise-product',
    baselines: [{ id: 'GB 18401-2010', class: 'B' }],
    errors: [], warnings: [],
    indicators: [{ ruleId: 'indicator/stricter', indicator: '甲醛含量', baseline: 'GB 18401-2010' }],
    defects: [],
    highlights: ['甲醛 ≤50 mg/kg is stricter than B类 75: info "优于"'],
  },
};
