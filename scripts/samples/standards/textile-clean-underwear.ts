// Clean textile standard (GB 18401 B类); the same text as test/fixtures/golden.md. Rendered in all five formats
// for the reader contract test.
import type { StandardSpec } from '../model.ts';
import { FOREWORD_2020, REFS_LEAD_IN_2020, TERMS_NONE } from './boilerplate.ts';

export const textileCleanUnderwear: StandardSpec = {
  id: 'textile-clean-underwear',
  category: 'textile',
  variant: 'clean',
  cover: {
    ics: '59.080.30', ccs: 'W 64', code: 'Q/CQMY', number: 'Q/CQMY 001—2024',
    categoryLine: '重庆美衣纺织品有限公司企业标准', titleZh: '纯棉针织内衣', titleEn: 'Cotton knitted underwear',
    issued: '2024-05-10', effective: '2024-06-01', publisher: '重庆美衣纺织品有限公司',
  },
  foreword: [...FOREWORD_2020('重庆美衣纺织品有限公司', '张明、李红'), '本文件为首次发布。'],
  chapters: [
    { title: '范围', body: [
      '本文件规定了纯棉针织内衣的要求、试验方法、检验规则、标志、包装、运输和贮存。',
      '本文件适用于以棉纤维为原料、直接接触皮肤的针织内衣（B类）。',
    ] },
    { title: '规范性引用文件', body: [
      REFS_LEAD_IN_2020,
      'GB/T 191 包装储运图示标志',
      'GB/T 2828.1—2012 计数抽样检验程序　第1部分：按接收质量限（AQL）检索的逐批检验抽样计划',
      'GB/T 2912.1—2009 纺织品　甲醛的测定　第1部分：游离和水解的甲醛（水萃取法）',
      'GB/T 3920 纺织品　色牢度试验　耐摩擦色牢度',
      'GB/T 3922—2013 纺织品　色牢度试验　耐汗渍色牢度',
      'GB/T 5296.4 消费品使用说明　第4部分：纺织品和服装',
      'GB/T 5713—2013 纺织品　色牢度试验　耐水色牢度',
      'GB/T 7573—2009 纺织品　水萃取液pH值的测定',
      'GB/T 17592 纺织品　禁用偶氮染料的测定',
      'GB 18401 国家纺织产品基本安全技术规范',
    ] },
    { title: '术语和定义', body: [TERMS_NONE] },
    { title: '要求', clauses: [
      { title: '安全性能', body: [
        '产品的安全性能应符合表1的规定，安全技术类别为B类。',
        { table: { caption: '表1　安全性能要求', header: ['项目', '指标', '试验方法'], rows: [
          ['甲醛含量/(mg/kg)　≤', '75', '5.1'],
          ['pH值', '4.0～8.5', '5.2'],
          ['耐水色牢度（变色、沾色）/级　≥', '3', '5.3'],
          ['耐酸汗渍色牢度（变色、沾色）/级　≥', '3', '5.4'],
          ['耐碱汗渍色牢度（变色、沾色）/级　≥', '3', '5.4'],
          ['耐干摩擦色牢度/级　≥', '3', '5.5'],
          ['异味', '无', '5.6'],
          ['可分解致癌芳香胺染料', '禁用', '5.7'],
        ] } },
      ] },
      { title: '外观质量', body: ['表面应平整，无破洞、断纱、油污等影响使用的疵点。'] },
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
      { title: '组批', body: ['同一品种、同一规格、同一批原料连续生产的产品为一批。'] },
      { title: '出厂检验', body: ['每批产品出厂前应进行出厂检验，检验项目为外观质量、pH值和异味。'] },
      { title: '型式检验', body: ['型式检验项目为第4章规定的全部项目，正常生产时每年至少进行一次。'] },
      { title: '抽样', body: ['抽样按附录A的规定进行。'] },
      { title: '判定规则', body: ['所有检验项目均符合本文件要求时，判该批产品合格；否则判该批产品不合格。'] },
    ] },
    { title: '标志、包装、运输和贮存', clauses: [
      { title: '标志', body: ['产品使用说明应符合GB/T 5296.4的规定，并标明安全技术类别“B类”。'] },
      { title: '包装', body: ['包装储运图示标志应符合GB/T 191的规定。'] },
      { title: '运输', body: ['运输中应防止受潮、暴晒和污染。'] },
      { title: '贮存', body: ['应防潮、防污染，避免暴晒，贮存于通风干燥的仓库内。'] },
    ] },
  ],
  annexes: [
    { label: '（规范性）', title: '抽样方案', clauses: [
      { title: '抽样方法', body: ['按GB/T 2828.1—2012的规定，采用一般检验水平Ⅱ。'] },
      { title: '接收质量限', body: [
        '接收质量限（AQL）见表A.1。',
        { table: { caption: '表A.1　接收质量限', header: ['检验项目', 'AQL'], rows: [['外观质量', '4.0'], ['安全性能', '0']] } },
      ] },
    ] },
  ],
  outputs: [{ format: 'docx' }, { format: 'pdf' }, { format: 'doc' }, { format: 'txt' }, { format: 'md' }],
  expect: {
    profile: 'enterprise-product',
    baselines: [{ id: 'GB 18401-2010', class: 'B' }],
    errors: [], warnings: [], indicators: [],
    defects: [],
  },
};
