// Turns reader blocks into builder items: one item per line (Word/Markdown soft breaks split), PDF spacing
// repaired, hard-wrapped PDF/txt/Markdown lines joined back into paragraphs, tables kept, each with its position.
import type { RawDocument, RawParagraph, RawTable, SourcePos } from '../readers/types.ts';
import { displayWidth, repairPdfSpacing, tidy } from './text.ts';
import { isTocLine, looksLikeBlockStart, looksLikeEntryStart, looksLikeHeading, parseBareNumber, parseNumberedLine } from './clauses.ts';
import { parseLeadingNumber } from './std-number.ts';
import { isPageMark } from './furniture.ts';

export interface ParaItem {
  kind: 'para';
  /** Cleaned text (PDF spacing repaired; joined continuation lines). */
  text: string;
  /** Text as written (first line's spacing kept), used where spaces are meaningful (numbers, captions). */
  orig: string;
  numLabel: string | null;
  style: string | null;
  headingLevel: number | null;
  align: RawParagraph['align'];
  pageBreakBefore: boolean;
  pos: SourcePos;
}

export interface TableItem {
  kind: 'table';
  raw: RawTable;
  pos: SourcePos;
}

export type Item = ParaItem | TableItem;

/** List markers before reference entries ("1.", "[1]", "——"). */
const ENTRY_MARKER = /^(?:\[\d{1,3}\]|\d{1,3}[.、．)）]|[a-z][)）]|——|·)[ \t\u3000]*/;
const LEADING_CLAUSE_NUMBER = /^(?:\d{1,2}(?:\.\d{1,2})*|[A-Z]\.\d{1,2}(?:\.\d{1,2})*)[ \t\u3000]+/;

/**
 * PDF spacing repair that keeps the separator after a leading clause number ("5.1 感官要求") or standard number
 * ("GB 2760 食品安全国家标准…"): that space is the drafter's, not an extraction artefact.
 */
function repairPdfLine(s: string): string {
  const marker = s.match(ENTRY_MARKER)?.[0] ?? '';
  const std = parseLeadingNumber(s.slice(marker.length));
  const lead = std ? s.slice(0, marker.length + std.index + std.text.length) : (s.match(LEADING_CLAUSE_NUMBER)?.[0] ?? '');
  const keep = lead + (s.slice(lead.length).match(/^[ \t\u3000]*/)?.[0] ?? '');
  return keep + repairPdfSpacing(s.slice(keep.length));
}

export function toItems(raw: RawDocument): Item[] {
  const pdf = raw.format === 'pdf';
  // PDF and txt paragraphs are visual lines; Markdown paragraphs are source lines joined by "\n". Both may be
  // hard-wrapped. Word soft line breaks ("\n" in docx/doc) are intentional and never joined.
  const wrapped = raw.format === 'pdf' || raw.format === 'txt';
  const items: Item[] = [];
  const joinable = new WeakSet<ParaItem>();
  for (const b of raw.blocks) {
    if (b.kind === 'table') {
      const { table, lines } = splitClauseRows(b, wrapped);
      if (table) items.push({ kind: 'table', raw: table, pos: table.pos });
      for (const line of lines) {
        const item: ParaItem = { kind: 'para', text: line.text, orig: line.text, numLabel: null, style: null, headingLevel: null, align: null, pageBreakBefore: false, pos: line.pos };
        joinable.add(item);
        items.push(item);
      }
      continue;
    }
    let label = b.numLabel?.trim() || null;
    let written = b.text;
    // Word-numbered captions, notes and examples ("表1", "注1：") read as if the label were typed.
    if (label && /^(续?表|图|注|示例)/.test(label)) {
      written = `${label}${/[：:]$/.test(label) ? '' : '\u3000'}${written}`;
      label = null;
    }
    written.split('\n').forEach((piece, k) => {
      const orig = tidy(piece.replace(/\t/g, ' '));
      const first = k === 0;
      if (!orig && !(first && label)) return;
      const item: ParaItem = {
        kind: 'para', text: pdf ? repairPdfLine(orig) : orig, orig, numLabel: first ? label : null,
        // Style and level describe the paragraph's first line; later lines are its content.
        style: first ? b.style : null, headingLevel: first ? b.headingLevel : null, align: b.align,
        pageBreakBefore: first && b.pageBreakBefore,
        pos: raw.format === 'md' ? { ...b.pos, line: b.pos.line + k } : b.pos,
      };
      if (wrapped || (raw.format === 'md' && !first)) joinable.add(item);
      items.push(item);
    });
  }
  return joinWrappedLines(wrapped ? joinSplitCodes(items, joinable) : items, pdf, joinable);
}

