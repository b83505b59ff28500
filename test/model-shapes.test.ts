// The builder on the shapes other readers produce: PDF lines (spacing artefacts, wrapped lines, TOC with leaders),
// docx paragraphs (Word numbering labels, styles), and drafting defects the rules must be able to see.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../src/model/build.ts';
import type { Clause, StandardDocument } from '../src/model/types.ts';
import { rawFromLines, rawFromMarkdown, rawFromSpecs } from './fixtures/model/raw.ts';

const numbers = (cs: Clause[]): string[] => cs.flatMap((c) => [c.number ?? `∅${c.title}`, ...numbers(c.children)]);
function find(doc: StandardDocument, num: string, cs: Clause[] = doc.clauses): Clause | undefined {
  for (const c of cs) {
    if (c.number === num) return c;
    const f = find(doc, num, c.children);
    if (f) return f;
  }
  return undefined;
}

describe('PDF-like lines', () => {
  const text = readFileSync(new URL('./fixtures/model/pdf-like.txt', import.meta.url), 'utf8');
  const doc = buildDocument(rawFromLines(text, 'pdf'), 'pdf-like.pdf');

  it('reads the cover with hyphenated number, 代替 line and one-line dates', () => {
    expect(doc.cover.standardNumber?.value).toBe('Q/CQMG 002-2023');
    expect(doc.cover.replaces.map((r) => r.value)).toEqual(['Q/CQMG 002—2020']);
    expect(doc.cover.ics?.value).toBe('67.060');
    expect(doc.cover.ccs?.value).toBe('X 11');
    expect([doc.cover.issued?.value, doc.cover.effective?.value]).toEqual(['2023-03-15', '2023-04-01']);
    expect(doc.cover.titleEn?.value).toBe('Quick-frozen dumplings');
  });
  it('keeps TOC lines out of the body', () => {
    expect(doc.toc.present).toBe(true);
    expect(doc.toc.entries.map((e) => [e.text, e.page])).toEqual([
      ['前言', 'II'], ['1 范围', '1'], ['2 规范性引用文件', '1'], ['3 术语和定义', '1'], ['4 技术要求', '1'], ['5 试验方法', '2'],
      ['附录A（资料性）生产工艺', '4'],
    ]);
    expect(doc.clauses.filter((c) => c.number === '1')).toHaveLength(1);
  });
  it('finds the letter-spaced foreword heading and joins wrapped lines', () => {
    expect(doc.foreword?.heading).toBe('前 言');
    expect(doc.foreword?.blocks[0]).toMatchObject({ kind: 'text', text: expect.stringMatching(/^本文件按照GB\/T 1\.1—2020《.*》的规定起草。$/) });
    expect(doc.foreword?.blocks).toHaveLength(6);
  });
  it('builds the clause tree without false headings (units, counts, decimals)', () => {
    expect(numbers(doc.clauses)).toEqual(['1', '2', '3', '4', '4.1', '4.1.1', '4.1.2', '4.2', '4.3', '5', '5.1', '5.2', 'A', 'A.1']);
    expect(find(doc, '4.1.1')).toMatchObject({ title: null, level: 3 });
    expect(find(doc, '4.1.1')?.blocks[0]).toMatchObject({ text: '小麦粉应符合GB/T 1355的规定。' });
    expect(find(doc, '4.1.2')?.blocks[0]).toMatchObject({ text: expect.stringContaining('3个月内完成复核，复核结果记入档案并保存2年。') });
  });
  it('repairs CJK–Latin spacing but keeps the space after numbers', () => {
    expect(find(doc, '4.2')?.blocks[0]).toMatchObject({ text: '感官要求应符合表1的规定。' });
    expect(doc.references?.entries[0]?.raw).toBe('GB 2760 食品安全国家标准 食品添加剂使用标准');
  });
  it('parses the reference list: wrapped lead-in, trailing punctuation, a law', () => {
    const r = doc.references!;
    expect(r.leadIn).toBe('下列文件中的内容通过文中的规范性引用而构成本文件必不可少的条款。其中，注日期的引用文件，仅该日期对应的版本适用于本文件；不注日期的引用文件，其最新版本（包括所有的修改单）适用于本文件。');
    expect(r.entries.map((e) => [e.kind, e.key, e.year, e.trailing])).toEqual([
      ['standard', 'GB 2760', null, null], ['standard', 'GB 4789.2', null, null], ['standard', 'GB 5009.3', '2016', '；'],
      ['standard', 'GB/T 23786', '2009', null], ['law', '中华人民共和国食品安全法', null, null],
    ]);
  });
  it('reads tables with caption, unit note and method column', () => {
    expect(doc.tables.map((t) => [t.number, t.caption, t.unitNote, t.loc.clause, t.rows.length])).toEqual([
      ['1', '感官要求', null, '4.2', 2], ['2', '理化指标', '单位为克每百克', '4.3', 1],
    ]);
    const cell = doc.citations.find((c) => c.loc.clause === '4.3')!;
    expect(cell).toMatchObject({ key: 'GB 5009.3', usage: 'normative', section: 'body' });
  });
  it('records pointers and informative citations', () => {
    const inTestMethods = doc.citations.filter((c) => c.loc.clause === '5.2');
    expect(inTestMethods.map((c) => [c.key, c.pointer])).toEqual([['GB 5009.3', '中第5章'], ['GB 4789.2', null], ['GB/T 23786', '的表1']]);
  });
  it('reads the annex label from its own line and marks the annex informative', () => {
    const a = doc.clauses.at(-1)!;
    expect(a).toMatchObject({ number: 'A', title: '生产工艺', annex: { letter: 'A', label: '资料性', labelRaw: '（资料性）' } });
    expect(doc.bodyTitle?.value).toBe('速冻 水饺');
  });
});

