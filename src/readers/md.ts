// Markdown drafts: ATX/setext headings, paragraphs (blank-line separated), list items, pipe tables, HTML <table> blocks.
// md2std YAML front matter is read as the cover and foreword it stands for; HTML comments are skipped; positions are
// source lines.
import { spanAttr, spanGrid } from './span-grid.ts';
import type { RawBlock, RawDocument, RawParagraph } from './types.ts';
import type { Decoded } from './decode.ts';
import { splitSourceLines } from './lines.ts';
import { capLines } from './txt.ts';
import { tableAt } from './texttable.ts';
import { parseYaml } from '../yaml.ts';

const ATX_OPEN = /^ {0,3}(#{1,6})(?=[^#]|$)/;
const SETEXT_1 = /^ {0,3}=+[ \t]*$/;
const SETEXT_2 = /^ {0,3}-+[ \t]*$/;
const THEMATIC = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
// "- x", "* x", "+ x", "1. x"; "a)" and "1)" are kept: in standards they are part of the text
const LIST_ITEM = /^[ \t]*([-*+]|\d{1,9}\.)[ \t]+(.*)$/;
/** Standards' own list items ("a) …", "1) …", "——…"): a new paragraph each, marker kept. */
const STANDARD_ITEM = /^[ \t]*(?:[a-z]\)|\d{1,2}\)|——)/;
const QUOTE = /^ {0,3}> ?/;

export function readMd({ text, encoding, warnings }: Decoded): RawDocument {
  const lines = capLines(splitSourceLines(text), warnings);
  const blocks = frontMatterBlocks(lines, warnings);
  return { format: 'md', encoding, blocks: mdBlocks(lines, blocks), headers: [], footers: [], pageCount: null, lines, warnings };
}

function mdBlocks(source: string[], blocks: RawBlock[]): RawBlock[] {
  const work = maskFrontMatter(maskComments(source));
  let para: { parts: string[]; line: number; marker?: string } | null = null;

  const flush = (): void => {
    if (para) pushParagraph(blocks, joinLines(para.parts), para.line, null, true, para.marker ?? null);
    para = null;
  };

  for (let i = 0; i < work.length; i++) {
    const line = work[i]!.replace(QUOTE, '');
    if (line.trim() === '') {
      flush();
      continue;
    }
    const fence = FENCE.exec(line);
    if (fence) {
      flush();
      const close = new RegExp(`^ {0,3}${fence[1]![0] === '`' ? '`' : '~'}{${fence[1]!.length},}\\s*$`);
      for (i++; i < work.length && !close.test(work[i]!); i++) {
        if (work[i]!.trim() !== '') pushParagraph(blocks, work[i]!.trim(), i + 1, null, false);
      }
      continue;
    }
    const atx = atxHeading(line);
    if (atx) {
      flush();
      pushParagraph(blocks, atx.text, i + 1, atx.level);
      continue;
    }
    if (para && (SETEXT_1.test(line) || SETEXT_2.test(line))) {
      pushParagraph(blocks, joinLines(para.parts), para.line, SETEXT_1.test(line) ? 1 : 2);
      para = null;
      continue;
    }
    if (THEMATIC.test(line)) {
      flush();
      continue;
    }
    if (/^\s*<table\b/i.test(line)) {
      flush();
      const html = htmlTableAt(work, i);
      const index = blocks.length + 1;
      const grid = htmlTableGrid(html.text);
      if (grid.rows.length) {
        const block: RawBlock = { kind: 'table', rows: grid.rows, pos: { line: i + 1, page: null, paragraph: index } };
        if (grid.merged.some((r) => r.some((f) => f !== ''))) block.merged = grid.merged;
        blocks.push(block);
      }
      i += html.consumed - 1;
      continue;
    }
    const table = tableAt(work, i, false);
    if (table) {
      flush();
      const index = blocks.length + 1;
      blocks.push({
        kind: 'table',
        rows: table.rows.map((r) => r.map(inline)),
        pos: { line: i + 1, page: null, paragraph: index },
        rowPos: table.rowIndex.map((r) => ({ line: r + 1, page: null, paragraph: index })),
      });
      i += table.consumed - 1;
      continue;
    }
    const item = LIST_ITEM.exec(line);
    if (item && !THEMATIC.test(line)) {
      flush();
      // The marker is kept like a Word list label: a numbered reference list is a defect rules must see.
      para = { parts: [item[2]!], line: i + 1, marker: item[1]! };
      continue;
    }
    if (STANDARD_ITEM.test(line)) flush();
    if (para) para.parts.push(line);
    else para = { parts: [line], line: i + 1 };
  }
  flush();
  return blocks;
}

function pushParagraph(blocks: RawBlock[], text: string, line: number, headingLevel: number | null, clean = true, numLabel: string | null = null): void {
  const p: RawParagraph = {
    kind: 'paragraph',
    text: clean ? inline(text) : text,
    numLabel,
    style: headingLevel === null ? null : `heading ${headingLevel}`,
    headingLevel,
    align: null,
    pageBreakBefore: false,
    pos: { line, page: null, paragraph: blocks.length + 1 },
  };
  blocks.push(p);
}

