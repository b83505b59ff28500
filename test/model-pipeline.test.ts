// The model through the real readers (test/helpers.ts docFromText): Markdown and plain text give the same model.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Clause, StandardDocument } from '../src/model/types.ts';
import { docFromText } from './helpers.ts';

const golden = readFileSync(new URL('./fixtures/golden.md', import.meta.url), 'utf8');
const numbers = (cs: Clause[]): string[] => cs.flatMap((c) => [c.number ?? '?', ...numbers(c.children)]);

/** The golden text as a plain-text draft: no Markdown marks, tables as tab-separated rows. */
function asPlainText(md: string): string {
  return md
    .split('\n')
    .filter((l) => !/^\|[\s|:-]+\|$/.test(l.trim()))
    .map((l) => l.replace(/^#+\s+/, '').replace(/^\|\s*(.*?)\s*\|$/, (_m, cells: string) => cells.split(/\s*\|\s*/).join('\t')))
    .join('\n');
}

function summary(doc: StandardDocument) {
  return {
    number: doc.cover.standardNumber?.value, title: doc.cover.titleZh?.value, issued: doc.cover.issued?.value,
    effective: doc.cover.effective?.value, company: doc.cover.company, bodyTitle: doc.bodyTitle?.value,
    foreword: doc.foreword?.blocks.length, clauses: numbers(doc.clauses),
    refs: doc.references?.entries.map((e) => `${e.key}|${e.year ?? ''}`),
    tables: doc.tables.map((t) => [t.number, t.caption, t.header, t.rows]),
    bodyCitations: doc.citations.filter((c) => c.section === 'body').map((c) => `${c.key}@${c.loc.clause}:${c.usage}`),
  };
}

describe('golden standard through the readers', () => {
  it('md and txt renditions give the same model', async () => {
    const md = await docFromText(golden, 'golden.md');
    const txt = await docFromText(asPlainText(golden), 'golden.txt');
    expect(md.format).toBe('md');
    expect(txt.format).toBe('txt');
    expect(summary(txt)).toEqual(summary(md));
    expect(summary(md)).toMatchObject({
      number: 'Q/CQMY 001—2024', title: '纯棉针织内衣', issued: '2024-05-10', effective: '2024-06-01', foreword: 6,
    });
    expect(md.tables[0]!.rows).toHaveLength(8);
    expect(md.references?.entries).toHaveLength(10);
  });
});

describe('Markdown drafts written without blank lines', () => {
  const md = [
    'ICS 59.080.30', 'CCS W 64', 'Q/CQMY', '重庆美衣纺织品有限公司企业标准', 'Q/CQMY 001—2024', '纯棉针织内衣', 'Cotton knitted underwear',
    '2024-05-10 发布　2024-06-01 实施', '重庆美衣纺织品有限公司　发布', '',
    '## 前言', '', '本文件按照GB/T 1.1—2020《标准化工作导则　第1部分：标准化文件的结构和起草规则》的规定', '起草。', '',
    '## 1 范围', '', '本文件规定了纯棉针织内衣的要求、试验方法、检验规则、标志、包装、运输和贮存，适用于以棉', '纤维为原料的针织内衣。', '',
    '## 2 规范性引用文件', '', '本文件没有规范性引用文件。',
  ].join('\n');
  it('keeps cover lines apart and joins wrapped prose', async () => {
    const doc = await docFromText(md, 'draft.md');
    expect(doc.cover).toMatchObject({ code: 'Q/CQMY', enterpriseCode: 'CQMY' });
    expect([doc.cover.ics?.value, doc.cover.ccs?.value, doc.cover.titleZh?.value, doc.cover.titleEn?.value]).toEqual(['59.080.30', 'W 64', '纯棉针织内衣', 'Cotton knitted underwear']);
    expect([doc.cover.issued?.value, doc.cover.effective?.value, doc.cover.publisher?.value]).toEqual(['2024-05-10', '2024-06-01', '重庆美衣纺织品有限公司']);
    expect(doc.foreword?.blocks.map((b) => b.kind === 'text' && b.text)).toEqual(['本文件按照GB/T 1.1—2020《标准化工作导则　第1部分：标准化文件的结构和起草规则》的规定起草。']);
    expect(doc.clauses[0]!.blocks.map((b) => b.kind === 'text' && b.text)).toEqual(['本文件规定了纯棉针织内衣的要求、试验方法、检验规则、标志、包装、运输和贮存，适用于以棉纤维为原料的针织内衣。']);
    expect(doc.cover.publisher?.loc.line).toBe(9);
  });
});
