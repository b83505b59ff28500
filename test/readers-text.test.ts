import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { readDocument } from '../src/readers/index.ts';
import type { RawDocument, RawParagraph, RawTable } from '../src/readers/types.ts';

const GOLDEN = readFileSync(new URL('./fixtures/golden.md', import.meta.url), 'utf8');
const DOC_FIXTURE = new URL('./fixtures/readers/template.doc', import.meta.url);

const paragraphs = (d: RawDocument): RawParagraph[] => d.blocks.filter((b): b is RawParagraph => b.kind === 'paragraph');
const tables = (d: RawDocument): RawTable[] => d.blocks.filter((b): b is RawTable => b.kind === 'table');
const texts = (d: RawDocument): (string | string[][])[] => d.blocks.map((b) => (b.kind === 'paragraph' ? b.text : b.rows));
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const gbk = (s: string): Uint8Array => {
  // Node has no GBK encoder; map through the decoder's table for the characters used here
  const table = new Map<string, number[]>();
  const dec = new TextDecoder('gb18030');
  for (let hi = 0x81; hi <= 0xfe; hi++) {
    for (let lo = 0x40; lo <= 0xfe; lo++) {
      if (lo === 0x7f) continue;
      const ch = dec.decode(new Uint8Array([hi, lo]));
      if (ch.length === 1 && !table.has(ch)) table.set(ch, [hi, lo]);
    }
  }
  const out: number[] = [];
  for (const ch of s) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) out.push(code);
    else out.push(...(table.get(ch) ?? (() => { throw new Error(`no GBK code for ${ch}`); })()));
  }
  return new Uint8Array(out);
};

describe('Markdown reader on the golden fixture', () => {
  it('reads headings with levels, paragraphs, tables, and source line numbers', async () => {
    const doc = await readDocument(utf8(GOLDEN), 'golden.md');
    expect(doc).toMatchObject({ format: 'md', encoding: 'utf-8', pageCount: null, headers: [], footers: [] });
    const headings = paragraphs(doc).filter((x) => x.headingLevel !== null);
    expect(headings.slice(0, 4).map((h) => [h.text, h.headingLevel, h.style])).toEqual([
      ['纯棉针织内衣', 1, 'heading 1'], ['前言', 2, 'heading 2'], ['1 范围', 2, 'heading 2'], ['2 规范性引用文件', 2, 'heading 2'],
    ]);
    expect(headings.filter((h) => h.headingLevel === 2).map((h) => h.text.split(' ')[0])).toEqual(['前言', '1', '2', '3', '4', '5', '6', '7', '附录A（规范性）抽样方案']);
    expect(headings.find((h) => h.text === '5.3 耐水色牢度')!.headingLevel).toBe(3);
    const [t1, ta1] = tables(doc);
    expect(t1!.rows[0]).toEqual(['项目', '指标', '试验方法']);
    expect(t1!.rows[1]).toEqual(['甲醛含量/(mg/kg)　≤', '75', '5.1']);
    expect(t1!.rows).toHaveLength(9); // header + 8 rows, separator row dropped
    expect(ta1!.rows).toEqual([['检验项目', 'AQL'], ['外观质量', '4.0'], ['安全性能', '0']]);
    // positions point into the .md source
    expect(doc.lines).toEqual(GOLDEN.replace(/\n$/, '').split('\n'));
    for (const b of doc.blocks) {
      if (b.kind === 'paragraph') expect(doc.lines[b.pos.line - 1]).toContain(b.text.split('\n')[0]);
    }
    expect(doc.lines[t1!.rowPos![1]!.line - 1]).toContain('甲醛含量');
    expect(paragraphs(doc).find((x) => x.text.startsWith('Q/CQMY 001'))!.text).toBe('Q/CQMY 001—2024');
  });

  it('skips front matter and comments, strips list markers but keeps a) markers, joins paragraph lines', async () => {
    const md = [
      '---', 'title: 草案', '---', '', '<!-- 内部备注', '不要输出 -->', '# 标题 #', '', '- 列项一', '* 列项二', '1. 列项三',
      'a) 字母列项', '', '第一行', '第二行', 'and more', 'text here', '', 'Setext 标题', '======', '',
      '| A | B \\| C |', '|---|:---:|', '| 1 | **2** |', '', '***', '说明<!-- 行内 -->文字', '', '```', 'code | not table', '```',
    ].join('\n');
    const doc = await readDocument(utf8(md), 'draft.markdown');
    expect(texts(doc)).toEqual([
      '标题', '列项一', '列项二', '列项三', 'a) 字母列项', '第一行\n第二行\nand more\ntext here', 'Setext 标题',
      [['A', 'B | C'], ['1', '2']], '说明文字', 'code | not table',
    ]);
    expect(paragraphs(doc).map((x) => x.pos.line)).toEqual([7, 9, 10, 11, 12, 14, 19, 27, 30]);
    expect(paragraphs(doc).find((x) => x.text === 'Setext 标题')!.headingLevel).toBe(1);
  });
});