/** Lines of one paragraph block, kept apart as soft breaks ("\n"): in drafts they are usually meant as lines (ICS / CCS on a cover). */
function joinLines(parts: string[]): string {
  return parts.map((s) => s.trim()).join('\n');
}

/** "## 1 范围 ##" → level 2, "1 范围" (written without regex backtracking: lines can be 100k characters). */
function atxHeading(line: string): { level: number; text: string } | null {
  const open = ATX_OPEN.exec(line);
  if (!open) return null;
  let text = line.slice(open[0].length).trim();
  let end = text.length;
  while (end > 0 && text[end - 1] === '#') end--;
  if (end === 0) text = '';
  else if (end < text.length && (text[end - 1] === ' ' || text[end - 1] === '\t')) text = text.slice(0, end).trim();
  return { level: open[1]!.length, text };
}

/** Inline Markdown reduced to its text: emphasis, code spans, links, images, <br>, backslash escapes. */
function inline(s: string): string {
  return s
    .replace(/<br\s*\/?>/gi, '\n')
    // layout tags of PDF-to-Markdown tools ("<div style=…>表 1 …</div>"): their text is kept
    .replace(/<\/?(?:div|span|p|center|font|strong|em|b|i|u)\b[^<>]{0,300}>/gi, '')
    // bounded lengths keep these linear on hostile input ("[a](" repeated)
    .replace(/!\[([^\]\n]{0,300})\]\([^)\s]{0,1000}\)/g, '$1')
    .replace(/\[([^\]\n]{1,300})\]\([^)\s]{0,1000}\)/g, '$1')
    .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/\\([!-/:-@[-`{-~])/g, '$1')
    .trim();
}

/** HTML comments blanked out, line structure kept; an unclosed comment is left as text. */
function maskComments(lines: string[]): string[] {
  const text = lines.join('\n');
  if (!text.includes('<!--')) return lines;
  let out = '';
  let at = 0;
  for (let open = text.indexOf('<!--'); open >= 0; open = text.indexOf('<!--', at)) {
    const close = text.indexOf('-->', open + 4);
    if (close < 0) break;
    out += text.slice(at, open) + text.slice(open, close + 3).replace(/[^\n]/g, '');
    at = close + 3;
  }
  return (out + text.slice(at)).split('\n');
}

/** Index of the line closing YAML front matter (--- … --- on the first lines), or -1. */
function frontMatterEnd(lines: string[]): number {
  if (lines[0]?.trim() !== '---') return -1;
  return lines.findIndex((l, i) => i > 0 && (l.trim() === '---' || l.trim() === '...'));
}

/** YAML front matter blanked out. */
function maskFrontMatter(lines: string[]): string[] {
  const end = frontMatterEnd(lines);
  return end < 0 ? lines : lines.map((l, i) => (i <= end ? '' : l));
}

// Sentences md2std (LoyDgIk/MdToStandardWord, md2std/boilerplate.py) writes into the foreword it generates.
const MD2STD_FOREWORD_FIRST = '本文件按照GB/T 1.1—2020《标准化工作导则　第1部分：标准化文件的结构和起草规则》的规定起草。';
const MD2STD_PATENT_NOTE = '请注意本文件的某些内容可能涉及专利。本文件的发布机构不承担识别专利的责任。';

/**
 * md2std sources keep the cover and foreword in YAML front matter (number, title, title_en, ics, ccs, publish_date,
 * implement_date, publisher, foreword.*); md2std renders them as cover lines and foreword sentences. They are read
 * as those lines so that the audit sees what the generated document holds. Other front matter is ignored.
 */
function frontMatterBlocks(lines: string[], warnings: string[]): RawBlock[] {
  const end = frontMatterEnd(lines);
  if (end < 0) return [];
  let data: unknown;
  try {
    data = parseYaml(lines.slice(1, end).join('\n'));
  } catch {
    data = null;
  }
  const fm = isRecord(data) ? data : null;
  // md2std keys: a standard number, or a title together with the dates/foreword md2std renders.
  const md2std = fm && (typeof fm.number === 'string' || (typeof fm.title === 'string' && ['publish_date', 'foreword', 'standard_type'].some((k) => k in fm)));
  if (!fm || !md2std) {
    warnings.push('md: YAML front matter ignored');
    return [];
  }
  const blocks: RawBlock[] = [];
  const lineOf = (key: string): number => {
    const k = lines.slice(1, end).findIndex((l) => new RegExp(`^\\s*${key}\\s*:`).test(l));
    return k < 0 ? 1 : k + 2;
  };
  const add = (text: string | null, key: string, headingLevel: number | null = null): void => {
    if (text) pushParagraph(blocks, text, lineOf(key), headingLevel, false);
  };
  const str = (v: unknown): string | null => (typeof v === 'string' || typeof v === 'number' ? String(v).trim() || null : null);
  const list = (v: unknown): string[] =>
    Array.isArray(v) ? v.flatMap((x) => (Array.isArray(x) ? list(x) : str(x) ? [str(x)!] : [])) : str(v) ? [str(v)!] : [];

  add(str(fm.ics) && `ICS ${str(fm.ics)}`, 'ics');
  add(str(fm.ccs) && `CCS ${str(fm.ccs)}`, 'ccs');
  add(str(fm.standard_type), 'standard_type');
  add(str(fm.number), 'number');
  add(str(fm.replaces) && `代替 ${str(fm.replaces)}`, 'replaces');
  add(str(fm.title), 'title');
  add(str(fm.title_en), 'title_en');
  add(str(fm.publish_date) && `${str(fm.publish_date)} 发布`, 'publish_date');
  add(str(fm.implement_date) && `${str(fm.implement_date)} 实施`, 'implement_date');
  const publishers = list(fm.publisher).flatMap((p) => p.split('\n')).map((p) => p.trim()).filter(Boolean);
  add(publishers.length ? `${publishers.join('\u3000')}\u3000发布` : null, 'publisher');

  const fw = isRecord(fm.foreword) ? fm.foreword : null;
  if (fw) {
    add('前言', 'foreword', 1);
    add(MD2STD_FOREWORD_FIRST, 'foreword');
    for (const c of list(fw.replace_changes)) add(c, 'replace_changes');
    for (const n of list(fw.extra_notes)) add(n, 'extra_notes');
    if (fw.patent_note === true) add(MD2STD_PATENT_NOTE, 'patent_note');
    const proposer = str(fw.proposer);
    const owner = str(fw.owner);
    if (proposer && proposer === owner) add(`本文件由${proposer}提出并归口。`, 'proposer');
    else {
      add(proposer && `本文件由${proposer}提出。`, 'proposer');
      add(owner && `本文件由${owner}归口。`, 'owner');
    }
    const orgs = list(fw.draft_orgs);
    add(orgs.length ? `本文件起草单位：${orgs.join('、')}。` : null, 'draft_orgs');
    const people = list(fw.drafters);
    add(people.length ? `本文件主要起草人：${people.join('、')}。` : null, 'drafters');
  }
  return blocks;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The source lines of an HTML <table> block (MinerU and other PDF-to-Markdown tools emit them), up to its </table>. */
function htmlTableAt(lines: string[], start: number): { text: string; consumed: number } {
  let depth = 0;
  const parts: string[] = [];
  for (let k = start; k < lines.length; k++) {
    const l = lines[k]!;
    parts.push(l);
    depth += (l.match(/<table\b/gi) ?? []).length - (l.match(/<\/table\s*>/gi) ?? []).length;
    if (depth <= 0) return { text: parts.join('\n'), consumed: k - start + 1 };
  }
  return { text: parts.join('\n'), consumed: lines.length - start };
}

interface HtmlCell {
  text: string;
  colspan: number;
  rowspan: number;
}

/** <tr>/<td>/<th> cells on the table grid; rowspan/colspan covered positions are '' and flagged as in RawTable. */
function htmlTableGrid(html: string): { rows: string[][]; merged: string[][] } {
  const cellRows: HtmlCell[][] = [];
  const tag = /<(\/?)(tr|td|th|table)\b([^<>]*)>|<br\s*\/?>|<[^<>]*>|([^<]+)|</gi;
  let cell: HtmlCell | null = null;
  let depth = 0;
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    if (m[4] !== undefined || m[0] === '<') {
      if (cell) cell.text += m[4] ?? '<';
      continue;
    }
    if (/^<br/i.test(m[0])) {
      if (cell) cell.text += '\n';
      continue;
    }
    const name = m[2]?.toLowerCase();
    if (!name) continue;
    const closing = m[1] === '/';
    if (name === 'table') {
      depth += closing ? -1 : 1;
      continue;
    }
    if (depth > 1) continue; // nested tables: their text stays out of the grid
    if (name === 'tr') {
      if (!closing) cellRows.push([]);
      cell = null;
    } else if (!closing) {
      if (!cellRows.length) cellRows.push([]);
      cell = { text: '', colspan: spanAttr(m[3]!, 'colspan'), rowspan: spanAttr(m[3]!, 'rowspan') };
      cellRows[cellRows.length - 1]!.push(cell);
    } else {
      cell = null;
    }
  }
  return spanGrid(cellRows.map((r) => r.map((c) => ({ ...c, text: inline(decodeEntities(c.text).replace(/[ \t]+/g, ' ')) }))));
}


const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const cp = e[1] === 'x' || e[1] === 'X' ? Number.parseInt(e.slice(2), 16) : Number.parseInt(e.slice(1), 10);
      return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : m;
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}
