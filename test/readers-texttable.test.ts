import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { tableAt } from '../src/readers/texttable.ts';
import { readDocument } from '../src/readers/index.ts';
import type { RawTable } from '../src/readers/types.ts';

const fixture = (name: string): string[] =>
  readFileSync(new URL(`./fixtures/texttable/${name}`, import.meta.url), 'utf8').replace(/\n$/, '').split('\n');

/** Display width as an editor with a CJK font shows it (CJK and full-width forms = 2), or one per character (pdftotext). */
const widthOf = (s: string, cjkWide: boolean): number =>
  [...s].reduce((w, ch) => w + (cjkWide && /[\u3000-\u9fff\uff00-\uff60]/.test(ch) ? 2 : 1), 0);

/** Lines with each cell starting at the given column (under the chosen measure), as a text export lays a table out. */
function layout(rows: string[][], starts: number[], cjkWide: boolean): string[] {
  return rows.map((cells) => {
    let line = '';
    cells.forEach((c, k) => {
      if (!c) return;
      const pad = starts[k]! - widthOf(line, cjkWide);
      if (pad < 2 && line) throw new Error(`cell "${c}" does not fit before column ${starts[k]}`);
      line += ' '.repeat(Math.max(0, pad)) + c;
    });
    return line;
  });
}

const grid = (lines: string[], start = 0): string[][] | null => tableAt(lines, start, true)?.rows ?? null;
const tablesOf = async (lines: string[]): Promise<RawTable[]> =>
  (await readDocument(new TextEncoder().encode(lines.join('\n')), 'x.txt')).blocks.filter((b): b is RawTable => b.kind === 'table');

