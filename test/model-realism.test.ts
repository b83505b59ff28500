// Regressions found by running the tool on real public standards (/tmp/real REPORT.md issues); fixtures are
// small excerpts of those documents.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Clause } from '../src/model/types.ts';
import { readDocument } from '../src/readers/index.ts';
import { buildDocument } from '../src/model/build.ts';
import { auditText, docFromText, ruleIds } from './helpers.ts';

const fixture = (name: string): string => readFileSync(new URL(`./fixtures/model/real/${name}`, import.meta.url), 'utf8');
const pdfDoc = async (name: string) => {
  const file = new URL(`./fixtures/pdf/${name}`, import.meta.url);
  return buildDocument(await readDocument(new Uint8Array(readFileSync(file)), name), name);
};
const tree = (cs: Clause[]): string[] => cs.flatMap((c) => [`${c.number ?? '-'} ${c.title ?? ''}`.trim(), ...tree(c.children)]);
const numbers = (cs: Clause[]): string[] => cs.flatMap((c) => [c.number ?? '-', ...numbers(c.children)]);

describe('issue 1: term entries after a bare number', () => {
  it('Markdown "### 3.1 " + a term with ";" or a long English equivalent is one entry', async () => {
    const doc = await docFromText(fixture('term-entries.md'), 'terms.md');
    expect(tree(doc.clauses)).toEqual([
      '1 范围', '2 规范性引用文件', '3 术语和定义', '3.1 身份标识码 identification code; ID',
      '3.2 收发装置 collection and transmission device', '4 要求',
    ]);
    const r = await auditText(fixture('term-entries.md'), 'terms.md');
    expect(ruleIds(r, 'error')).not.toContain('numbering/continuity');
  });

  it('a long term line (more than 30 characters) is the entry title', async () => {
    const long = fixture('term-entries.md').replace('身份标识码 identification code; ID',
      '独立式火灾探测报警器联网系统 networking of self-contained fire detection and alarm devices');
    const doc = await docFromText(long, 'terms.md');
    expect(doc.clauses[2]!.children[0]!.title).toBe('独立式火灾探测报警器联网系统 networking of self-contained fire detection and alarm devices');
  });

  it('plain text: "3.1.1" alone, then the term, then the definition (not joined to the term)', async () => {
    const doc = await docFromText(fixture('term-entries.txt'), 'terms.txt');
    expect(numbers(doc.clauses)).toEqual(['1', '2', '3', '3.1', '3.1.1', '3.1.2', '3.2', '4']);
    const entry = doc.clauses[2]!.children[0]!.children[0]!;
    expect(entry.title).toBe('公共平台 public service and management platform');
    expect(entry.blocks.map((b) => (b.kind === 'text' ? b.text : ''))).toEqual(['对新能源汽车进行数据采集和统一管理的平台。']);
  });

  it('a second preferred term ("## 服务中介") stays in its entry; "term: QoS" is a title', async () => {
    const doc = await docFromText(fixture('term-second-preferred.md'), 'soa.md');
    expect(numbers(doc.clauses)).toEqual(['1', '2', '2.6', '2.7', '2.8']);
    expect(doc.clauses[1]!.children[0]!.title).toBe('服务质量 quality of service: QoS');
    const entry = doc.clauses[1]!.children[1]!;
    expect(entry.title).toBe('服务代理 service agent');
    expect(entry.blocks[0]).toMatchObject({ kind: 'text', text: '服务中介 service broker' });
  });
});

describe('issue 17: Markdown annex "## 附录 A" / "(规范性)" / "## title"', () => {
  it('the title heading is the annex title and table A.1 is inside the annex', async () => {
    const doc = await docFromText(fixture('annex-h2-title.md'), 'annex.md');
    expect(tree(doc.clauses)).toEqual(['1 范围', '2 规范性引用文件', '3 术语和定义', '4 要求', 'A 新能源汽车运行安全平台数据格式和定义']);
    expect(doc.clauses[4]!.annex).toMatchObject({ letter: 'A', label: '规范性' });
    expect(doc.tables.map((t) => [t.number, t.loc.clause])).toEqual([['A.1', 'A']]);
    const r = await auditText(fixture('annex-h2-title.md'), 'annex.md');
    expect(ruleIds(r)).not.toContain('numbering/tables');
  });
});