describe('PDF whose clause numbers were lost', () => {
  const doc = buildDocument(rawFromLines([
    'Q/ABC 001—2024', '某产品', '2024-01-01 发布 2024-02-01 实施', '某某有限公司 发布',
    '前 言', '本文件按照GB/T 1.1—2020的规定起草。', '某产品',
    '范 围', '本文件规定了某产品的要求。', '规范性引用文件', '本文件没有规范性引用文件。', '术语和定义', '本文件没有需要界定的术语和定义。',
    '技术要求', '产品应符合GB 4806.1的规定。', '试验方法', '按GB 4806.1规定的方法测定。', '标志', '包装', '运输和贮存', '应防潮。',
  ].join('\n')), 'lost.pdf');
  it('recognises chapters by their titles, unnumbered', () => {
    expect(doc.clauses.map((c) => [c.number, c.title, c.element, c.numberSource])).toEqual([
      [null, '范围', 'scope', 'none'], [null, '规范性引用文件', 'normative-references', 'none'], [null, '术语和定义', 'terms', 'none'],
      [null, '技术要求', 'requirements', 'none'], [null, '试验方法', 'test-methods', 'none'], [null, '标志', 'marking', 'none'],
    ]);
    expect(doc.references?.leadIn).toBe('本文件没有规范性引用文件。');
    expect(doc.references?.entries).toEqual([]);
  });
});

describe('docx-like paragraphs with Word numbering', () => {
  const doc = buildDocument(rawFromSpecs([
    'Q/ABC', '某某电器有限公司企业标准', 'Q/ABC 003—2024', '电热水壶', 'Electric kettle', '2024-02-30 发布', '2024年3月10日实施', '某某电器有限公司　发布',
    { text: '前言', style: '前言、引言标题' }, '本文件按照GB/T 1.1—2020《标准化工作导则　第1部分：标准化文件的结构和起草规则》的规定起草。',
    { text: '电热水壶', style: '标准文件_文件名称' },
    { text: '范围', numLabel: '1', style: '标准文件_章标题' }, '本文件规定了电热水壶的要求。',
    { text: '规范性引用文件', numLabel: '2', style: '标准文件_章标题' }, '下列文件中的内容通过文中的规范性引用而构成本文件必不可少的条款。',
    { text: 'GB 4706.1—2005 家用和类似用途电器的安全　第1部分：通用要求；', numLabel: '1.' },
    { text: 'GB 4706.19 家用和类似用途电器的安全　液体加热器的特殊要求', numLabel: '2.' },
    { text: '术语和定义', numLabel: '3', style: '标准文件_章标题' }, '本文件没有需要界定的术语和定义。',
    { text: '要求', numLabel: '4', style: '标准文件_章标题' },
    { text: '安全', numLabel: '4.1', style: '标准文件_一级条标题' },
    { text: '应符合GB 4706.1—2005和GB 4706.19的规定。', numLabel: '4.1.1', style: '标准文件_二级无标题' },
    { text: '外观应平整。', numLabel: 'a)', style: '标准文件_列项' },
    { text: '5.1　容量', style: '标准文件_一级条标题' },
    { text: '试验方法', numLabel: '5', style: '标准文件_章标题' },
    { text: '（规范性）', numLabel: '附录A', style: '标准文件_附录标识' }, { text: '检验规则', style: '标准文件_附录标题' },
    { text: '抽样', numLabel: 'A.1', style: '标准文件_一级条标题' }, '按GB/T 2828.1的规定。',
    { text: '（资料性）', numLabel: '附录B', style: '标准文件_附录标识' }, { text: '示意图', numLabel: 'B.1', style: '标准文件_附录一级条标题' },
  ]), 'kettle.docx');

  it('takes numbers from numLabel (auto) and typed text (text)', () => {
    expect(numbers(doc.clauses)).toEqual(['1', '2', '3', '4', '4.1', '4.1.1', '5.1', '5', 'A', 'A.1', 'B', 'B.1']);
    expect(find(doc, '4.1')?.numberSource).toBe('auto');
    expect(find(doc, '5.1')).toMatchObject({ numberSource: 'text', title: '容量' });
    expect(find(doc, '4.1.1')).toMatchObject({ title: null, numberSource: 'auto' });
    expect(find(doc, '4.1.1')?.blocks.map((b) => b.kind === 'text' && [b.text, b.role])).toEqual([
      ['应符合GB 4706.1—2005和GB 4706.19的规定。', 'text'], ['a) 外观应平整。', 'list-item'],
    ]);
  });
  it('reads the annex label after a Word annex label and the title from the next paragraph', () => {
    expect(find(doc, 'A')).toMatchObject({ title: '检验规则', element: 'annex', numberSource: 'auto', annex: { letter: 'A', label: '规范性', labelRaw: '（规范性）' } });
    expect(find(doc, 'B')).toMatchObject({ title: null, annex: { letter: 'B', label: '资料性' } });
    expect(find(doc, 'B.1')).toMatchObject({ title: '示意图', level: 2 });
  });
  it('takes reference markers from Word list labels', () => {
    expect(doc.references?.entries.map((e) => [e.marker, e.key, e.trailing])).toEqual([['1.', 'GB 4706.1', '；'], ['2.', 'GB 4706.19', null]]);
  });
  it('keeps an invalid date raw with an empty value, and parses Chinese dates', () => {
    expect(doc.cover.issued).toMatchObject({ value: '', raw: '2024-02-30 发布' });
    expect(doc.cover.effective).toMatchObject({ value: '2024-03-10', raw: '2024年3月10日实施' });
  });
  it('finds the body title and the company', () => {
    expect(doc.bodyTitle?.value).toBe('电热水壶');
    expect(doc.cover.company).toBe('某某电器有限公司');
  });
});