describe('space-aligned tables: columns by position', () => {
  it('reads empty cells and a comparator column that has no header (editor-aligned, CJK double width)', () => {
    const lines = [
      '项目                                    单位        要求',
      '游离甲醛                        ≤       mg/kg       300',
      'pH值                                    —           4.0～9.0',
      '耐水色牢度（变色、沾色）        ≥       级          3',
      '异味                                    —           无',
      '可分解致癌芳香胺染料                    mg/kg       禁用',
      '',
      '4.2　遮光率',
    ];
    const t = tableAt(lines, 0, true)!;
    expect(t.rows).toEqual([
      ['项目', '', '单位', '要求'],
      ['游离甲醛', '≤', 'mg/kg', '300'],
      ['pH值', '', '—', '4.0～9.0'],
      ['耐水色牢度（变色、沾色）', '≥', '级', '3'],
      ['异味', '', '—', '无'],
      ['可分解致癌芳香胺染料', '', 'mg/kg', '禁用'],
    ]);
    expect([t.rowIndex, t.consumed, t.merged]).toEqual([[0, 1, 2, 3, 4, 5], 6, undefined]);
  });

  it('reads a letter-spaced header over a comparator and value sharing a cell ("≤   75" under "指    标")', () => {
    const lines = [
      '表1  理化指标',
      '项    目                     单位        指    标          检验方法',
      '甲醛含量                     mg/kg       ≤   75            GB/T 2912.1',
      'pH值                                     4.0～8.5           GB/T 7573',
      '异味                                     无                 GB/T 18401',
      '可分解致癌芳香胺染料          mg/kg       禁用               GB/T 17592',
    ];
    expect(grid(lines, 0)).toBeNull(); // the caption is not a row
    expect(grid(lines, 1)).toEqual([
      ['项目', '单位', '指标', '检验方法'],
      ['甲醛含量', 'mg/kg', '≤ 75', 'GB/T 2912.1'],
      ['pH值', '', '4.0～8.5', 'GB/T 7573'],
      ['异味', '', '无', 'GB/T 18401'],
      ['可分解致癌芳香胺染料', 'mg/kg', '禁用', 'GB/T 17592'],
    ]);
  });

  it('keeps single spaces inside cells and closes up a letter-spaced, centred header', () => {
    const lines = [
      '          项    目                        指    标          检验方法',
      ...layout([
        ['水分/%', '≤', '7.0', 'GB/T 8304'],
        ['耐洗刷性/次', '≥', '1 000', 'GB/T 9266—2009'],
        ['甲醛含量/(mg/kg)　≤', '', '≤ 75', 'GB/T 2912.1'],
      ], [0, 28, 43, 57], true),
    ];
    expect(grid(lines)).toEqual([
      ['项目', '', '指标', '检验方法'],
      ['水分/%', '≤', '7.0', 'GB/T 8304'],
      ['耐洗刷性/次', '≥', '1 000', 'GB/T 9266—2009'],
      ['甲醛含量/(mg/kg)　≤', '', '≤ 75', 'GB/T 2912.1'],
    ]);
  });

  it('reads the same table whether CJK was laid out double width (editor) or one column per character (pdftotext)', () => {
    const rows = [
      ['项目', '', '限量值/(mg/kg)', '试验方法'],
      ['可迁移锑（Sb）', '≤', '60', '5.3'],
      ['二甲苯（邻、间、对之和）', '≤', '200', '5.2'],
      ['TVOC', '', '≤500', 'GB 18584—2024附录D'],
    ];
    const editor = layout(rows, [0, 30, 38, 56], true);
    const pdftotext = layout(rows, [0, 18, 24, 40], false);
    expect(grid(editor)).toEqual(rows);
    expect(grid(pdftotext)).toEqual(rows);
    // read with the wrong measure, the editor text would put "≤" and the values of long items in other columns
    expect(editor[2]!.indexOf('≤')).not.toBe(editor[1]!.indexOf('≤'));
  });

  it('reads pdftotext -layout output: centred cells, a comparator after a long item, cells wrapped over lines', () => {
    const furniture = fixture('furniture-pdftotext.txt');
    expect(grid(furniture, 1)).toEqual([
      ['项目', '', '限量值/(μg/m³)', '试验方法'],
      ['甲醛 ≤', '', '80', '5.2'],
      ['苯 ≤', '', '60', '5.2'],
      ['甲苯 ≤', '', '150', '5.2'],
      ['二甲苯（邻、间、对之和）', '≤', '200', '5.2'],
      ['TVOC ≤', '', '500', '5.2'],
    ]);
    const sensory = fixture('sensory-wrapped-pdftotext.txt');
    const t = tableAt(sensory, 1, true)!;
    expect(t.rows).toEqual([
      ['项目', '要求', '检验方法'],
      ['色泽', '具有该产品应有的色泽', '5.1'],
      ['滋味、气味', '具有该产品应有的滋味和气味，无异味', '5.1'],
      ['状态', '具有该产品应有的状态，无霉变，无正常视力可见外来异物', '5.1'],
    ]);
    expect([t.rowIndex, t.consumed]).toEqual([[1, 2, 3, 5], 7]);
  });

  it('keeps a sub-row with a value of its own apart from the row above', () => {
    const lines = layout([
      ['项目', '类别', '指标'],
      ['甲醛含量/(mg/kg)', '婴幼儿用品', '≤20'],
      ['', '直接接触皮肤', '≤75'],
      ['', '非直接接触皮肤', '≤300'],
    ], [0, 20, 36], true);
    expect(grid(lines)).toEqual([
      ['项目', '类别', '指标'], ['甲醛含量/(mg/kg)', '婴幼儿用品', '≤20'], ['', '直接接触皮肤', '≤75'], ['', '非直接接触皮肤', '≤300'],
    ]);
  });

  it('reads a two-line header: a cell over several columns is merged, sub-headers fill the row below', () => {
    const microbes = [
      '项目                    采样方案及限量                              检验方法',
      '                        n      c      m           M',
      '菌落总数/(CFU/g)        5      2      10⁴         10⁵               GB 4789.2',
      '大肠菌群/(CFU/g)        5      2      10          10²               GB 4789.3',
      '霉菌/(CFU/g)            ≤200                                        GB 4789.15',
    ];
    const t = tableAt(microbes, 0, true)!;
    expect(t.rows).toEqual([
      ['项目', '采样方案及限量', '', '', '', '检验方法'],
      ['', 'n', 'c', 'm', 'M', ''],
      ['菌落总数/(CFU/g)', '5', '2', '10⁴', '10⁵', 'GB 4789.2'],
      ['大肠菌群/(CFU/g)', '5', '2', '10', '10²', 'GB 4789.3'],
      ['霉菌/(CFU/g)', '≤200', '', '', '', 'GB 4789.15'],
    ]);
    // the top header ends where the "m" column starts: read as spanning it too
    expect(t.merged![0]).toEqual(['', '', 'h', 'h', '', '']);
    expect(t.merged!.slice(1).flat().every((f) => f === '')).toBe(true);
    const pipe = [
      '   公称外径dn        平均外径               壁厚（S5）         壁厚（S4）',
      '                   最小      最大',
      '      20           20.0      20.3              2.0                2.3',
      '      25           25.0      25.3              2.3                2.8',
    ];
    const p = tableAt(pipe, 0, true)!;
    expect(p.rows.slice(0, 3)).toEqual([['公称外径dn', '平均外径', '', '壁厚（S5）', '壁厚（S4）'], ['', '最小', '最大', '', ''], ['20', '20.0', '20.3', '2.0', '2.3']]);
    expect(p.merged![0]).toEqual(['', '', 'h', '', '']);
  });

  it('keeps ragged trailing columns: a missing last cell, a header column empty in the body', () => {
    const lines = [
      ...layout([
        ['项目', '', '指标', '试验方法', '备注'],
        ['耐水色牢度/级（变色、沾色）', '≥', '3', '4.3'],
        ['耐光色牢度/级', '≥', '3'],
        ['耐干摩擦色牢度/级', '≥', '3', 'GB/T 3920—2008 耐摩擦色牢度'],
      ], [0, 30, 40, 50, 84], true),
    ];
    expect(grid(lines)).toEqual([
      ['项目', '', '指标', '试验方法', '备注'],
      ['耐水色牢度/级（变色、沾色）', '≥', '3', '4.3', ''],
      ['耐光色牢度/级', '≥', '3', '', ''],
      ['耐干摩擦色牢度/级', '≥', '3', 'GB/T 3920—2008 耐摩擦色牢度', ''],
    ]);
  });

  it('reads two-column tables of three rows or more, but not two-row runs', () => {
    const oil = layout([['项目', '指标'], ['酸价(KOH)/(mg/g)', '≤3.0'], ['过氧化值/(g/100g)', '≤0.25']], [0, 30], true);
    expect(grid(oil)).toEqual([['项目', '指标'], ['酸价(KOH)/(mg/g)', '≤3.0'], ['过氧化值/(g/100g)', '≤0.25']]);
    expect(grid(oil.slice(0, 2))).toBeNull();
  });

  it('ends the table at a sentence, a clause heading, a note, a caption, a list item or page furniture', () => {
    const table = layout([['项目', '', '指标', '试验方法'], ['断裂强力/N', '≥', '250', 'GB/T 3923.1'], ['pH值', '', '4.0～8.5', 'GB/T 7573']], [0, 18, 30, 48], true);
    for (const next of [
      '外观质量应符合FZ/T 62011.1的规定，且不应有破损。',
      '4.3　外观质量',
      '5  试验方法',
      '注：断裂强力按经向测定。',
      '表2　外观质量',
      'a)  色差不低于4级；',
      '                                1',
      '                                            Q/CDSJ 002—2025',
      '\f5.1　甲醛含量',
    ]) {
      const t = tableAt([...table, next, '甲醛  ≤  75  5.1'], 0, true);
      expect([next, t?.consumed]).toEqual([next, 3]);
    }
  });

  it('ends the table at a line whose pieces bridge every column, and finds a table right under a prose line', () => {
    const table = layout([['项目', '', '指标', '试验方法'], ['断裂强力/N', '≥', '250', 'GB/T 3923.1'], ['pH值', '', '4.0～8.5', 'GB/T 7573']], [0, 18, 30, 48], true);
    const bridging = '外观质量应符合FZ/T 62011.1的规定且不应有  任何影响使用的疵点和污渍';
    expect(tableAt([...table, bridging], 0, true)?.consumed).toBe(3);
    const prose = '产品的内在质量应符合表1的规定  并按第5章试验';
    const lines = [prose, ...table];
    expect(tableAt(lines, 0, true)).toBeNull();
    expect(tableAt(lines, 1, true)?.rows).toEqual([['项目', '', '指标', '试验方法'], ['断裂强力/N', '≥', '250', 'GB/T 3923.1'], ['pH值', '', '4.0～8.5', 'GB/T 7573']]);
  });
});

