// Tables: caption ("表1　安全性能要求", "表 A.1 接收质量限", "表1（续）", "续表1"), unit note ("单位为毫克每千克"),
// header rows, and continuation tables merged into the table they continue.
import type { RawTable, SourcePos } from '../readers/types.ts';
import type { Loc, Table } from './types.ts';
import { compact, repairPdfSpacing, tidy } from './text.ts';

export interface Caption {
  number: string;
  title: string | null;
  continued: boolean;
  raw: string;
  /** "单位为…" written on the caption line (PDF puts the right-aligned unit note on the same line). */
  unitNote: string | null;
}

const CAPTION_RE =
  /^(续)?[\s\u3000]*表[\s\u3000]*([A-Z][.．\-－—]?[\s\u3000]*\d{1,3}(?:[.．\-－—]\d{1,3})?|\d{1,3}(?:[.．\-－—]\d{1,3})?[a-z]?)(?![\d.])[\s\u3000]*([（(]续[)）])?[\s\u3000]*(.*)$/;

/** Parses a table caption line; null for sentences that start with "表1" ("表1中的指标…"). */
export function parseCaption(text: string): Caption | null {
  const t = text.trim();
  const m = t.match(CAPTION_RE);
  if (!m) return null;
  let title = m[4]!.trim();
  if (/^(中|的|所|给出|规定|列出|为|是|和|与|、|，|,|。|：|:)/.test(title)) return null;
  let unitNote: string | null = null;
  const unit = title.match(/[\s\u3000]*(单位为.*)$/);
  if (unit) {
    unitNote = unit[1]!.trim();
    title = title.slice(0, unit.index).trim();
  }
  if (/[。；]$/.test(title) || compact(title).length > 40) return null;
  const number = m[2]!.replace(/[\s\u3000]/g, '').replace(/．/g, '.');
  return { number, title: title || null, continued: !!m[1] || !!m[3], raw: t, unitNote };
}

const UNIT_NOTE = /^单位为/;

export function isUnitNote(text: string): boolean {
  return UNIT_NOTE.test(compact(text));
}

/** Class names that make a second row a header row ("A类", "一等品", "Ⅰ型", "优级"). */
const CLASS_CELL = /^([A-Z]类|[一二三四五六]等品|优等品|合格品|[一二三四五]级(品)?|优级|[ⅠⅡⅢⅣⅤIV]+型|[ⅠⅡⅢⅣⅤ]+类|[A-Z]型|[A-Z]级|婴幼儿|直接接触皮肤|非直接接触皮肤|特级|甲级|乙级|丙级|指标|要求)$/;

function cleanCells(rows: string[][], pdf: boolean): string[][] {
  return rows.map((r) => r.map((c) => {
    const t = tidy(c.replace(/\s*\n\s*/g, pdf ? '' : ' '));
    return pdf ? repairPdfSpacing(t) : t;
  }));
}

/** How many leading rows are header rows. */
function headerRowCount(rows: string[][], merged: string[][] | undefined): number {
  if (rows.length < 3) return Math.min(1, rows.length);
  const first = rows[0]!;
  const second = rows[1]!;
  const spansInFirst = merged?.[0]?.some((f) => f === 'h') || first.some((c, i) => i > 0 && c !== '' && c === first[i - 1]);
  const verticalFromFirst = merged?.[1]?.some((f) => f === 'v');
  const filled = second.filter((c) => c.trim());
  const secondIsClasses = filled.length >= 2 && filled.every((c) => CLASS_CELL.test(compact(c)));
  return (spansInFirst && verticalFromFirst) || secondIsClasses ? 2 : 1;
}

export function locOf(pos: SourcePos, clause: string | null): Loc {
  return { line: pos.line, page: pos.page, paragraph: pos.paragraph, clause };
}

/** Builds a Table from a reader table plus its caption and unit note. */
export function buildTable(raw: RawTable, caption: Caption | null, unitNote: string | null, clause: string | null, pdf: boolean): Table {
  const cleaned = cleanCells(raw.rows, pdf);
  const keep = cleaned.map((r) => r.some((c) => c !== ''));
  const rows = cleaned.filter((_, i) => keep[i]);
  const n = headerRowCount(rows, raw.merged?.filter((_, i) => keep[i]));
  return {
    kind: 'table',
    number: caption?.number ?? null,
    caption: caption?.title ?? null,
    captionRaw: caption?.raw ?? null,
    unitNote,
    header: rows.slice(0, n),
    rows: rows.slice(n),
    loc: locOf(raw.pos, clause),
    rowLocs: rowPositions(raw, keep).slice(n).map((pos) => locOf(pos, clause)),
  };
}

/** Source positions of the kept (non-empty) rows. */
function rowPositions(raw: RawTable, keep: boolean[]): SourcePos[] {
  return raw.rows.map((_, i) => raw.rowPos?.[i] ?? raw.pos).filter((_, i) => keep[i]);
}

/** Appends a continuation ("表1（续）", or a PDF table split by a page break) to the table it continues. */
export function appendContinuation(target: Table, raw: RawTable, clause: string | null, pdf: boolean): void {
  const cleaned = cleanCells(raw.rows, pdf);
  const keep = cleaned.map((r) => r.some((c) => c !== ''));
  const rows = cleaned.filter((_, i) => keep[i]);
  const positions = rowPositions(raw, keep);
  // The header is usually repeated on the continuation page.
  let skip = 0;
  while (skip < target.header.length && skip < rows.length && sameRow(rows[skip]!, target.header[skip]!)) skip++;
  rows.slice(skip).forEach((r, i) => {
    target.rows.push(r);
    target.rowLocs.push(locOf(positions[i + skip]!, clause));
  });
}

function sameRow(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((c, i) => compact(c) === compact(b[i]!));
}

/** Column count of the widest row. */
export function columnCount(t: { rows: string[][] } | Table): number {
  const all = 'header' in t ? [...t.header, ...t.rows] : t.rows;
  return Math.max(0, ...all.map((r) => r.length));
}