/**
 * A text or PDF table found from column gaps can swallow the clause lines that follow it ("8. 2　运输中应防雨……",
 * "5.4　印刷"): from the first row that opens with a clause number, the rows are lines of text again.
 */
function splitClauseRows(t: RawTable, gapTable: boolean): { table: RawTable | null; lines: { text: string; pos: SourcePos }[] } {
  // A table whose first column holds clause numbers on purpose ("条款号 | 要求 | 试验方法") is kept.
  if (!gapTable || t.rows[0]?.some((c) => /条款|章条|条号|编号|序号/.test(c))) return { table: t, lines: [] };
  const first = t.rows.findIndex((r) => {
    // A multi-level number only: "1 | 外观 | …" is a row of a table with a 序号 column.
    const line = parseNumberedLine(r.map((c) => c.trim()).filter(Boolean).join(' '));
    return line !== null && line.number.includes('.');
  });
  if (first < 0) return { table: t, lines: [] };
  const posOf = (i: number) => t.rowPos?.[i] ?? { ...t.pos, line: t.pos.line + i };
  const lines = t.rows.slice(first).map((r, k) => ({ text: r.map((c) => c.trim()).filter(Boolean).join(' '), pos: posOf(first + k) }))
    .filter((l) => l.text && !isPageMark(l.text));
  if (first === 0) return { table: null, lines };
  const table: RawTable = { ...t, rows: t.rows.slice(0, first), merged: t.merged?.slice(0, first), rowPos: t.rowPos?.slice(0, first) };
  return { table, lines };
}

/** A standard code alone on its line ("GB/T", "DA/T", "T/CAS", "DB11/T"). */
const CODE_ONLY = /^(?:GB(?:\/[TZ])?|[A-Z]{2,3}\/[TZ]|T\/[A-Z][A-Z0-9]{1,11}|DBS?\d{2}\/[TZ]?|ISO(?:\/IEC)?|IEC)$/;

const CODE_AT_END = /(?<![A-Za-z/])(?:GB\/[TZ]|[A-Z]{2,3}\/[TZ]|T\/[A-Z][A-Z0-9]{1,11}|DBS?\d{2}\/[TZ]?)$/;

/**
 * "GB/T⏎⏎33190—2016 电子文件…": text extractors that place the code and the number apart. The code is glued to the
 * next line when that line starts with the number.
 */
function joinSplitCodes(items: Item[], joinable: WeakSet<ParaItem>): Item[] {
  const out: Item[] = [];
  for (let k = 0; k < items.length; k++) {
    const it = items[k]!;
    const next = items[k + 1];
    const alone = it.kind === 'para' && CODE_ONLY.test(it.orig.trim());
    // "…应符合 GB/T⏎⏎33190—2016的要求": a code with a slash at the end of a wrapped sentence.
    const atEnd = it.kind === 'para' && CODE_AT_END.test(it.orig.trim());
    if ((alone || atEnd) && next?.kind === 'para' && /^\d/.test(next.orig.trim())) {
      const orig = `${it.orig.trim()} ${next.orig.trim()}`;
      const glued: ParaItem = { ...next, ...(alone ? {} : { numLabel: it.numLabel, style: it.style, headingLevel: it.headingLevel }), orig,
        text: `${it.text.trim()} ${next.text.trim()}`, pos: it.pos };
      if (joinable.has(it)) joinable.add(glued);
      out.push(glued);
      k++;
      continue;
    }
    out.push(it);
  }
  return out;
}