describe('issue 2: table rows whose first cell is a sequence number', () => {
  it('text: rows "7 …" and "10 …" (cells wrapped) are not chapters; 4.2 and 5 are kept', async () => {
    const doc = await docFromText(fixture('seq-table.txt'), 'seq.txt');
    expect(numbers(doc.clauses)).toEqual(['1', '2', '3', '4', '4.1', '4.2', '5']);
    expect(doc.clauses[4]!.title).toBe('动态预警');
  });

  it('PDF: the same through the PDF reader', async () => {
    const doc = await pdfDoc('seq-table.pdf');
    expect(numbers(doc.clauses)).toEqual(['1', '2', '3', '4', '4.1', '4.2', '5']);
  });

  it('a chapter whose own sub-clause follows is kept', async () => {
    const text = fixture('seq-table.txt').replace('4.2 应按照以下程序开展监测。', '7.1 应按照以下程序开展监测。');
    const doc = await docFromText(text, 'seq.txt');
    expect(numbers(doc.clauses)).toContain('7');
  });
});

describe('issue 8: a category letter after the clause number', () => {
  it('"4.2 L 类车辆…" is a clause (L is not litres here)', async () => {
    const doc = await docFromText(fixture('unit-after-number.txt'), 'unit.txt');
    expect(numbers(doc.clauses)).toEqual(['1', '2', '3', '4', '4.1', '4.2']);
    const r = await auditText(fixture('unit-after-number.txt'), 'unit.txt');
    expect(ruleIds(r)).not.toContain('numbering/lone-subclause');
  });
});

describe('issue 18: chapter numbers alone on their line', () => {
  it('"1⏎范围", "4⏎缩略语 Abbreviations" are chapters; a page number "8" is not', async () => {
    const doc = await docFromText(fixture('bare-chapter-numbers.txt'), 'cup.txt');
    expect(tree(doc.clauses)).toEqual(['1 范围', '2 规范性引用文件', '- 术语与定义', '3.1 应用层术语', '4 缩略语 Abbreviations']);
  });
});

describe('issues 10/11: cover', () => {
  it('a category line that starts with the code is not glued to the number or the title', async () => {
    const doc = await docFromText(fixture('category-with-code.txt'), 'hzk.txt');
    expect(doc.cover.categoryLine?.value).toBe('Q/HZK 杭州之江开关股份有限公司企业标准');
    expect(doc.cover.standardNumber?.value).toBe('Q/HZK 594 -2009');
    expect(doc.cover.titleZh?.value).toBe('VHS1-12户内高压交流真空断路器');
    expect(doc.cover.company).toBe('杭州之江开关股份有限公司');
  });

  it('a flattened cover line "number title" gives both', async () => {
    const text = fixture('category-with-code.txt').replace('Q/HZK 594 -2009\nVHS1-12', 'Q/HZK 594 -2009 VHS1-12');
    const doc = await docFromText(text, 'hzk.txt');
    expect(doc.cover.standardNumber?.value).toBe('Q/HZK 594 -2009');
    expect(doc.cover.titleZh?.value).toBe('VHS1-12户内高压交流真空断路器');
  });

  it('a Chinese title of 30+ characters on one line is found (not joined to the date line)', async () => {
    const doc = await docFromText(fixture('long-title.txt'), 'long.txt');
    expect(doc.cover.titleZh?.value).toBe('行政事业单位一般公共预算支出财务报销电子会计凭证档案管理技术规范');
    expect(doc.cover.issued?.value).toBe('2024-10-30');
  });

  it('food-safety enterprise numbers with "S" after the sequence are the number', async () => {
    const doc = await docFromText(fixture('food-s-suffix.txt'), 'food.txt');
    expect(doc.cover.standardNumber?.value).toBe('Q/LSY 0004S—2019');
    expect(doc.cover.code).toBe('Q/LSY');
  });

  it('a full-width slash "Q／CQMY 001—2024" is still the document number', async () => {
    const doc = await docFromText(fixture('food-s-suffix.txt').replace('Q/LSY 0004S—2019', 'Q／LSY 0004—2019'), 'food.txt');
    expect(doc.cover.standardNumber?.value).toBe('Q／LSY 0004—2019');
    expect(doc.cover.code).toBe('Q/LSY');
  });

  it('Markdown cover as a list: the number with a year wins over "# GB/T 16263.2"; 代替 goes to replaces; 封面 is no title', async () => {
    const doc = await docFromText(fixture('md-cover-list.md'), 'cover.md');
    expect(doc.cover.standardNumber?.value).toBe('GB/T 45906.3—2025');
    expect(doc.cover.replaces.map((r) => r.value)).toEqual(['GB/T 16263.2—2006']);
    expect(doc.cover.categoryLine?.value).toBe('中华人民共和国国家标准');
    expect(doc.cover.titleZh?.value).toBe('变电站二次系统\u3000第 3 部分: 通信报文规范');
    expect(doc.cover.issued?.value).toBe('2025-08-01');
  });
});

