// Markdown drafts: ATX/setext headings, paragraphs (blank-line separated), list items, pipe tables.
// Front matter and HTML comments are skipped; positions are source lines.
import type { RawBlock, RawDocument, RawParagraph } from './types.ts';
import type { Decoded } from './decode.ts';
import { splitSourceLines } from './lines.ts';
import { capLines } from './txt.ts';
import { tableAt } from './texttable.ts';

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
  return { format: 'md', encoding, blocks: mdBlocks(lines), headers: [], footers: [], pageCount: null, lines, warnings };
}

function mdBlocks(source: string[]): RawBlock[] {
  const work = maskFrontMatter(maskComments(source));
  const blocks: RawBlock[] = [];
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

/** YAML front matter (--- … --- on the first lines) blanked out. */
function maskFrontMatter(lines: string[]): string[] {
  if (lines[0]?.trim() !== '---') return lines;
  const end = lines.findIndex((l, i) => i > 0 && (l.trim() === '---' || l.trim() === '...'));
  if (end < 0) return lines;
  return lines.map((l, i) => (i <= end ? '' : l));
}