describe('Markdown tables', () => {
  it('reads tables without outer pipes when a delimiter row follows, not lone lines with a pipe', async () => {
    const doc = await readDocument(utf8('a | b\n--- | ---\n1 | 2\n\n说明 | 不是表\n下一行\n'), 'x.md');
    expect(texts(doc)).toEqual([[['a', 'b'], ['1', '2']], '说明 | 不是表\n下一行']);
  });
});

describe('plain text reader', () => {
  const asText = GOLDEN.replace(/^#+ /gm, '').replace(/^\|---.*\n/gm, '').replace(/^\| (.*) \|$/gm, (_m, row: string) => row.split(' | ').join('\t'));

  it('reads a GBK copy of the golden standard: encoding, one paragraph per line, tab tables', async () => {
    const doc = await readDocument(gbk(asText), 'golden.txt');
    expect(doc).toMatchObject({ format: 'txt', encoding: 'gb18030' });
    expect(paragraphs(doc).map((x) => x.text)).toContain('Q/CQMY 001—2024');
    expect(paragraphs(doc).map((x) => x.text)).toContain('5.1 甲醛含量');
    expect(paragraphs(doc).slice(0, 2).map((x) => [x.text, x.pos.line])).toEqual([['ICS 59.080.30', 1], ['CCS W 64', 2]]);
    const [t1, ta1] = tables(doc);
    expect(t1!.rows[1]).toEqual(['甲醛含量/(mg/kg)　≤', '75', '5.1']);
    expect(t1!.rows).toHaveLength(9);
    expect(ta1!.rows).toEqual([['检验项目', 'AQL'], ['外观质量', '4.0'], ['安全性能', '0']]);
    expect(doc.lines.length).toBe(asText.replace(/\n$/, '').split('\n').length);
  });

  it('decodes BOMs (UTF-8, UTF-16LE/BE) and a UTF-8 file cut inside a character', async () => {
    const s = '范围\n本文件。\n';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')]);
    const be = Buffer.from(Buffer.from(s, 'utf16le')).swap16();
    expect((await readDocument(le, 'a.txt')).encoding).toBe('utf-16le');
    expect(texts(await readDocument(Buffer.concat([Buffer.from([0xfe, 0xff]), be]), 'a.txt'))).toEqual(['范围', '本文件。']);
    const bom = await readDocument(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(s)]), 'a.txt');
    expect([bom.encoding, texts(bom)[0]]).toEqual(['utf-8', '范围']);
    const noBom = await readDocument(Buffer.from('ICS 59.080.30\nQ/ABC 001—2024\n', 'utf16le'), 'nobom.txt');
    expect([noBom.encoding, texts(noBom)]).toEqual(['utf-16le', ['ICS 59.080.30', 'Q/ABC 001—2024']]);
    const cut = await readDocument(utf8('范围\n本文件').subarray(0, -1), 'cut.txt');
    expect(cut.encoding).toBe('utf-8');
    expect(cut.warnings.join()).toMatch(/truncated/);
  });

  it('finds tables by pipes, tabs or aligned columns, but not numbered headings or reference lists', async () => {
    const txt = [
      '5\t试验方法', '5.1\t甲醛含量', '',
      'GB/T 191  包装储运图示标志', 'GB/T 2828.1—2012  计数抽样检验程序', '',
      '项目　　指标　　方法', '甲醛　　75　　5.1', '',
      '表1　安全性能要求', '甲醛含量　≤', '',
      '| a | b |', '| 1 | 2 |', '',
      '名称\t数值', '密度\t1.2',
    ].join('\r\n');
    const doc = await readDocument(utf8(txt), 'x.txt');
    expect(texts(doc)).toEqual([
      '5\t试验方法', '5.1\t甲醛含量', 'GB/T 191  包装储运图示标志', 'GB/T 2828.1—2012  计数抽样检验程序',
      [['项目', '指标', '方法'], ['甲醛', '75', '5.1']], '表1　安全性能要求', '甲醛含量　≤',
      [['a', 'b'], ['1', '2']], [['名称', '数值'], ['密度', '1.2']],
    ]);
    expect(tables(doc)[0]!.rowPos!.map((r) => r.line)).toEqual([7, 8]);
  });

  it('treats form feed as a page break and truncates extremely long lines', async () => {
    const long = '长'.repeat(150_000);
    const doc = await readDocument(utf8(`封面\n\f前言\n第二页\f第三页\n${long}\n`), 'x.txt');
    expect(paragraphs(doc).map((x) => [x.text.slice(0, 4), x.pageBreakBefore, x.pos.line])).toEqual([
      ['封面', false, 1], ['前言', true, 2], ['第二页', false, 3], ['第三页', true, 3], ['长长长长', false, 4],
    ]);
    expect(paragraphs(doc)[4]!.text.length).toBe(100_000);
    expect(doc.warnings.join()).toMatch(/line 4 truncated/);
  });
});