describe('space-aligned lines that are not tables', () => {
  it.each([
    ['prose with accidental double spaces', [
      '本文件规定了遮光窗帘布的要求、试验方法  和检验规则。',
      '本文件适用于以涤纶为主要原料  织造并经涂层整理的遮光窗帘布，也适用于  其他。',
      '产品分为  A类和B类  两类。',
    ]],
    ['clause headings', ['4.1  要求', '4.2  外观', '4.3  理化性能', '5  试验方法']],
    ['list items', ['a)  甲醛含量；', 'b)  pH值；', 'c)  异味。']],
    ['a table of contents with leaders', ['前言  ........................  I', '1  范围  ......................  1', '2  规范性引用文件  ............  1']],
    ['a table of contents without leaders', ['前言                    I', '1  范围                1', '2  规范性引用文件      1', '3  术语和定义          2']],
    ['aligned reference entries', ['GB/T 191        包装储运图示标志', 'GB/T 2828.1     计数抽样检验程序', 'GB 18401        国家纺织产品基本安全技术规范']],
    ['a cover date line over the publisher line', [
      '2024-08-26发布                                        2024-09-01实施',
      '                    广东美顺五金制品有限公司            发 布',
    ]],
  ])('%s', async (_name, lines) => {
    for (let i = 0; i < lines.length; i++) expect([i, grid(lines, i)]).toEqual([i, null]);
    expect(await tablesOf(lines)).toEqual([]);
  });
});