/**
 * Joins a line into the previous paragraph when the previous line was filled to the right margin and did not end
 * a sentence, and the line itself does not start a new block (heading, list item, note, caption, table row).
 * Conservative on purpose: a missed join only splits a paragraph; a wrong join swallows a heading.
 */
function joinWrappedLines(items: Item[], pdf: boolean, joinable: WeakSet<ParaItem>): Item[] {
  if (!items.some((i) => i.kind === 'para' && joinable.has(i))) return items;
  // TOC lines are stretched to the margin by leaders: they say nothing about where text wraps.
  const widths = items
    .filter((i): i is ParaItem => i.kind === 'para' && !isTocLine(i.orig))
    .map((i) => displayWidth(i.orig))
    .sort((a, b) => a - b);
  if (widths.length < 5) return items;
  const full = widths[Math.floor(widths.length * 0.9)]!;
  if (full < 40) return items;
  const out: Item[] = [];
  for (const it of items) {
    const prev = out[out.length - 1];
    const beforePrev = out[out.length - 2];
    // The line after a bare clause number is that clause's title (a term entry's term): never continued.
    const titleLine = beforePrev?.kind === 'para' && parseBareNumber(beforePrev.orig) !== null;
    if (it.kind === 'para' && joinable.has(it) && prev?.kind === 'para' && !titleLine && canContinue(prev, it, full)) {
      // The space kept after a leading standard number is an artefact once the line is a continuation.
      prev.text = joinText(prev.text, pdf ? repairPdfSpacing(it.orig) : it.text);
      prev.orig = joinText(prev.orig, it.orig);
      lastLineWidth.set(prev, displayWidth(it.orig));
      continue;
    }
    out.push(it);
  }
  return out;
}

const lastLineWidth = new WeakMap<ParaItem, number>();

/** Cover lines that end a line of their own: the category line and the 发布/实施 date lines. */
const COVER_LINE_END = /(企业标准|国家标准|行业标准|地方标准|团体标准|发[\s\u3000]*布|实[\s\u3000]*施)$/;
const DATE_LINE = /^\d{4}\s*[-—－–.年]\s*\d{1,2}\s*[-—－–.月]\s*\d{1,2}\s*日?\s*(发|实)/;

/** A line that is nothing but a standard number ("Q/HZK 594 -2009"): a cover number line, never a continuation. */
function isNumberLine(text: string): boolean {
  const t = text.trim();
  const m = parseLeadingNumber(t);
  return m !== null && m.ref.year !== null && t.slice(m.index + m.text.length).trim() === '';
}

function canContinue(prev: ParaItem, line: ParaItem, full: number): boolean {
  const prevWidth = lastLineWidth.get(prev) ?? displayWidth(prev.orig);
  if (prevWidth < full * 0.8) return false;
  if (/[。！？!?]$/.test(prev.orig)) return false;
  if (COVER_LINE_END.test(prev.orig.trim()) || DATE_LINE.test(line.orig.trim()) || isNumberLine(line.orig)) return false;
  // A Chinese title followed by its English title (a line without any CJK character).
  if (/[\u4e00-\u9fff]$/.test(prev.orig.trim()) && /^[A-Za-z][A-Za-z\s,;:()'’\-—]{8,}$/.test(line.orig.trim())) return false;
  if (looksLikeBlockStart(line.orig) || looksLikeHeading(prev.orig)) return false;
  // A line starting with a standard number continues a sentence ("…应符合" / "GB 2760 的规定。") unless the previous
  // line is itself a reference-list entry.
  return !looksLikeEntryStart(line.orig) || !looksLikeEntryStart(prev.orig);
}

/** Joins two wrapped pieces: no space between CJK pieces, one space between Latin words. */
function joinText(a: string, b: string): string {
  return /[A-Za-z0-9,.;:]$/.test(a) && /^[A-Za-z0-9(]/.test(b) ? `${a} ${b}` : a + b;
}