describe('annex labels', () => {
  const annexOf = (lines: string[]) =>
    buildDocument(rawFromLines(['1 范围', '本文件规定了某产品。', '2 要求', '应符合附录A的规定。', ...lines].join('\n'), 'txt'), 'a.txt').clauses.at(-1)!;
  it.each([
    [['附录A（规范性附录）', '抽样方案'], { letter: 'A', label: null, labelRaw: '（规范性附录）' }, '抽样方案'],
    [['附录 A', '（资料性附录）', '产品图片'], { letter: 'A', label: null, labelRaw: '（资料性附录）' }, '产品图片'],
    [['附录A　抽样方案'], { letter: 'A', label: null, labelRaw: null }, '抽样方案'],
    [['附录一', '（规范性）', '抽样方案'], { letter: '一', label: '规范性', labelRaw: '（规范性）' }, '抽样方案'],
    [['附录A (规范性) 抽样方案'], { letter: 'A', label: '规范性', labelRaw: '(规范性)' }, '抽样方案'],
  ])('%j', (lines, annex, title) => {
    const a = annexOf(lines);
    expect(a.annex).toEqual(annex);
    expect(a.title).toBe(title);
  });
  it('does not take a sentence about an annex for an annex heading', () => {
    const doc = buildDocument(rawFromLines(['1 范围', '本文件规定了某产品。', '2 要求', '附录A给出了抽样方案。'].join('\n'), 'txt'), 'a.txt');
    expect(doc.clauses.map((c) => c.number)).toEqual(['1', '2']);
  });
});

describe('numbering defects stay visible', () => {
  const md = (body: string) => buildDocument(rawFromMarkdown(`## 1 范围\n\n本文件规定了某产品。\n\n${body}`), 'x.md');
  it('keeps a gap (5.2 → 5.4)', () => {
    const doc = md('## 5 要求\n\n### 5.1 外观\n\n应平整。\n\n### 5.2 尺寸\n\n应符合表1。\n\n### 5.4 重量\n\n应符合表2。');
    expect(numbers(doc.clauses)).toEqual(['1', '5', '5.1', '5.2', '5.4']);
  });
  it('keeps a duplicate 5.2', () => {
    const doc = md('## 5 要求\n\n### 5.1 外观\n\n应平整。\n\n### 5.2 尺寸\n\n应符合表1。\n\n### 5.2 重量\n\n应符合表2。');
    expect(numbers(doc.clauses)).toEqual(['1', '5', '5.1', '5.2', '5.2']);
  });
  it('keeps a level mismatch (5.1.1 directly under 5)', () => {
    const doc = md('## 5 要求\n\n#### 5.1.1 外观\n\n应平整。');
    expect(find(doc, '5')?.children.map((c) => [c.number, c.level])).toEqual([['5.1.1', 3]]);
  });
  it('sees the same defects in plain text without heading marks', () => {
    const doc = buildDocument(rawFromLines(['1 范围', '本文件规定了某产品。', '5 要求', '5.1 外观', '应平整。', '5.2 尺寸', '5.2 重量', '5.4 颜色', '5.4.1.1 色差', '应小于1级。'].join('\n'), 'txt'), 'x.txt');
    expect(numbers(doc.clauses)).toEqual(['1', '5', '5.1', '5.2', '5.2', '5.4', '5.4.1.1']);
  });
  it('rejects implausible numbers in running text', () => {
    const doc = buildDocument(rawFromLines(['1 范围', '本文件规定了某产品。', '3 术语和定义', '本文件没有需要界定的术语和定义。', '12.5 检验结果应记录', '1 甲醛含量 75 GB/T 2912.1', '2 pH值 4.0～8.5 GB/T 7573'].join('\n'), 'txt'), 'x.txt');
    expect(numbers(doc.clauses)).toEqual(['1', '3']);
  });
});

