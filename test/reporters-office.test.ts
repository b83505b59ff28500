// The Word review report and the spreadsheet: unzip and read the XML back.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { reporters } from '../src/reporters/index.ts';
import { DOCS, RESULT, makeResult } from './fixtures/reporters/result.ts';

const zh = { lang: 'zh', color: false } as const;

async function unzip(name: 'docx' | 'xlsx', result = RESULT, lang: 'zh' | 'en' = 'zh') {
  const bytes = (await reporters[name].render(result, { lang, color: false })) as Uint8Array;
  const files = unzipSync(bytes);
  return { bytes, xml: (path: string) => strFromU8(files[path]!), names: Object.keys(files) };
}

/** Visible text of a WordprocessingML or SpreadsheetML part, entities decoded. */
function textOf(xml: string): string {
  return xml.replace(/<w:p[ >]/g, '\n$&').replace(/<w:br\/>/g, '\n').replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}

function soffice(): string | null {
  for (const dir of (process.env.PATH ?? '').split(':')) if (existsSync(join(dir, 'soffice'))) return join(dir, 'soffice');
  return null;
}

describe('docx review report', () => {
  it('contains the title, batch summary, header table, findings and conclusions', async () => {
    const { xml } = await unzip('docx');
    const doc = xml('word/document.xml');
    const text = textOf(doc);
    expect(text).toContain('企业标准审查意见书');
    expect(text).toContain('批次汇总');
    for (const label of ['标准编号', '标准名称', '企业名称', '审查日期', '适用基线', '序号', '条款', '问题描述', '依据', '修改建议']) {
      expect(text).toContain(label);
    }
    expect(text).toContain('【须修改】要求型条款使用了“必须”，应使用“应”');
    expect(text).toContain('【建议修改】标准编号中顺序号与年号之间应使用一字线“—”');
    expect(text).not.toContain('数值与单位之间应空一格'); // info findings are not asked of the company
    expect(text).toContain('【须修改】“甲醛含量”声明值≤300 mg/kg宽于GB 18401—2010的限值≤75 mg/kg（B类）\n“甲醛含量/(mg/kg)  ≤300”');
    expect(text).toContain('下列文件中的内容通过文中的规范性引用而构成本文件必不可少的条款。');
    expect(text).toContain('结论：存在 4 项须修改的问题（格式问题 2 项，缺少强制性指标 1 项，低于强制性要求 1 项），请修改后重新自我声明公开。另有 1 项建议修改的问题。');
    expect(text).toContain('结论：未发现须修改的问题。');
    expect(text).toContain('结论：文件无法读取（CORRUPT_ZIP：');
    expect(text.match(/审查人：/g)).toHaveLength(3);
    expect(text).toContain('针织内衣<script>alert(1)</script>'); // text, not markup: escaped in the XML
    expect(doc).toContain('针织内衣&lt;script&gt;');
    // a page break before each document after the batch summary
    expect(doc.match(/<w:pageBreakBefore\/>/g)).toHaveLength(3);
    expect(doc).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/); // the fixture's vertical tab is gone
  });

  it('sets an East Asian font and is byte-for-byte deterministic', async () => {
    const a = await unzip('docx');
    expect(a.xml('word/styles.xml')).toMatch(/w:eastAsia="宋体"/);
    expect(a.xml('docProps/core.xml')).toContain('2026-11-23T00:00:00Z');
    const b = await unzip('docx');
    expect(Buffer.from(b.bytes).equals(Buffer.from(a.bytes))).toBe(true);
  });

  it('has no batch summary for a single document, and speaks English with --lang en', async () => {
    const { xml } = await unzip('docx', makeResult([DOCS.problems]), 'en');
    const text = textOf(xml('word/document.xml'));
    expect(text).toContain('Enterprise standard review report');
    expect(text).not.toContain('Batch summary');
    expect(text).toContain('Conclusion: 4 problem(s) must be corrected');
  });

  it('opens in LibreOffice when it is installed', async () => {
    const bin = soffice();
    if (!bin) return; // LibreOffice is optional on developer machines; the unzip checks above still ran
    const dir = mkdtempSync(join(tmpdir(), 'std-audit-docx-'));
    try {
      writeFileSync(join(dir, 'review.docx'), (await reporters.docx.render(RESULT, zh)) as Uint8Array);
      execFileSync(bin, [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, join(dir, 'review.docx')], { stdio: 'ignore', timeout: 120_000 });
      expect(readdirSync(dir)).toContain('review.pdf');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 150_000);
});

describe('xlsx', () => {
  it('is a workbook with Summary, Documents and Findings sheets', async () => {
    const { xml, names } = await unzip('xlsx');
    expect(names[0]).toBe('[Content_Types].xml');
    expect(xml('xl/workbook.xml')).toMatch(/<sheet name="汇总" sheetId="1" r:id="rId1"\/><sheet name="文档" sheetId="2" r:id="rId2"\/><sheet name="问题清单" sheetId="3" r:id="rId3"\/>/);
    for (let i = 1; i <= 3; i++) expect(xml('[Content_Types].xml')).toContain(`/xl/worksheets/sheet${i}.xml`);
  });

  it('has one row per finding plus unreadable documents, with a bold frozen filtered header', async () => {
    const { xml } = await unzip('xlsx');
    const sheet = xml('xl/worksheets/sheet3.xml');
    const rows = sheet.match(/<row r="\d+">.*?<\/row>/g)!;
    expect(rows).toHaveLength(1 + 1 + DOCS.problems.findings.length);
    expect(rows[0]).toMatch(/<c r="A1" s="1" t="inlineStr"><is><t xml:space="preserve">文件<\/t>/);
    expect(sheet).toContain('<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>');
    expect(sheet).toContain('<autoFilter ref="A1:P8"/>');
    expect(xml('xl/workbook.xml')).toContain(`<definedName name="_xlnm._FilterDatabase" localSheetId="2" hidden="1">'问题清单'!$A$1:$P$8</definedName>`);
    expect(textOf(rows[1]!)).toContain('[CORRUPT_ZIP]');
    expect(sheet).toContain('<c r="H3"><v>12</v></c>'); // line numbers are numbers
  });

  it('neutralises formula injection and strips XML-invalid characters', async () => {
    const { xml } = await unzip('xlsx');
    const sheet = xml('xl/worksheets/sheet3.xml');
    const cells = [...sheet.matchAll(/<t xml:space="preserve">([^<]*)<\/t>/g)].map((m) => textOf(m[1]!));
    expect(cells).toContain(`'=HYPERLINK("http://x","某某服饰有限公司")`);
    expect(cells).toContain("'-300 mg/kg");
    expect(cells.some((c) => /^[=+\-@]/.test(c))).toBe(false);
    expect(sheet).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
    expect(sheet).not.toContain('<f>');
  });

  it('summarises the batch and each document', async () => {
    const { xml } = await unzip('xlsx');
    const summary = textOf(xml('xl/worksheets/sheet1.xml'));
    expect(summary).toContain('有格式问题1/2 (50.0%)');
    expect(summary).toContain('wording/must1');
    const docs = xml('xl/worksheets/sheet2.xml').match(/<row r="\d+">.*?<\/row>/g)!;
    expect(docs).toHaveLength(4);
    expect(textOf(docs[3]!)).toContain('Q/ABC 002-2023');
    expect(docs[3]).toMatch(/<c r="F4"><v>4<\/v><\/c><c r="G4"><v>1<\/v><\/c>/);
  });
});
