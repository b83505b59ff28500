// Out-of-sample realism set 3 for format rules (test/fixtures/realism-r3-format): 56 standards (one a group standard)
// written without looking at the other realism fixtures, in kinds the earlier sets lacked — multi-part standards (Q/XXX
// 001.1—2024) including a test-method part and an installation part, revised editions (本文件代替…), many annexes,
// the 2009 template throughout, services (维修, 检测, 餐饮配送, 冷链物流, 仓储, 汽车维修, 光伏运维), a management
// standard (Q/XXX/G), a process standard (工艺规程), requirement tables, mixed reference lists (GB, GB/T, ISO, QB/T,
// FZ/T, HG/T, T/CNLIC, laws), GBK text exports with running headers and page numbers, OCR spacing ("5. 2. 1",
// "表 1"), full-width digits, "6.1、" numbering, formulas, notes and footnotes. The expected sets were written before
// the tool ran and then adjudicated finding by finding. r3-NN-* is the first batch (measured, then fixed: 42 TP,
// 15 FP, 1 FN), r3-bNN-* the second (measured after those fixes: 18 TP, 1 FP, 1 FN, then fixed), r3-cNN-* the third
// (measured only: 12 TP, 0 FP, 0 FN), r3-dNN-* the fourth (.docx and .pdf among them; measured, then fixed) and
// r3-eNN-* the fifth (auto-numbered .docx; measured, then fixed), r3-fNN-* the sixth (measured, then fixed).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DocumentResult } from '../src/engine/types.ts';
import type { Clause } from '../src/model/types.ts';
import { replaceOnce } from './helpers.ts';
import { fixtureDir, formatIds } from './realism-helpers.ts';

const DIR = path.join(import.meta.dirname, 'fixtures', 'realism-r3-format');
const { bytes, doc: docOf, audit } = fixtureDir(DIR);
const utf8 = (name: string): string => readFileSync(path.join(DIR, name), 'utf8');

const messages = (r: DocumentResult, rule: string): string[] => r.findings.filter((f) => f.ruleId === rule).map((f) => f.message);

function numbers(clauses: Clause[]): string[] {
  return clauses.flatMap((c) => [c.number ?? '?', ...numbers(c.children)]);
}