describe('recognition', () => {
  it('rejects a contract', () => {
    const doc = buildDocument(rawFromLines(['采购合同', '甲方：某某有限公司', '乙方：某某贸易有限公司', '第一条 产品名称、数量、价格', '产品质量应符合GB 18401—2010的规定。', '第二条 付款方式', '合同签订后30日内付款。'].join('\n'), 'txt'), 'c.txt');
    expect(doc.recognised).toBe(false);
    expect(doc.clauses).toEqual([]);
  });
  it('rejects a test report that quotes a standard number on its own line', () => {
    const doc = buildDocument(rawFromLines(['检验报告', '样品名称：纯棉T恤', '检验依据：', 'GB 18401—2010', '检验结论：合格。'].join('\n'), 'txt'), 'report.txt');
    expect(doc.recognised).toBe(false);
  });
  it('rejects a blank document', () => {
    const doc = buildDocument(rawFromLines('', 'txt'), 'blank.txt');
    expect(doc.recognised).toBe(false);
    expect(doc.cover.standardNumber).toBeNull();
  });
  it('rejects random prose', () => {
    const doc = buildDocument(rawFromLines('今天天气很好。\n我们去公园散步，看到了很多花。\n1 只猫在树下睡觉。', 'txt'), 'r.txt');
    expect(doc.recognised).toBe(false);
  });
  it('accepts a draft without a number that has the standard chapters', () => {
    const doc = buildDocument(rawFromMarkdown('## 前言\n\n本文件按照GB/T 1.1—2020的规定起草。\n\n## 1 范围\n\n本文件规定了某产品。\n\n## 2 规范性引用文件\n\n本文件没有规范性引用文件。'), 'd.md');
    expect(doc.recognised).toBe(true);
    expect(doc.kind).toBe('unknown');
  });
});

describe('messy PDF: 2-line titles, draft mark, TOC, introduction, list markers, continued table, bibliography', () => {
  const text = readFileSync(new URL('./fixtures/model/pdf-messy.txt', import.meta.url), 'utf8');
  const doc = buildDocument(rawFromLines(text, 'pdf'), 'messy.pdf');

  it('reads the cover: 2009-style CCS, 备案号, two replaced numbers, split titles, Chinese dates', () => {
    const c = doc.cover;
    expect(c.ccs?.value).toBe('Y 80');
    expect(c.filingNumber?.value).toBe('12345-2023');
    expect(c.replaces.map((r) => r.value)).toEqual(['Q/SXJJ 0003—2019', 'Q/SXJJ 0004—2019']);
    expect(c.titleZh?.value).toBe('实木　餐桌椅');
    expect(c.titleEn?.value).toBe('Solid wood dining tables and chairs');
    expect([c.issued?.value, c.effective?.value]).toEqual(['2023-05-10', '2023-06-01']);
    expect(c.publisher?.value).toBe('陕西佳居家具有限公司');
    expect(doc.bodyTitle?.value).toBe('实木餐桌椅');
  });
  it('separates TOC, foreword and introduction', () => {
    expect(doc.toc.entries.map((e) => e.page)).toEqual(['Ⅱ', '1', '1', '5', '6']);
    expect(doc.foreword?.blocks).toHaveLength(2);
    expect(doc.introduction?.heading).toBe('引 言');
    expect(doc.citations.find((c) => c.section === 'introduction')).toMatchObject({ key: 'GB/T 3324', usage: 'informative' });
  });
  it('keeps list markers and trailing punctuation of reference entries', () => {
    expect(doc.references?.entries.map((e) => [e.marker, e.key, e.title, e.trailing])).toEqual([
      ['1.', 'GB 18584', '室内装饰装修材料 木家具中有害物质限量', '；'], ['2.', 'GB/T 3324', '木家具通用技术条件', '。'],
    ]);
  });
  it('keeps the English equivalent of a term apart from the term', () => {
    expect(find(doc, '3.1')?.title).toBe('实木家具 solid wood furniture');
  });
  it('joins a wrapped line that starts with a standard number', () => {
    expect(find(doc, '4.1')?.blocks[0]).toMatchObject({ text: expect.stringMatching(/使用说明应符合GB\/T 5296\.6的规定。$/) });
  });
  it('merges "表 1（续）" into table 1 and keeps the note after it', () => {
    expect(doc.tables).toHaveLength(1);
    expect(doc.tables[0]!.rows.map((r) => r[1])).toEqual(['木材', '漆膜', '五金件']);
    expect(find(doc, '4.2')?.blocks.map((b) => (b.kind === 'text' ? b.role : 'table'))).toEqual(['text', 'table', 'note']);
  });
  it('distinguishes normative and informative citations in one sentence', () => {
    expect(doc.citations.filter((c) => c.loc.clause === '5').map((c) => [c.usage, c.pointer])).toEqual([
      ['normative', '中6.3'], ['informative', '附录A'],
    ]);
  });
  it('reads an untitled annex clause and the bibliography', () => {
    expect(find(doc, 'A.1')).toMatchObject({ title: null, level: 2 });
    expect(doc.clauses.at(-1)).toMatchObject({ number: null, title: '参考文献', element: 'bibliography' });
    expect(doc.citations.at(-1)).toMatchObject({ key: 'GB/T 16734', section: 'bibliography', usage: 'informative' });
  });
});

