// Blind measurement sets 6 to 14, each written without seeing any fixture and run once on the final code of session 3
// before any fix, then kept with their adjudicated expectations.
// Set 6 (test/fixtures/realism-blind6): 14 standards made into Word files with automatic clause numbering, and from
// those into PDF and .doc by LibreOffice. First run: format 0.91 / 0.95, missing 1.00 / 1.00, looser 1.00 / 1.00, and
// every office file gave exactly the findings of its Markdown source.
// Set 7 (test/fixtures/realism-blind7): 18 .md and GBK .txt standards of the kinds most often self-declared. First run:
// format 0.97 / 1.00, missing 0.80 / 1.00, looser 1.00 / 1.00.
// Fixed afterwards: "不得使用霉变花生" asked for a test method (6: d06); "家具用刨花板" excluded GB 18580 as furniture (6:
// d05); "Kg/m³" alone in a unit column was not checked (6: d05); "不应使用可分解致癌芳香胺染料" was not read as a ban (7:
// d09); "5.4 特定元素的迁移按GB 6675.4……" did not cover the elements of the table under "4.4 特定元素的迁移" (7: d14),
// nor "5.2 特定元素的迁移" those of an annex table that "4.2 特定元素的迁移" points to (6: d08).
// Set 8 (test/fixtures/realism-blind8): 14 indicator-heavy product standards (n/c/m/M, grade columns, classes in a
// 分类 chapter, units in a note, prose lists, a transposed table, look-alike names). First run, adjudicated: format
// 1.00 / 1.00, missing 0.92 / 1.00, looser 1.00 / 1.00; the one error, GB 7099 applied to "蛋糕味奶糖" for its flavour
// word, fixed. Set 9 (test/fixtures/realism-blind9): 12 format-heavy standards (a multi-part standard, 目次 and 引言, a
// revision), 4 as Word files and 4 as PDFs: format 1.00 / 1.00 adjudicated, office files identical to their sources.
// Set 10 (test/fixtures/realism-blind10): 14 standards, 6 of them printed to PDF by Chromium: format 1.00 / 0.95,
// missing 1.00 / 1.00, looser 1.00 / 1.00 adjudicated, PDFs identical to their sources; the miss ("在20度的环境中")
// fixed. Set 11 (test/fixtures/realism-blind11): 10 food products and 6 services, 4 GBK: format 1.00 / 0.96, missing
// 1.00 / 1.00, looser 1.00 / 1.00 on the first run, nothing adjudicated. Set 12 (test/fixtures/realism-blind12):
// 14 textiles, furniture, building-decoration and leather standards: every finding right after adjudication (the
// writer's own mistakes: three references/unused that are true, two inspection items next to a delegation). Set 13
// (test/fixtures/realism-blind13): 12 Word files with automatic numbering, annexes and many tables: every planted
// format and indicator defect found, no false finding, Word identical to the Markdown sources. Set 14
// (test/fixtures/realism-blind14): 14 appliances, toothpaste, food-contact plastics, children's and sports goods,
// hardware and services: every expected finding, nothing else.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureDir, scoredOutcome } from './realism-helpers.ts';