describe('plain text reader with space-aligned tables', () => {
  it('gives one table block with its rows\' source lines, and the paragraphs around it', async () => {
    const lines = [
      '表1　安全性能', '',
      '项目                                    单位        要求',
      '游离甲醛                        ≤       mg/kg       300',
      'pH值                                    —           4.0～9.0',
      '4.2　遮光率',
    ];
    const doc = await readDocument(new TextEncoder().encode(lines.join('\n')), 'x.txt');
    expect(doc.blocks.map((b) => (b.kind === 'table' ? b.rows.length : b.text))).toEqual(['表1　安全性能', 3, '4.2　遮光率']);
    const t = doc.blocks[1] as RawTable;
    expect(t.rowPos!.map((p) => p.line)).toEqual([3, 4, 5]);
    expect(t.merged).toBeUndefined();
  });

  it('reads the curtain standard\'s safety table as one table, not fragments', async () => {
    const doc = await readDocument(readFileSync(new URL('./fixtures/indicators-realism/t04-curtain.txt', import.meta.url)), 't04.txt');
    const tables = doc.blocks.filter((b): b is RawTable => b.kind === 'table');
    expect(tables.map((t) => [t.pos.line, t.rows.length, t.rows[0]!.length])).toEqual([[62, 7, 4]]);
    expect(tables[0]!.rows[1]).toEqual(['游离甲醛', '≤', 'mg/kg', '300']);
  });

  it('passes merged header cells on to the table block', async () => {
    const [t] = await tablesOf([
      '项目                    采样方案及限量                              检验方法',
      '                        n      c      m           M',
      '菌落总数/(CFU/g)        5      2      10⁴         10⁵               GB 4789.2',
      '大肠菌群/(CFU/g)        5      2      10          10²               GB 4789.3',
    ]);
    expect(t!.merged![0]).toEqual(['', '', 'h', 'h', '', '']);
  });
});

describe('long runs of lines that are no table', () => {
  it('reads them in linear time: a table of contents, Word-exported numbered clauses', () => {
    const contents = Array.from({ length: 10_000 }, (_v, i) => `${i + 1}  范围${i}${' '.repeat(30 - String(i).length * 2)}${i % 100}`);
    const clauses = Array.from({ length: 10_000 }, (_v, i) => `${Math.floor(i / 10) + 1}.${(i % 10) + 1}\t条款${i}`);
    for (const lines of [contents, clauses]) {
      const t0 = performance.now();
      let found = 0;
      for (let i = 0; i < lines.length; i++) if (tableAt(lines, i, true)) found++;
      expect([found, performance.now() - t0 < 5_000]).toEqual([0, true]);
    }
  });
});