describe('front matter edge cases', () => {
  it('does not open the body at a numbered change list in the foreword', () => {
    const doc = buildDocument(rawFromLines(['前言', '本文件代替Q/ABC 001—2020，主要技术变化如下：', '1 增加了检验规则', '2 删除了附录B', '1 范围', '本文件规定了某产品。', '2 规范性引用文件', '本文件没有规范性引用文件。'].join('\n'), 'txt'), 'f.txt');
    expect(doc.foreword?.blocks.map((b) => b.kind === 'text' && b.text)).toEqual(['本文件代替Q/ABC 001—2020，主要技术变化如下：', '1 增加了检验规则', '2 删除了附录B']);
    expect(doc.clauses.map((c) => [c.number, c.title])).toEqual([['1', '范围'], ['2', '规范性引用文件']]);
  });
  it('reads a unit note on the caption line and a Word-numbered caption', () => {
    const doc = buildDocument(rawFromSpecs([
      { text: '要求', numLabel: '4', style: '标准文件_章标题' },
      { text: '理化指标', numLabel: '表1', style: '标准文件_表标题' }, [['项目', '指标'], ['水分/%', '≤14']],
      { text: '理化指标（二）　单位为毫克每千克', numLabel: '表2' }, [['项目', '指标'], ['铅', '≤0.5']],
    ]), 'c.docx');
    expect(doc.tables.map((t) => [t.number, t.caption, t.unitNote, t.captionRaw])).toEqual([
      ['1', '理化指标', null, '表1　理化指标'], ['2', '理化指标（二）', '单位为毫克每千克', '表2　理化指标（二）　单位为毫克每千克'],
    ]);
  });
  it('takes a second header row of class names', () => {
    const doc = buildDocument(rawFromSpecs([
      { text: '要求', numLabel: '4', style: '标准文件_章标题' }, '表1　安全指标',
      [['项目', '指标', '指标', '指标'], ['', 'A类', 'B类', 'C类'], ['甲醛/(mg/kg)', '20', '75', '300']],
    ]), 'h.docx');
    expect(doc.tables[0]!.header).toEqual([['项目', '指标', '指标', '指标'], ['', 'A类', 'B类', 'C类']]);
    expect(doc.tables[0]!.rows).toEqual([['甲醛/(mg/kg)', '20', '75', '300']]);
  });
});

describe('PDF line joining', () => {
  it('never continues a heading line, even one that fills the line', () => {
    const lines = ['1 范围', '本文件规定了某产品的要求、试验方法、检验规则和标志、包装、运输与贮存方', '法。', '4 要求', '4.1 各类产品在正常使用条件下的安全性能要求和试验方法总则说明', '产品应符合表1的规定，且产品在正常使用条件下不应对人体造成危害，应无异', '味。'];
    const doc = buildDocument(rawFromLines([...lines, ...lines.slice(1, 3)].join('\n'), 'pdf'), 'n.pdf');
    const scope = '本文件规定了某产品的要求、试验方法、检验规则和标志、包装、运输与贮存方法。';
    expect(doc.clauses[0]!.blocks.map((b) => b.kind === 'text' && b.text)).toEqual([scope]);
    expect(find(doc, '4.1')).toMatchObject({ title: '各类产品在正常使用条件下的安全性能要求和试验方法总则说明' });
    expect(find(doc, '4.1')?.blocks.map((b) => b.kind === 'text' && b.text)).toEqual([
      '产品应符合表1的规定，且产品在正常使用条件下不应对人体造成危害，应无异味。', scope,
    ]);
  });
});