const EXPECTED: Record<string, string[]> = {
  'r3-01-battery-part1.md': [],
  'r3-02-battery-part2.md': [],
  'r3-03-vacuum-cup-revised.md': [],
  'r3-04-coating-annexes.md': ['annex/numbering'],
  'r3-05-crate-2009.txt': [
    'annex/label', 'foreword/drafting-basis', 'foreword/patent-statement', 'identity/ics-ccs', 'references/lead-in', 'wording/self-reference',
  ],
  'r3-06-appliance-repair-service.md': [],
  'r3-07-testing-service.md': ['wording/must', 'wording/scope-requirements'],
  'r3-08-catering-delivery.md': ['structure/service-elements', 'terms/definition-requirements'],
  'r3-09-coldchain-logistics.txt': [],
  'r3-10-supplier-management.md': [],
  'r3-11-welding-process.txt': ['numbering/continuity', 'numbering/lone-subclause'],
  'r3-12-pv-om-terms.md': [],
  'r3-13-dry-mortar-tables.md': [],
  'r3-14-sink-tables-defects.md': ['completeness/inspection-items', 'completeness/test-method'],
  'r3-15-down-quilt-refs.md': ['references/laws', 'references/list-format', 'references/unused'],
  'r3-16-carton-ocr.txt': [],
  'r3-17-scale-inhibitor-formula.md': ['references/outdated', 'units/non-legal'],
  'r3-18-heat-pump-number.md': ['identity/ics-ccs', 'identity/number-dash', 'identity/number-year'],
  'r3-19-rubber-seal-title.md': ['age/review-period', 'identity/publisher', 'identity/title-match', 'references/outdated'],
  'r3-20-file-box-order.md': ['foreword/drafters', 'foreword/no-requirements', 'structure/element-order'],
  // 出厂检验 names 外观 and 功率, which no requirement states. Beside the delegation to GB 17625.1 only own items are
  // checked: 外观 is found (since the fourth batch's fix), 功率 is not.
  'r3-21-led-panel-leadins.md': ['completeness/inspection-items', 'identity/dates', 'references/lead-in', 'terms/lead-in'],
  'r3-22-window-install-part3.txt': [],
  'r3-23-property-service-2009.md': [
    'age/review-period', 'annex/label', 'foreword/drafting-basis', 'foreword/patent-statement', 'references/lead-in', 'terms/lead-in',
    'wording/forbidden-negation', 'wording/self-reference',
  ],
  'r3-24-vfd-cabinet-depth.md': ['numbering/depth', 'numbering/tables'],
  // Second batch.
  'r3-b01-intro-patent.md': [],
  'r3-b02-inline-titles.txt': [],
  'r3-b03-bubble-film-2009.txt': [
    'age/review-period', 'foreword/drafters', 'foreword/drafting-basis', 'foreword/patent-statement', 'identity/ics-ccs',
    'identity/number-dash', 'references/lead-in', 'references/list-format', 'references/outdated', 'wording/forbidden-negation',
    'wording/self-reference',
  ],
  'r3-b04-car-repair-service.md': [],
  'r3-b05-massage-chair-iso.md': [],
  'r3-b06-terms-no-leadin.md': ['completeness/inspection-items', 'references/missing-from-list', 'terms/lead-in'],
  'r3-b07-warehouse-service.txt': ['numbering/continuity'],
  'r3-b08-annex-letters.md': ['annex/numbering'],
  'r3-b09-blender-units.md': ['identity/number-format', 'units/non-legal'],
  'r3-b10-foreword-obsolete.md': ['foreword/obsolete-statements'],
  // Third batch, written after every fix and measured only: 12 TP, 0 FP, 0 FN (c05's 感官要求 has no method indeed:
  // the expectation missed it, the tool did not).
  'r3-c01-door-lock-part1.txt': [],
  'r3-c02-testing-2009leadin.md': ['foreword/patent-statement', 'references/lead-in'],
  'r3-c03-notes-must.md': ['wording/must'],
  'r3-c04-equipment-mgmt.md': ['foreword/drafters', 'numbering/continuity', 'wording/forbidden-negation'],
  'r3-c05-biscuit-refs.md': ['completeness/test-method', 'references/missing-from-list', 'references/outdated'],
  'r3-c06-scope-degree.md': ['identity/number-year', 'units/non-legal', 'wording/scope-requirements'],
  // Fourth batch, Word and PDF files made by LibreOffice from HTML (typed numbers, real tables), measured (10 TP, 1 FP,
  // 3 FN), then fixed. Known miss: in the PDF of d04 the requirement table is misread by the PDF reader (a wrapped
  // cell swallows the next row's name), so the empty method cell of 锅底平整度 is never seen.
  'r3-d01-clothes-airer.docx': [],
  'r3-d02-elderly-care.pdf': [],
  'r3-d03-mulch-film-2009.docx': [
    'annex/label', 'foreword/drafters', 'foreword/drafting-basis', 'foreword/patent-statement', 'identity/ics-ccs', 'references/lead-in',
    'wording/self-reference',
  ],
  // 锅底平整度 has an empty method cell and no method clause (a finding the PDF reader lost until its table was read right)
  'r3-d04-wok-pdf.pdf': ['completeness/test-method', 'references/unused'],
  'r3-d05-symbols-chapter.md': ['completeness/inspection-items'],
  'r3-d06-biblio-before-annex.md': ['completeness/inspection-items', 'structure/element-order'],
  'r3-d07-old-titles.txt': ['structure/required-elements'],
  'r3-d08-group-standard.md': [],
  // Fifth batch, Word files with automatic clause numbering (the official template's heading styles), made by the
  // sample renderer from specs written for this set; measured (12 TP, 1 FP, 0 FN), then fixed.
  'r3-e01-elevator-service.docx': [],
  'r3-e02-pressure-cooker-2009.docx': [
    'foreword/drafting-basis', 'foreword/patent-statement', 'references/lead-in', 'references/list-format', 'references/outdated',
    'units/non-legal', 'wording/must', 'wording/self-reference',
  ],
  'r3-e03-nonconforming-mgmt.docx': ['references/missing-from-list'],
  'r3-e04-woven-sacks.docx': ['foreword/patent-statement', 'numbering/lone-subclause', 'references/list-format'],
  // Sixth batch, measured (13 TP, 2 FP, 0 FN: the dates written 2025年3月18日 are a right warning the expectation
  // missed), then fixed. f01's "警告：本产品不可代替成人看护" is a quoted warning text, not a provision.
  'r3-f01-chinese-dates.md': ['identity/dates'],
  'r3-f02-no-foreword.md': ['foreword/present', 'wording/scope-requirements'],
  'r3-f03-express-delivery.txt': [],
  'r3-f04-ginger-tea-2009.pdf': [
    'age/review-period', 'foreword/drafters', 'foreword/drafting-basis', 'foreword/patent-statement', 'identity/ics-ccs',
    'identity/number-dash', 'references/lead-in', 'references/list-format', 'references/outdated', 'structure/required-elements',
    'wording/self-reference',
  ],
};

describe('realism set 3 (format): exact finding sets', () => {
  for (const [name, expected] of Object.entries(EXPECTED)) {
    it(name, async () => {
      expect(formatIds(await audit(name))).toEqual(expected);
    });
  }
});

