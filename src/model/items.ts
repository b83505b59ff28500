// Turns reader blocks into builder items: one item per line (Word/Markdown soft breaks split), PDF spacing
// repaired, hard-wrapped PDF/txt/Markdown lines joined back into paragraphs, tables kept, each with its position.
import type { RawDocument, RawParagraph, RawTable, SourcePos } from '../readers/types.ts';
import { displayWidth, repairPdfSpacing, tidy } from './text.ts';
import { isTocLine, looksLikeBlockStart, looksLikeEntryStart, looksLikeHeading } from './clauses.ts';
import { parseLeadingNumber } from './std-number.ts';

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
      items.push({ kind: 'table', raw: b, pos: b.pos });
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
  return joinWrappedLines(items, pdf, joinable);
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
    if (it.kind === 'para' && joinable.has(it) && prev?.kind === 'para' && canContinue(prev, it, full)) {
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

function canContinue(prev: ParaItem, line: ParaItem, full: number): boolean {
  const prevWidth = lastLineWidth.get(prev) ?? displayWidth(prev.orig);
  if (prevWidth < full * 0.8) return false;
  if (/[。！？!?]$/.test(prev.orig)) return false;
  if (looksLikeBlockStart(line.orig) || looksLikeHeading(prev.orig)) return false;
  // A line starting with a standard number continues a sentence ("…应符合" / "GB 2760 的规定。") unless the previous
  // line is itself a reference-list entry.
  return !looksLikeEntryStart(line.orig) || !looksLikeEntryStart(prev.orig);
}

/** Joins two wrapped pieces: no space between CJK pieces, one space between Latin words. */
function joinText(a: string, b: string): string {
  return /[A-Za-z0-9,.;:]$/.test(a) && /^[A-Za-z0-9(]/.test(b) ? `${a} ${b}` : a + b;
}