describe('national, industry, local and group covers', () => {
  it('reads a national standard cover with two publishers and a consistency note', () => {
    const doc = buildDocument(rawFromLines([
      'ICS 01.120', 'CCS A 00', '中华人民共和国国家标准', 'GB/T 1.1—2020', '代替 GB/T 1.1—2009', '标准化工作导则',
      '第 1 部分：标准化文件的结构和起草规则', 'Directives for standardization—Part 1: Rules for the structure and',
      'drafting of standardizing documents', '(ISO/IEC Directives, Part 2, 2018, NEQ)', '2020-03-31 发布 2020-10-01 实施',
      '国家市场监督管理总局', '国家标准化管理委员会 发布', '前 言', '本文件代替GB/T 1.1—2009。', '1 范围', '本文件确立了标准化文件的结构。',
    ].join('\n'), 'pdf'), 'gbt1.1.pdf');
    expect(doc.kind).toBe('national');
    expect(doc.cover).toMatchObject({ code: 'GB/T', enterpriseCode: null });
    expect(doc.cover.standardNumber?.value).toBe('GB/T 1.1—2020');
    expect(doc.cover.replaces.map((r) => r.value)).toEqual(['GB/T 1.1—2009']);
    expect(doc.cover.titleZh?.value).toBe('标准化工作导则第1部分：标准化文件的结构和起草规则');
    expect(doc.cover.titleEn?.value).toBe('Directives for standardization—Part 1: Rules for the structure and drafting of standardizing documents');
    expect(doc.cover.categoryLine?.value).toBe('中华人民共和国国家标准');
    expect(doc.cover.publisher?.value).toBe('国家市场监督管理总局　国家标准化管理委员会');
    expect(doc.citations.filter((c) => c.section === 'foreword').map((c) => c.key)).toEqual([]);
  });
  it.each([
    ['JR/T 0303—2024', '中华人民共和国金融行业标准', 'industry', 'JR/T'],
    ['DB50/T 1234—2022', '重庆市地方标准', 'local', 'DB50/T'],
    ['T/CNTAC 8—2018', '中国纺织工业联合会团体标准', 'group', 'T/CNTAC'],
  ])('%s → %s', (num, category, kind, code) => {
    const doc = buildDocument(rawFromLines([category, num, '某产品', '2024-01-01 发布 2024-02-01 实施', '前言', '本文件按照GB/T 1.1—2020的规定起草。', '1 范围', '本文件规定了某产品。'].join('\n'), 'txt'), 'x.txt');
    expect([doc.kind, doc.cover.code, doc.cover.categoryLine?.value, doc.recognised]).toEqual([kind, code, category, true]);
  });
});

describe('.doc text whose Word numbering was lost', () => {
  const doc = buildDocument(rawFromLines([
    'Q/ABC 001—2024', '纯棉针织内衣', '前言', '本文件按照GB/T 1.1—2020的规定起草。', '范围', '本文件规定了纯棉针织内衣的要求。',
    '规范性引用文件', '术语和定义', '要求', '试验方法', '检验规则', '标志、包装、运输和贮存', '标志', '应标明产品名称。',
    '（规范性）', '抽样方法', '按批抽样。', '（资料性附录）', '产品图片',
  ].join('\n'), 'doc'), 't.doc');
  it('keeps chapters unnumbered and opens annexes at their label lines with inferred letters', () => {
    expect(doc.clauses.map((c) => [c.number, c.title, c.numberSource, c.annex?.letter ?? null, c.annex?.labelRaw ?? null])).toEqual([
      [null, '范围', 'none', null, null], [null, '规范性引用文件', 'none', null, null], [null, '术语和定义', 'none', null, null],
      [null, '要求', 'none', null, null], [null, '试验方法', 'none', null, null], [null, '检验规则', 'none', null, null],
      [null, '标志、包装、运输和贮存', 'none', null, null],
      [null, '抽样方法', 'none', 'A', '（规范性）'], [null, '产品图片', 'none', 'B', '（资料性附录）'],
    ]);
    expect(doc.references).toMatchObject({ leadIn: null, entries: [] });
  });
});

