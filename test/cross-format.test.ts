// The same standard must give the same findings in every format. The documents in test/fixtures/cross-format are
// realism fixtures (test/fixtures/format-realism, indicators-realism) set in Word: cover page, running header with
// the standard number, page-number footer, real tables (merged two-row headers), clause numbers from Word automatic
// numbering through the heading styles (fmt20, f09, c10, c04, fmt10) or typed (t01, k15, fmt12); the .pdf and .doc
// are LibreOffice conversions of the .docx. Expected: the rule ids (warning and above) and indicator findings the
// Markdown/text original yields.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { testContext } from './helpers.ts';
import { readDocument } from '../src/readers/index.ts';
import { buildDocument } from '../src/model/build.ts';
import { auditDocument } from '../src/engine/audit.ts';
import type { RawDocument, RawParagraph, RawTable } from '../src/readers/types.ts';
import type { DocumentResult } from '../src/engine/types.ts';

const DIR = path.join(import.meta.dirname, 'fixtures', 'cross-format');
const FORMATS = ['docx', 'pdf', 'doc'] as const;

async function read(name: string): Promise<RawDocument> {
  return readDocument(readFileSync(path.join(DIR, name)), name);
}

async function audit(name: string): Promise<DocumentResult> {
  return auditDocument(buildDocument(await read(name), name), testContext());
}

/** Format rule ids at warning level and above, then indicator findings as "ruleId:indicator". */
function findingIds(r: DocumentResult): string[] {
  const format = new Set(r.findings.filter((f) => f.severity !== 'info' && !f.ruleId.startsWith('indicator/')).map((f) => f.ruleId));
  const found = new Set(r.findings.filter((f) => f.ruleId.startsWith('indicator/')).map((f) => `${f.ruleId}:${f.indicator}`));
  return [...[...format].sort(), ...[...found].sort()];
}

const paragraphs = (d: RawDocument) => d.blocks.filter((b): b is RawParagraph => b.kind === 'paragraph');
const tables = (d: RawDocument) => d.blocks.filter((b): b is RawTable => b.kind === 'table');

const EXPECTED: Record<string, string[]> = {
  'c04-pajamas-prose': ['foreword/patent-statement', 'numbering/lone-subclause', 'wording/forbidden-negation'],
  // Since realism set 3, "5 试验方法　按GB 18401、GB 31701规定的方法测定。" covers every requirement (no test-method finding).
  'c10-infant-print': [
    'completeness/inspection-items', 'foreword/patent-statement', 'numbering/lone-subclause',
    'indicator/missing:总铅', 'indicator/missing:总镉',
  ],
  // Since realism set 3: 4.2.1 (甲醛释放量, 甲苯 … in one sentence) is tested by 5.1 as a whole, and 出厂检验 names 外观,
  // which no requirement states.
  'f09-kids-desk': [
    'completeness/inspection-items', 'foreword/patent-statement', 'indicator/missing:苯', 'indicator/stricter:甲苯', 'indicator/stricter:甲醛',
  ],
  'fmt10-mixed-leadins-sauce': ['foreword/drafting-basis', 'foreword/patent-statement', 'references/lead-in', 'indicator/missing:真菌毒素限量'],
  'fmt12-annex-issues-socket': ['annex/label', 'annex/numbering', 'numbering/lone-subclause'],
  'fmt20-inline-terms-list-reqs-rice': ['identity/dates', 'references/unused'],
  't01-tshirt-grades': [
    'references/missing-from-list', 'indicator/looser:耐干摩擦色牢度', 'indicator/stricter:耐干摩擦色牢度', 'indicator/stricter:耐水色牢度',
    'indicator/stricter:耐碱汗渍色牢度', 'indicator/stricter:耐酸汗渍色牢度',
  ],
};

describe('same findings in .docx, .pdf and .doc as in the Markdown/text original', () => {
  for (const [stem, ids] of Object.entries(EXPECTED)) {
    for (const format of FORMATS) {
      it(`${stem}.${format}`, async () => {
        expect(findingIds(await audit(`${stem}.${format}`))).toEqual(ids);
      });
    }
  }

  // The n/c/m/M microbial table: Word's merged two-row header leaves "霉菌 ≤ | 150 | | | |" under the plan
  // columns, which is read as a plain limit, as the original's one-row header is.
  for (const format of FORMATS) {
    it(`k15-mooncake.${format}`, async () => {
      expect(findingIds(await audit(`k15-mooncake.${format}`))).toEqual([
        'foreword/patent-statement', 'references/missing-from-list', 'references/unused', 'indicator/looser:霉菌',
      ]);
    });
  }
});

