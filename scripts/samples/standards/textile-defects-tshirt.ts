// A standard still in GB/T 1.1—2009 form (2019), B类 textile: 2009 foreword, lead-in and annex label, outdated
// dated references, pH missing, formaldehyde looser than GB 18401.
import type { StandardSpec } from '../model.ts';
import { DRAFTING_2009, PATENT_2009, REFS_LEAD_IN_2009 } from './boilerplate.ts';

export const textileDefectsTshirt: StandardSpec = {
  id: 'textile-defects-tshirt',
  category: 'textile',
  variant: 'defects',
  cover: {
    ics: '61.020', ccs: 'Y 76', code: 'Q/SXJC', number: 'Q/SXJC 003—2019',
    categoryLine: '绍兴锦程服饰有限公司企业标准', titleZh: '针织T恤衫', titleEn: 'Knitted T-shirts',
    issued: '2019-06-20', effective: '2019-07-01', publisher: '绍兴锦程服饰有限公司',
  },
  foreword: [
    DRAFTING_2009,
    PATENT_2009,
    '本标准由绍兴锦程服饰有限公司提出并归口。',
    '本标准起草单位：绍兴锦程服饰有限公司。',
    '本标准主要起草人：王伟、陈静。',
    '本标准为首次发布。',
  ],
  chapters: [
    { title: '范围', body: [
      '本标准规定了针织T恤衫的要求、试验方法、检验规则、标志、包装、运输和贮存。',
      '本标准适用于以棉、涤纶等纤维为主要原料、直接接触皮肤的针织T恤衫（B类）。',
    ] },
    { title: '规范性引用文件', body: [
      REFS_LEAD_IN_2009,
      'GB/T 191—2008 包装储运图示标志',
      'GB/T 2828.1—2012 计数抽样检验程序　第1部分：按接收质量限（AQL）检索的逐批检验抽样计划',
      'GB/T 2912.1—2009 纺织品　甲醛的测定　第1部分：游离和水解的甲醛（水萃取法）',
      'GB/T 3920—2008 纺织品　色牢度试验　耐摩擦色牢度',
      'GB/T 3922—2013 纺织品　色牢度试验　耐汗渍色牢度',
      'GB/T 5713—2013 纺织品　色牢度试验　耐水色牢度',
      'GB/T 17592—2011 纺织品　禁用偶氮染料的测定',
      'GB 18401—2010 国家纺织产品基本安全技术规范',
    ] },
    { title: '术语和定义', body: ['本文件没有需要界定的术语和定义。'] },
    { title: '要求', clauses: [
      { title: '安全性能', body: [
        '产品的安全性能应符合表1的规定，安全技术类别为B类。',
        { table: { caption: '表1　安全性能要求', header: ['项目', '指标', '试验方法'], rows: [
          ['甲醛含量/(mg/kg)　≤', '100', '5.1'],
          ['耐水色牢度（变色、沾色）/级　≥', '3', '5.2'],
          ['耐酸汗渍色牢度（变色、沾色）/级　≥', '3', '5.3'],
          ['耐碱汗渍色牢度（变色、沾色）/级　≥', '3', '5.3'],
          ['耐干摩擦色牢度/级　≥', '3', '5.4'],
          ['异味', '无', '5.5'],
          ['可分解致癌芳香胺染料', '禁用', '5.6'],
        ] } },
      ] },
      { title: '外观质量', body: ['表面应平整，无破洞、断纱、油污等影响使用的疵点。'] },
    ] },
    { title: '试验方法', clauses: [
      { title: '甲醛含量', body: ['按GB/T 2912.1规定的方法测定。'] },
      { title: '耐水色牢度', body: ['按GB/T 5713规定的方法测定。'] },
      { title: '耐汗渍色牢度', body: ['按GB/T 3922规定的方法测定。'] },
      { title: '耐干摩擦色牢度', body: ['按GB/T 3920规定的方法测定。'] },
      { title: '异味', body: ['按GB 18401规定的方法测定。'] },
      { title: '可分解致癌芳香胺染料', body: ['按GB/T 17592规定的方法测定。'] },
      { title: '外观质量', body: ['在正常光线下目测检验。'] },
    ] },
    { title: '检验规则', clauses: [
      { title: '组批', body: ['同一品种、同一规格、同一批原料连续生产的产品为一批。'] },
      { title: '出厂检验', body: ['每批产品出厂前应进行出厂检验，检验项目为外观质量和异味。'] },
      { title: '型式检验', body: ['型式检验项目为第4章规定的全部项目，正常生产时每年至少进行一次。'] },
      { title: '抽样', body: ['抽样按附录A的规定进行。'] },
      { title: '判定规则', body: ['所有检验项目均符合本标准要求时，判该批产品合格；否则判该批产品不合格。'] },
    ] },
    { title: '标志、包装、运输和贮存', clauses: [
      { title: '标志', body: ['产品应标明安全技术类别“B类”。'] },
      { title: '包装', body: ['包装储运图示标志应符合GB/T 191的规定。'] },
      { title: '运输', body: ['运输中应防止受潮、暴晒和污染。'] },
      { title: '贮存', body: ['应防潮、防污染，避免暴晒，贮存于通风干燥的仓库内。'] },
    ] },
  ],
  annexes: [
    { label: '（规范性附录）', title: '抽样方案', clauses: [
      { title: '抽样方法', body: ['按GB/T 2828.1—2012的规定，采用一般检验水平Ⅱ。'] },
      { title: '接收质量限', body: [
        '接收质量限（AQL）见表A.1。',
        { table: { caption: '表A.1　接收质量限', header: ['检验项目', 'AQL'], rows: [['外观质量', '4.0'], ['安全性能', '0']] } },
      ] },
    ] },
  ],
  outputs: [{ format: 'docx' }, { format: 'pdf' }],
  expect: {
    profile: 'enterprise-product',
    baselines: [{ id: 'GB 18401-2010', class: 'B' }],
    errors: ['foreword/drafting-basis', 'references/lead-in', 'references/outdated', 'annex/label', 'indicator/missing', 'indicator/looser'],
    warnings: ['foreword/patent-statement', 'wording/self-reference', 'references/outdated', 'age/review-period'],
    indicators: [
      { ruleId: 'indicator/missing', indicator: 'pH值', baseline: 'GB 18401-2010' },
      { ruleId: 'indicator/looser', indicator: '甲醛含量', baseline: 'GB 18401-2010' },
    ],
    defects: [
      'GB/T 1.1—2009 drafting sentence', '2009 patent sentence ("这些专利")', '本标准 self-reference', '2009 normative-references lead-in',
      'GB/T 17592—2011 and GB/T 191—2008 superseded (error)', 'GB/T 3920—2008: replacement not yet in force (warning)',
      '"（规范性附录）" 2009 annex label', 'B类 without pH值', '甲醛 ≤100 mg/kg (B类 limit 75)', 'issued 2019-06-20 (> 3 years)',
    ],
  },
};