describe('trailing numbers in titles', () => {
  it('accepts "6.1 附加试验项目 1" as a heading but not a chapter-level "1 范围 1" TOC line', () => {
    const doc = buildDocument(rawFromLines(['1 范围 1', '1 范围', '本文件规定了某产品。', '6 检验规则', '6.1 附加试验项目 1', '按5.1检验。'].join('\n'), 'txt'), 't.txt');
    expect(numbers(doc.clauses)).toEqual(['1', '6', '6.1']);
    expect(find(doc, '6.1')?.title).toBe('附加试验项目 1');
  });
});

describe('numbered reference entries', () => {
  it('does not take "3. GB/T …" in chapter 2 for chapter 3', () => {
    const doc = buildDocument(rawFromLines(['1 范围', '本文件规定了某产品。', '2 规范性引用文件', '下列文件……适用于本文件。', '1. GB/T 191 包装储运图示标志', '2. GB/T 2828.1 计数抽样检验程序', '3. GB/T 3920 耐摩擦色牢度', '4. 《中华人民共和国产品质量法》', '3 术语和定义', '本文件没有需要界定的术语和定义。'].join('\n'), 'txt'), 'r.txt');
    expect(doc.clauses.map((c) => c.number)).toEqual(['1', '2', '3']);
    expect(doc.references?.entries.map((e) => [e.marker, e.kind, e.key])).toEqual([
      ['1.', 'standard', 'GB/T 191'], ['2.', 'standard', 'GB/T 2828.1'], ['3.', 'standard', 'GB/T 3920'], ['4.', 'law', '中华人民共和国产品质量法'],
    ]);
  });
});

describe('PDF continuation lines that start like something else', () => {
  it('joins "表 1 的规定。", "5.2 规定的方法" and "附录 A 的规定" onto the previous line', () => {
    const long = '产品的各项性能应在规定的试验条件下进行测定，试验用样板的制备和养护应符合';
    const doc = buildDocument(rawFromLines(['1 范围', '本文件规定了某产品的要求、试验方法、检验规则和标志、包装、运输与贮存方法。', '4 要求', `${long}`, '表 1 的规定。', `${long}`, '5.2 规定的方法。', `${long}`, '附录 A 的规定。'].join('\n'), 'pdf'), 'j.pdf');
    expect(doc.clauses[1]!.blocks.map((b) => b.kind === 'text' && b.text)).toEqual([`${long}表1的规定。`, `${long}5.2规定的方法。`, `${long}附录A的规定。`]);
  });
});

describe('Word soft line breaks', () => {
  it('reads "附录A" + soft-broken label and title, and keeps soft-broken lines apart', () => {
    const doc = buildDocument(rawFromSpecs([
      { text: '范围', numLabel: '1', style: '标准文件_章标题' }, '本文件规定了某产品。\n本文件适用于某产品。',
      { text: '\n（规范性）\n抽样方案', numLabel: '附录A', style: '标准文件_附录标识' }, { text: '抽样', numLabel: 'A.1', style: '标准文件_附录一级条标题' },
    ]), 's.docx');
    expect(doc.clauses[0]!.blocks.map((b) => b.kind === 'text' && b.text)).toEqual(['本文件规定了某产品。', '本文件适用于某产品。']);
    expect(doc.clauses[1]).toMatchObject({ number: 'A', title: '抽样方案', numberSource: 'auto', annex: { letter: 'A', label: '规范性' } });
    expect(numbers(doc.clauses)).toEqual(['1', 'A', 'A.1']);
  });
});

describe('a body that does not start with chapter 1', () => {
  it('opens at the first titled chapter', () => {
    const doc = buildDocument(rawFromLines(['Q/ABC 001—2024', '某产品', '2024-01-01 发布', '5 试验方法', '5.1 外观', '目测。', '6 检验规则', '逐批检验。'].join('\n'), 'txt'), 'x.txt');
    expect(numbers(doc.clauses)).toEqual(['5', '5.1', '6']);
    expect(doc.warnings).toEqual([]);
  });
});

describe('body title without a foreword', () => {
  it('is the title line between the publisher line and chapter 1', () => {
    const doc = buildDocument(rawFromLines(['Q/ABC 001—2024', '某产品', '2024-01-01 发布 2024-02-01 实施', '某某有限公司 发布', '某产品', '1 范围', '本文件规定了某产品。'].join('\n'), 'txt'), 'x.txt');
    expect([doc.cover.titleZh?.value, doc.bodyTitle?.value, doc.cover.publisher?.value]).toEqual(['某产品', '某产品', '某某有限公司']);
  });
  it('is absent when the only title is the cover one', () => {
    const doc = buildDocument(rawFromLines(['某产品', '1 范围', '本文件规定了某产品。'].join('\n'), 'txt'), 'x.txt');
    expect([doc.cover.titleZh?.value, doc.bodyTitle]).toEqual(['某产品', null]);
  });
});