const SETS: Record<string, Record<string, string[]>> = {
  'realism-blind6': {
    'd01-tshirt.docx': [],
    'd02-bedsheet.pdf': ['foreword/drafting-basis', 'looser:pH值', 'references/lead-in'],
    'd03-leather-shoes.doc': ['missing:可分解有害芳香胺染料', 'wording/must'],
    'd04-dining-table.docx': ['looser:甲醛', 'numbering/tables', 'wording/self-reference'],
    'd05-particleboard.docx': ['references/outdated', 'units/non-legal'],
    'd06-peanut-oil.pdf': ['missing:溶剂残留量', 'references/unused', 'wording/forbidden-negation'],
    'd07-pastry.docx': [],
    // the elements are columns of an annex table (表A.1) that "4.2 特定元素的迁移" points to; "5.2 特定元素的迁移" tests them
    'd08-toy-blocks.pdf': ['annex/label', 'looser:可迁移元素铅', 'numbering/lone-subclause'],
    'd09-hotpot-base.doc': ['age/review-period', 'missing:致病菌', 'structure/product-elements'],
    'd10-waterborne-coating.pdf': ['identity/ics-ccs', 'terms/lead-in'],
    'd11-storage-box.docx': [],
    'd12-housekeeping-service.docx': [],
    'd13-hotel-room-service.doc': ['identity/number-dash', 'wording/must', 'wording/self-reference'],
    'd14-car-maintenance-service.pdf': ['references/unused', 'structure/service-elements', 'wording/forbidden-negation'],
  },
  'realism-blind7': {
    'd01-固体饮料.md': [],
    'd02-压片糖果.md': ['foreword/drafting-basis', 'foreword/patent-statement', 'references/lead-in', 'terms/lead-in', 'wording/self-reference'],
    'd03-代用茶.txt': [],
    'd04-火锅底料.md': ['missing:致病菌', 'references/missing-from-list', 'references/outdated', 'terms/lead-in'],
    'd05-菜籽油.md': ['looser:过氧化值', 'numbering/continuity'],
    'd06-四件套.md': [],
    'd07-毛巾.txt': ['looser:甲醛含量', 'missing:异味', 'wording/must'],
    // 耐唾液色牢度 is not missing: "应符合GB 18401中A类和GB 31701中婴幼儿用品的要求" covers the whole standards
    'd08-婴幼儿内衣.md': ['annex/label', 'looser:pH值'],
    'd09-袜子.md': ['identity/dates', 'references/list-format', 'references/outdated'],
    'd10-板式衣柜.md': ['looser:甲醛', 'missing:TVOC', 'references/outdated'],
    'd11-实木餐桌.txt': [],
    'd12-强化木地板.md': ['completeness/test-method', 'numbering/tables', 'units/non-legal'],
    'd13-皮鞋.md': ['foreword/drafters', 'identity/ics-ccs', 'wording/forbidden-negation'],
    'd14-积木.md': ['missing:邻苯二甲酸酯(DBP+BBP+DEHP)', 'references/outdated'],
    'd15-球阀.md': [],
    'd16-冷却塔填料.md': ['age/review-period', 'annex/label', 'units/non-legal'],
    'd17-家政服务.md': [],
    'd18-物业保洁.txt': ['references/unused', 'terms/definition-requirements', 'wording/scope-requirements'],
  },
  'realism-blind8': {
    'b01-mooncake.md': ['looser:霉菌', 'missing:过氧化值', 'wording/must'],
    'b02-peanut-oil.md': ['missing:真菌毒素限量'],
    'b03-orange-drink.md': ['references/unused'],
    'b04-dipping-seasoning.md': ['missing:食品添加剂'],
    'b05-candy-gbk.txt': ['identity/number-dash', 'wording/self-reference'],
    // 耐唾液色牢度 is covered by "应符合GB 18401中A类的要求"; the looser pH of its own table is still reported
    'b06-infant-romper.md': ['looser:pH值'],
    'b07-sportswear.md': ['looser:甲醛含量', 'missing:可分解致癌芳香胺染料'],
    'b08-school-uniform-gbk.txt': [],
    'b09-bookcase.md': ['looser:TVOC', 'missing:苯', 'wording/forbidden-negation'],
    'b10-laminate-flooring.md': ['looser:甲醛释放量', 'numbering/tables'],
    // a varnish for furniture, doors and floors is none of them: no baseline
    'b11-wood-varnish.md': ['numbering/lone-subclause', 'references/missing-from-list'],
    'b12-leather-gloves-gbk.txt': ['foreword/drafters'],
    'b13-building-blocks.md': [
      'missing:可迁移元素汞', 'missing:可迁移元素砷', 'missing:可迁移元素硒', 'missing:可迁移元素钡', 'missing:可迁移元素铬', 'missing:可迁移元素锑',
    ],
    'b14-pu-shoes.md': ['units/non-legal'],
  },
  'realism-blind9': {
    'p1-tshirt.docx': [],
    'p2-sesame-oil.pdf': ['looser:酸价', 'missing:溶剂残留量', 'references/unused', 'wording/must'],
    'p3-bamboo-board.docx': ['annex/label', 'foreword/drafting-basis', 'foreword/patent-statement', 'references/lead-in', 'wording/self-reference'],
    'p4-drying-rack.pdf': ['completeness/test-method', 'numbering/continuity', 'units/non-legal'],
    'p5-bedsheet.md': [],
    'p6-storage-box.md': ['identity/dates', 'references/missing-from-list', 'references/outdated', 'references/unused'],
    's1-cleaning-service.docx': [],
    's2-repair-service.pdf': ['numbering/lone-subclause', 'terms/lead-in', 'wording/forbidden-negation', 'wording/self-reference'],
    's3-laundry-service.md': ['structure/service-elements', 'units/non-legal'],
    'u1-multipart.docx': [],
    'u2-toc-intro.md': ['numbering/tables', 'references/list-format'],
    'u3-revision.pdf': ['identity/number-year'],
  },
  'realism-blind10': {
    'd01-wholewheat-bread.pdf': ['looser:酸价', 'missing:致病菌', 'references/outdated', 'references/unused'],
    'd02-cotton-tshirt.pdf': [],
    'd03-oak-dining-table.md': ['foreword/drafting-basis', 'looser:甲醛', 'missing:TVOC', 'wording/self-reference'],
    'd04-plywood.pdf': ['references/outdated', 'units/non-legal'],
    'd05-wood-coating.md': ['annex/label', 'references/outdated', 'wording/self-reference'],
    'd06-leather-belt.pdf': ['completeness/test-method', 'missing:可分解有害芳香胺染料', 'references/unused'],
    'd07-wooden-blocks.md': ['references/unused', 'wording/forbidden-negation', 'wording/must'],
    'd08-canvas-shoes.md': [],
    'd09-garden-spade.md': ['numbering/continuity', 'numbering/tables'],
    'd10-archive-box.pdf': [],
    'd11-housekeeping.md': [],
    'd12-car-wash.pdf': ['references/lead-in', 'terms/lead-in', 'wording/self-reference'],
    'd13-drying-rack.md': ['numbering/lone-subclause', 'structure/required-elements'],
    'd14-bamboo-board.md': ['identity/number-dash'],
  },
  'realism-blind11': {
    'F01_广式月饼.md': [],
    'F02_软式面包.txt': ['missing:过氧化值', 'references/outdated'],
    'F03_烘烤类蛋糕.md': ['looser:酸价', 'terms/lead-in', 'wording/must', 'wording/self-reference'],
    'F04_食用植物调和油.md': [],
    'F05_浸出菜籽油.txt': ['foreword/drafting-basis', 'looser:溶剂残留量', 'references/outdated', 'terms/lead-in', 'wording/self-reference'],
    'F06_牛油火锅底料.md': [],
    'F07_香辣牛肉酱.md': ['completeness/test-method', 'numbering/continuity', 'references/outdated'],
    'F08_菊花枸杞代用茶.txt': [],
    'F09_原味奶茶固体饮料.md': ['units/non-legal', 'wording/forbidden-negation'],
    // miss: completeness/inspection-items (型式检验 adds 过氧化值, which no requirement states), silent by design next to
    // the requirements' delegation to GB 2762
    'F10_水果味硬质糖果.md': ['annex/label'],
    'S01_团餐配送服务规范.md': [],
    'S02_家庭保洁服务规范.txt': ['structure/service-elements', 'wording/self-reference'],
    'S03_住宅小区物业服务规范.md': ['foreword/drafting-basis', 'references/lead-in', 'wording/self-reference'],
    'S04_居家养老上门服务规范.txt': [],
    'S05_家用电器上门维修服务规范.md': ['numbering/continuity', 'wording/forbidden-negation', 'wording/must'],
    'S06_城市配送服务规范.md': ['annex/label', 'units/non-legal'],
  },
  'realism-blind12': {
    'b1-floor.md': [],
    'b2-wall-paint.txt': ['references/outdated'],
    'b3-adhesive.md': ['terms/lead-in'],
    'f1-solid-wood-table.md': [],
    'f2-panel-wardrobe.md': ['looser:甲醛', 'missing:TVOC', 'references/outdated'],
    'f3-sofa.md': ['foreword/drafting-basis', 'looser:甲苯'],
    'f4-child-desk.md': ['looser:可迁移元素铅', 'missing:可迁移元素汞'],
    'l1-leather-shoes.txt': ['references/unused'],
    'l2-leather-jacket.md': ['identity/ics-ccs', 'looser:游离甲醛', 'missing:可分解有害芳香胺染料', 'references/unused'],
    't1-infant-baobei.md': ['completeness/inspection-items'],
    't2-child-tshirt.md': ['wording/must'],
    't3-towel.txt': ['completeness/inspection-items', 'looser:甲醛含量', 'missing:异味', 'references/unused'],
    't4-bedding-set.md': ['completeness/inspection-items', 'identity/number-dash', 'looser:pH值', 'references/lead-in'],
    't5-scarf.md': ['completeness/inspection-items', 'wording/self-reference'],
  },
  'realism-blind13': {
    'a01-cantonese-mooncake.docx': ['annex/label', 'annex/numbering'],
    'a02-panel-wardrobe.docx': ['looser:二甲苯', 'missing:TVOC'],
    'n01-window-handle.docx': [],
    'n02-hose-clamp.docx': ['identity/publisher', 'structure/product-elements', 'wording/self-reference'],
    'p01-bath-towel.docx': [],
    'p02-baby-pajamas.docx': ['looser:甲醛含量', 'missing:耐唾液色牢度', 'wording/must'],
    'p03-butter-bread.docx': ['missing:霉菌', 'references/lead-in'],
    'p04-fabric-sofa.docx': ['foreword/drafting-basis', 'looser:甲醛'],
    'p05-wooden-blocks.docx': [],
    'p06-laminate-flooring.docx': ['looser:甲醛释放量', 'numbering/tables', 'units/non-legal'],
    's01-home-cleaning-service.docx': [],
    's02-elevator-maintenance-service.docx': ['terms/lead-in', 'wording/forbidden-negation', 'wording/self-reference'],
  },
  'realism-blind14': {
    '01-kettle.md': [],
    '02-fan.txt': ['references/list-format', 'references/outdated', 'wording/must'],
    '03-heater.txt': ['annex/label', 'foreword/drafting-basis', 'wording/self-reference'],
    '04-lamp.md': [],
    '05-toothpaste.txt': [],
    '06-container.md': ['numbering/continuity', 'references/list-format', 'references/outdated'],
    '07-stroller.md': ['numbering/lone-subclause', 'units/non-legal'],
    '09-blocks.md': ['looser:可迁移元素铅', 'missing:可迁移元素硒', 'terms/lead-in', 'wording/self-reference'],
    '10-racket.txt': [],
    '11-pencil.md': ['completeness/test-method', 'wording/forbidden-negation'],
    '12-brakepad.txt': ['references/lead-in', 'units/non-legal'],
    '13-hinge.md': [],
    '14-itservice.md': ['identity/dates'],
    '15-training.txt': [],
  },
};

for (const [set, expected] of Object.entries(SETS)) {
  const dir = path.join(import.meta.dirname, 'fixtures', set);
  const { audit } = fixtureDir(dir);
  describe(set, () => {
    it('has an expectation for every fixture', () => {
      expect(readdirSync(dir).sort()).toEqual(Object.keys(expected).sort());
    });

    it.each(Object.entries(expected))('%s', async (file, want) => {
      expect(scoredOutcome(await audit(file))).toEqual(want);
    });
  });
}

describe('blind set 9: the causes fixed', () => {
  it('a part title keeps its colon and is the body title ("家用电热水壶　第1部分：通用要求")', async () => {
    const { doc } = fixtureDir(path.join(import.meta.dirname, 'fixtures', 'realism-blind9'));
    expect((await doc('u1-multipart.docx')).bodyTitle?.value).toBe('家用电热水壶　第1部分：通用要求');
  });
});