describe('legacy .doc reader', () => {
  it('keeps the em dash, reads table rows and headers, and rebuilds the automatic numbering', async () => {
    const doc = await readDocument(readFileSync(DOC_FIXTURE), 'template.doc');
    expect(doc).toMatchObject({ format: 'doc', encoding: null, headers: ['Q/ABC 001—2024'], footers: ['I'] });
    expect(paragraphs(doc)[0]!.text).toBe('Q/ABC 001—2024');
    expect(paragraphs(doc).map((x) => x.text)).toContain('本文件按照GB/T 1.1—2020的规定起草。');
    const [t] = tables(doc);
    expect(t!.rows.slice(0, 3)).toEqual([['项目', '指标', '试验方法'], ['甲醛含量/(mg/kg)　≤', '75', '5.1'], ['', '20', '5.1']]);
    expect(doc.lines[t!.rowPos![0]!.line - 1]).toBe('项目 | 指标 | 试验方法');
    expect(doc.warnings).toEqual([]);
    // The labels LibreOffice shows for this file: its .doc export put the first heading and the first list item in
    // lists of their own, hence "1, 1, 2" and "a), a)".
    const labelled = paragraphs(doc).filter((p) => p.numLabel !== null).map((p) => `${p.numLabel} ${p.text}`);
    expect(labelled).toEqual([
      '1 范围', '1 规范性引用文件', '2 术语和定义', '3 要求', '3.1 安全性能', '3.2 外观质量', 'a) 无破洞；', 'a) 无油污。', '4 试验方法',
      '4.1 甲醛含量', '4.1.1 样品制备', '4.1.2 测定', '4.2 pH值', '5 检验规则', '6 标志、包装、运输和贮存', '附录A （规范性）',
      'A.1 抽样方法',
    ]);
    expect(paragraphs(doc).find((p) => p.text === '安全性能')).toMatchObject({ style: '标准文件_一级条标题', headingLevel: 2 });
  });
});

describe('Markdown HTML tables (MinerU output)', () => {
  it('reads <table><tr><td> with rowspan/colspan as a merged RawTable', async () => {
    const md = [
      '<div style="text-align: center;">表 1 电磁干扰条件</div>', '',
      "<table border=1><tr><th>试验名称</th><th colspan=\"2\">试验参数</th></tr><tr><td rowspan=\"2\">射频&amp;抗扰度</td><td>场强/(V/m)</td><td>10</td></tr>",
      '<tr><td>频率范围/MHz</td><td>80～1000</td></tr></table>', '', '正文。',
    ].join('\n');
    const doc = await readDocument(utf8(md), 'mineru.md');
    const table = doc.blocks.find((b) => b.kind === 'table');
    expect(table).toMatchObject({
      rows: [['试验名称', '试验参数', ''], ['射频&抗扰度', '场强/(V/m)', '10'], ['', '频率范围/MHz', '80～1000']],
      merged: [['', '', 'h'], ['', '', ''], ['v', '', '']],
      pos: { line: 3 },
    });
    expect(texts(doc).at(-1)).toBe('正文。');
    expect(texts(doc)[0]).toBe('表 1 电磁干扰条件');
  });
});

describe('Markdown YAML front matter', () => {
  it('md2std keys become cover and foreword lines; other front matter is ignored with a warning', async () => {
    const md2std = await readDocument(utf8('---\nnumber: GB 15082—2026\ntitle: 车速表\npublish_date: 2026-04-30\n---\n\n# 范围\n'), 'a.md');
    expect(texts(md2std)).toEqual(['GB 15082—2026', '车速表', '2026-04-30 发布', '范围']);
    expect(paragraphs(md2std)[0]!.pos.line).toBe(2);
    const other = await readDocument(utf8('---\nlayout: post\n---\n\n# 范围\n'), 'b.md');
    expect(texts(other)).toEqual(['范围']);
    expect(other.warnings).toContain('md: YAML front matter ignored');
  });
});