describe('a missing chapter heading', () => {
  it('keeps "6.1 组批" under chapter 5 where the numbering rule can see it', () => {
    const doc = buildDocument(rawFromLines(['1 范围', '本文件规定了某产品。', '5 试验方法', '5.1 外观', '目测。', '6.1 组批', '同一批原料生产的产品为一批。', '6.2 出厂检验', '逐批检验。', '6.3 型式检验', '每年一次。', '6.4 判定规则', '全部合格判为合格。'].join('\n'), 'txt'), 'x.txt');
    expect(find(doc, '5')?.children.map((c) => c.number)).toEqual(['5.1', '6.1', '6.2', '6.3', '6.4']);
  });
});

describe('body title after a foreword', () => {
  const build = (foreword: string[], title: string[]) =>
    buildDocument(rawFromLines(['Q/ABC 001—2024', '纯棉针织内衣', '2024-01-01 发布', '前言', ...foreword, ...title, '1 范围', '本文件规定了某产品。'].join('\n'), 'txt'), 'x.txt');
  it('keeps a title that differs from the cover (the title-match rule needs it)', () => {
    const doc = build(['本文件为首次发布。'], ['纯棉内衣']);
    expect(doc.bodyTitle?.value).toBe('纯棉内衣');
    expect(doc.foreword?.blocks).toHaveLength(1);
  });
  it('does not take the last foreword list item for the title', () => {
    const doc = build(['与上一版相比主要变化如下：', '——修改了甲醛指标'], ['纯棉针织内衣']);
    expect(doc.bodyTitle?.value).toBe('纯棉针织内衣');
    expect(doc.foreword?.blocks.map((b) => b.kind === 'text' && b.text)).toEqual(['与上一版相比主要变化如下：', '——修改了甲醛指标']);
  });
});

describe('cover dates written label first', () => {
  it('reads "发布日期：…　实施日期：…"', () => {
    const doc = buildDocument(rawFromLines(['Q/ABC 001—2024', '某产品', '发布日期：2024-05-10　实施日期：2024年6月1日', '1 范围', '本文件规定了某产品。'].join('\n'), 'txt'), 'x.txt');
    expect([doc.cover.issued?.value, doc.cover.issued?.raw, doc.cover.effective?.value]).toEqual(['2024-05-10', '发布日期：2024-05-10', '2024-06-01']);
  });
});

describe('citations in tables', () => {
  it('treats a cell under a merged "试验方法" header as a normative citation and other cells by their words', () => {
    const doc = buildDocument(rawFromSpecs([
      { text: '要求', numLabel: '4', style: '标准文件_章标题' }, '表1　安全指标',
      [['项目', '指标', '指标', '试验方法'], ['', 'A类', 'B类', ''], ['甲醛/(mg/kg)', '20', '75', 'GB/T 2912.1'], ['标签', '见GB/T 5296.4', '—', '目测']],
    ]), 't.docx');
    expect(doc.citations.map((c) => [c.key, c.usage, c.loc.clause])).toEqual([['GB/T 2912.1', 'normative', '4'], ['GB/T 5296.4', 'informative', '4']]);
  });
});

describe('chapter titles with stray punctuation', () => {
  it('still opens the chapter and maps its element', () => {
    const doc = buildDocument(rawFromLines(['1 范围', '本文件规定了某产品。', '4 要求', '4.1 外观', '应平整。', '5 试验方法。', '5.1 外观', '目测。'].join('\n'), 'txt'), 'x.txt');
    expect(doc.clauses.map((c) => [c.number, c.title, c.element])).toEqual([['1', '范围', 'scope'], ['4', '要求', 'requirements'], ['5', '试验方法。', 'test-methods']]);
    expect(numbers(doc.clauses)).toEqual(['1', '4', '4.1', '5', '5.1']);
  });
});

describe('a cover laid out in a table', () => {
  it('reads the cover fields from the cells', () => {
    const doc = buildDocument(rawFromSpecs([
      [['ICS 59.080.30', 'Q/CQMY'], ['CCS W 64', '']], '重庆美衣纺织品有限公司企业标准', 'Q/CQMY 001—2024', '纯棉针织内衣',
      [['2024-05-10 发布', '2024-06-01 实施']], '重庆美衣纺织品有限公司　发布', { text: '前言', style: 'heading 1' }, '本文件按照GB/T 1.1—2020的规定起草。',
      { text: '范围', numLabel: '1', style: '标准文件_章标题' }, '本文件规定了纯棉针织内衣的要求。',
    ]), 'c.docx');
    expect([doc.cover.ics?.value, doc.cover.ccs?.value, doc.cover.issued?.value, doc.cover.effective?.value, doc.cover.titleZh?.value]).toEqual([
      '59.080.30', 'W 64', '2024-05-10', '2024-06-01', '纯棉针织内衣',
    ]);
    expect(doc.tables).toEqual([]);
  });
});