describe('realism set 3 (format): the causes fixed', () => {
  it('a reference list laid out in columns (read as a table) is still a list', async () => {
    const doc = await docOf('r3-05-crate-2009.txt');
    expect(doc.references?.entries.map((e) => e.key)).toEqual(['GB/T 2828.1', 'GB/T 2918', 'GB/T 5737', 'GB/T 6388']);
    expect(doc.references?.entries[0]?.year).toBe('2012');
  });

  it('clause numbers with full-width digits, OCR spaces and "、" are clause numbers', async () => {
    const doc = await docOf('r3-16-carton-ocr.txt');
    expect(numbers(doc.clauses)).toEqual([
      '1', '2', '3', '4', '4.1', '4.2', '5', '5.1', '5.2', '5.2.1', '5.2.2', '5.3', '5.4',
      '6', '6.1', '6.2', '6.3', '6.4', '6.5', '6.6', '7', '7.1', '7.2', '8', '8.1', '8.2', '8.3',
    ]);
    // A numbered list item "1、" stays a list item, not a chapter.
    const listed = await docOf('r3-16-carton-ocr.txt', replaceOnce(utf8('r3-16-carton-ocr.txt'), ['4.2.  按箱型分为开槽型和套合型。', '4.2.  按箱型分为：\n1、开槽型；\n2、套合型。']));
    expect(numbers(listed.clauses).filter((n) => !n.includes('.'))).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
  });

  it('a method clause titled with several items covers each; a unit after the indicator name is not part of it', async () => {
    expect(messages(await audit('r3-05-crate-2009.txt'), 'completeness/test-method')).toEqual([]);
    const name = 'r3-16-carton-ocr.txt';
    const noMethod = replaceOnce(utf8(name), ['6.3、 耐破强度  按GB/T 6545的规定进行。\n', '']);
    expect(messages(await audit(name, noMethod), 'completeness/test-method')).toEqual(['指标“耐破强度/kPa”没有试验方法（表中无方法列，试验方法章中也未提及）']);
  });

  it('test-method, process, installation and management standards are not judged as product standards', async () => {
    for (const name of ['r3-02-battery-part2.md', 'r3-10-supplier-management.md', 'r3-11-welding-process.txt', 'r3-22-window-install-part3.txt']) {
      const r = await audit(name);
      expect(messages(r, 'structure/product-elements'), name).toEqual([]);
      expect(messages(r, 'completeness/test-method'), name).toEqual([]);
    }
    // The same process document titled as a product is one, and lacks the product elements.
    const name = 'r3-11-welding-process.txt';
    const product = replaceOnce(utf8(name), ['Q/TJHG 021—2025\n\n钢结构二氧化碳气体保护焊工艺规程', 'Q/TJHG 021—2025\n\n钢结构焊接件']);
    expect(messages(await audit(name, product), 'structure/product-elements').length).toBeGreaterThan(0);
  });

  it('a service chapter titled by its subject (房屋管理, 秩序维护) that states requirements is a service-requirements chapter', async () => {
    const name = 'r3-23-property-service-2009.md';
    expect(messages(await audit(name), 'structure/service-elements')).toEqual([]);
    // The evaluation element is still required.
    const noEvaluation = replaceOnce(utf8(name), ['## 9 服务质量评价与改进', '## 9 投诉处理']);
    expect(messages(await audit(name, noEvaluation), 'structure/service-elements')).toEqual(['服务标准缺少“评价（服务质量评价与改进）”']);
  });

  it('an ISO number keeps its own ":" before the year; a GB number with "-" is still reported', async () => {
    const name = 'r3-b05-massage-chair-iso.md';
    expect(messages(await audit(name), 'references/list-format')).toEqual([]);
    const gbHyphen = replaceOnce(utf8(name), ['GB 4343.1—2024　家用电器', 'GB 4343.1-2024　家用电器']);
    expect(messages(await audit(name, gbHyphen), 'references/list-format')).toEqual(['引用文件编号的年份前用了“-”，应为一字线“—”（共1条）']);
  });

  it('inspection items named after "逐台检验 …" are checked like a "检验项目为 …" list', async () => {
    const name = 'r3-b06-terms-no-leadin.md';
    const items = (r: DocumentResult): string[] => messages(r, 'completeness/inspection-items').map((m) => /“(.+?)”/.exec(m)![1]!);
    expect(items(await audit(name))).toEqual(['外观', '空运转']);
    const known = replaceOnce(utf8(name), ['逐台检验外观、安全要求和空运转', '逐台检验安全要求、耕宽和噪声']);
    expect(items(await audit(name, known))).toEqual([]);
    // "每台产品检验合格后方可出厂" names no items.
    const verdict = replaceOnce(utf8(name), ['逐台检验外观、安全要求和空运转', '每台产品检验合格、附合格证后方可出厂']);
    expect(items(await audit(name, verdict))).toEqual([]);
  });

  it('an annex table numbered "表B-1" is read as a table and reported', async () => {
    const name = 'r3-b08-annex-letters.md';
    const lettered = replaceOnce(utf8(name), ['附录C\n', '附录B\n'], ['C.1 跌落试验', 'B.1 跌落试验'], ['C.2 低温冲击试验', 'B.2 低温冲击试验'],
      ['按C.1进行跌落，观察有无破裂。试验条件见表C-1。', '按B.1进行跌落，观察有无破裂。试验条件见表B-1。'], ['表C-1　低温', '表B-1　低温']);
    expect(messages(await audit(name, lettered), 'annex/numbering')).toEqual(['附录B中的表编号“表B-1”应为“表B.n”']);
    const dotted = lettered.replace(/表B-1/g, '表B.1');
    expect(messages(await audit(name, dotted), 'annex/numbering')).toEqual([]);
  });

  it('running headers and page marks of a text export are not body text (not even inside the reference list)', async () => {
    const name = 'r3-09-coldchain-logistics.txt';
    const text = new TextDecoder('gb18030').decode(bytes(name));
    const paged = replaceOnce(text,
      ['GB/T 28577  冷链物流分类与基本要求\n', 'GB/T 28577  冷链物流分类与基本要求\n\n                                   1\n                                                        Q/SHLL 004—2025\n'],
      ['4.3 配送人员', '                          第 3 页  共 6 页\n                                                        Q/SHLL 004—2025\n4.3 配送人员']);
    const doc = await docOf(name, paged);
    expect(doc.cover.standardNumber?.value).toBe('Q/SHLL 004—2025');
    expect(doc.references?.entries.map((e) => e.key)).toEqual(['GB 31605', 'GB/T 28577', 'GB/T 29328']);
    expect(doc.footers).toEqual(expect.arrayContaining(['1', '第 3 页  共 6 页']));
    expect(formatIds(await audit(name, paged))).toEqual([]);
  });

  it('a method sentence naming a table caption or the property before its verb covers the rows and the sentence', async () => {
    const name = 'r3-d07-old-titles.txt';
    expect(messages(await audit(name), 'completeness/test-method')).toEqual([]);
    const without = replaceOnce(utf8(name), ['5.2 吸水率按GB/T 3810.3的规定进行。\n', '']);
    expect(messages(await audit(name, without), 'completeness/test-method').length).toBeGreaterThan(0);
  });

  it('appearance (外观) is an own inspection item beside a mandatory-standard delegation', async () => {
    const name = 'r3-d05-symbols-chapter.md';
    const items = (r: DocumentResult): string[] => messages(r, 'completeness/inspection-items').map((m) => /“(.+?)”/.exec(m)![1]!);
    expect(items(await audit(name))).toEqual(['外观']);
    const stated = replaceOnce(utf8(name), ['### 5.3 环境适应性', '### 5.3 外观\n\n外壳应无划痕、变形。\n\n### 5.4 环境适应性']);
    expect(items(await audit(name, stated))).toEqual([]);
  });

  it('special-equipment and engineering-construction codes are document numbers (TSG T5002, JGJ 214)', async () => {
    const lift = await docOf('r3-e01-elevator-service.docx');
    expect(lift.references?.entries.map((e) => e.key)).toEqual(['TSG T5002', 'GB/T 18775']);
    const window = await docOf('r3-22-window-install-part3.txt');
    expect(window.references?.entries.map((e) => e.key)).toEqual(['GB 50210', 'GB/T 7106', 'JGJ 214', 'Q/ZJTL 017.1']);
    // So a cited but unlisted JGJ standard is found.
    const unlisted = replaceOnce(utf8('r3-22-window-install-part3.txt'), ['JGJ 214　铝合金门窗工程技术规范\n', '']);
    expect(messages(await audit('r3-22-window-install-part3.txt', unlisted), 'references/missing-from-list')).toEqual([
      '正文规范性引用了JGJ 214（共2处），但第2章未列出该文件',
    ]);
  });

  it('a test-methods chapter that sends every test to one method standard covers every requirement', async () => {
    const name = 'r3-f02-no-foreword.md';
    expect(messages(await audit(name), 'completeness/test-method')).toEqual([]);
    // Named methods for some items only: the others have none.
    const partial = replaceOnce(utf8(name), ['## 5 试验方法\n\n按GB/T 25993规定的方法进行。', '## 5 试验方法\n\n### 5.1 外观质量和尺寸偏差\n\n按GB/T 25993规定的方法进行。\n\n### 5.2 抗压强度\n\n按GB/T 25993规定的方法进行。']);
    expect(messages(await audit(name, partial), 'completeness/test-method').length).toBeGreaterThan(0);
  });
});