describe('.doc: automatic numbering, styles and table grid from the binary structures', () => {
  it('labels clauses and a) lists as Word numbers them', async () => {
    const doc = await read('fmt20-inline-terms-list-reqs-rice.doc');
    expect(doc.warnings).toEqual([]);
    const labelled = paragraphs(doc).filter((p) => p.numLabel !== null).map((p) => `${p.numLabel} ${p.text.slice(0, 6)}`);
    expect(labelled.slice(0, 6)).toEqual(['1 范围', '2 规范性引用文', '3 术语和定义', '3.1 五常大米：以', '3.2 碎米：长度小', '4 产品分类']);
    expect(labelled).toEqual(expect.arrayContaining(['5.2 质量指标', 'a) 碎米总量：一', 'b) 水分：≤15', 'c) 杂质总量：≤', 'd) 色泽、气味：']));
    expect(paragraphs(doc).find((p) => p.text === '质量指标')).toMatchObject({ style: '标准文件_一级条标题', headingLevel: 2 });
  });

  it('places merged header cells on the grid as the .docx reader does', async () => {
    const docx = tables(await read('k15-mooncake.docx'));
    const doc = tables(await read('k15-mooncake.doc'));
    expect(doc.map((t) => ({ rows: t.rows, merged: t.merged }))).toEqual(docx.map((t) => ({ rows: t.rows, merged: t.merged })));
    expect(doc.find((t) => t.rows[0]![1] === '采样方案及限量')!.merged![0]).toEqual(['', '', 'h', 'h', 'h', '']);
  });

  it('splits the rows of a wide table whose row properties sit in the Data stream', async () => {
    const doc = tables(await read('f09-kids-desk.doc'));
    const elements = doc.find((t) => t.rows[0]![0] === '元素')!;
    expect(elements.rows).toHaveLength(2);
    expect(elements.rows[1]!.slice(0, 3)).toEqual(['限量值', '60', '25']);
  });
});

describe('.pdf: tables and lines as LibreOffice lays them out', () => {
  it('keeps a table broken across a page as one table: repeated header dropped, a row split over the break joined', async () => {
    const [t] = tables(await read('t01-tshirt-grades.pdf'));
    expect(t!.rows[0]).toEqual(['项目', '', '优等品', '一等品', '合格品']);
    expect(t!.rows.map((r) => r[0])).toEqual([
      '项目', '甲醛含量、pH 值、异味、可分解致癌芳香胺染料', '顶破强力/N ≥', '水洗尺寸变化率/% ≥', '', '耐水色牢度/级 ≥', '',
      '耐汗渍色牢度/级≥', '', '耐摩擦色牢度/级≥', '',
    ]);
  });

  it('joins a name cell wrapped over several lines at an open bracket, and a centred wrapped line wider than the first', async () => {
    const c10 = tables(await read('c10-infant-print.pdf')).flatMap((t) => t.rows.map((r) => r[0]));
    expect(c10).toContain('邻苯二甲酸酯（DEHP、DBP、BBP、DINP、DIDP、DNOP）/% ≤');
    const fmt10 = tables(await read('fmt10-mixed-leadins-sauce.pdf')).flatMap((t) => t.rows.map((r) => r[0]));
    expect(fmt10).toContain('酸价（以脂肪计）（KOH）/（mg/g） ≤');
  });

  it('closes up letter-spaced (justified) CJK text', async () => {
    const lines = paragraphs(await read('f09-kids-desk.pdf')).map((p) => p.text);
    expect(lines.find((t) => t.startsWith('4.2.1'))).toMatch(/^4\.2\.1 产品在 1 m³ 气候舱中测定的甲醛释放量应不大于/);
  });

  it('does not take a wrapped sentence ending in a number for a table-of-contents line', async () => {
    const doc = buildDocument(await read('c04-pajamas-prose.pdf'), 'c04-pajamas-prose.pdf');
    expect(JSON.stringify(doc)).toContain('本产品不适合36个月及以下婴幼儿穿着。');
  });
});