describe('issue 14: a code alone on its line ("GB/T⏎⏎33190—2016")', () => {
  it('is glued to the number in the reference list and in body citations', async () => {
    const doc = await docFromText(fixture('split-code.txt'), 'split.txt');
    expect(doc.references?.entries.map((e) => `${e.key}|${e.year}`)).toEqual(['GB/T 33190|2016', 'GB/T 29194|2012']);
    expect(doc.citations.filter((c) => c.section === 'body').map((c) => c.key)).toEqual(['GB/T 33190']);
    const r = await auditText(fixture('split-code.txt'), 'split.txt');
    expect(ruleIds(r)).not.toContain('references/lead-in');
    expect(ruleIds(r)).not.toContain('references/laws');
  });
});

describe('issue 9: md2std YAML front matter', () => {
  it('the md2std keys become the cover and the foreword md2std generates', async () => {
    const doc = await docFromText(fixture('md2std-front-matter.md'), 'md2std.md');
    expect(doc.cover).toMatchObject({
      standardNumber: { value: 'GB 15082—2026' }, titleZh: { value: '汽车、摩托车用车速表' },
      titleEn: { value: 'Speedometer for motor vehicle and motorcycle' }, ics: { value: '43.040.10' }, ccs: { value: 'T 35' },
      issued: { value: '2026-04-30' }, effective: { value: '2027-07-01' }, publisher: { value: '国家市场监督管理总局\u3000国家标准化管理委员会' },
    });
    expect(doc.cover.replaces.map((r) => r.value)).toEqual(['GB 15082—2008']);
    const foreword = doc.foreword!.blocks.map((b) => (b.kind === 'text' ? b.text : ''));
    expect(foreword[0]).toMatch(/^本文件按照GB\/T 1\.1—2020/);
    expect(foreword).toContain('本文件主要起草人：许秀香、李孝哲、胡金峰、吴刚。');
  });

  it('an unnumbered "## 通用要求" under "# 要求" is a sub-clause, not a chapter', async () => {
    const doc = await docFromText(fixture('md2std-front-matter.md'), 'md2std.md');
    expect(tree(doc.clauses)).toEqual(['- 范围', '- 规范性引用文件', '- 术语和定义', '- 要求', '- 通用要求']);
    const r = await auditText(fixture('md2std-front-matter.md'), 'md2std.md');
    expect(ruleIds(r, 'error')).toEqual([]);
  });

  it('other front matter is ignored with a reader warning', async () => {
    const doc = await docFromText('---\nlayout: post\n---\n\n# 范围\n\n本文件规定了要求。\n', 'blog.md');
    expect(doc.warnings).toContain('md: YAML front matter ignored');
  });
});
