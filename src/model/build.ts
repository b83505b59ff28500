// RawDocument -> StandardDocument: regions (cover, TOC, foreword, introduction, body title, body), then the clause
// tree, reference list, citations, and whether this is a standard at all.
import type { RawDocument } from '../readers/types.ts';
import type { Block, CoverField, FrontSection, StandardDocument } from './types.ts';
import { toItems, type Item, type ParaItem } from './items.ts';
import { findRegions, type Span } from './front.ts';
import { parseCover } from './cover.ts';
import { parseToc } from './toc.ts';
import { buildBody } from './body.ts';
import { parseReferences } from './references.ts';
import { collectCitations } from './citations.ts';
import { recognise } from './recognise.ts';
import { kindOfCode } from './std-number.ts';
import { buildTable, locOf } from './tables.ts';
import { isExample, isListItem, isNote } from './clauses.ts';
import { compact } from './text.ts';
import { withoutPageFurniture } from './furniture.ts';

const isPara = (it: Item): it is ParaItem => it.kind === 'para';

function frontSection(items: Item[], heading: number, span: Span, clause: string, pdf: boolean): FrontSection {
  const h = items[heading] as ParaItem;
  const blocks: Block[] = [];
  for (const it of items.slice(span.start, span.end)) {
    if (it.kind === 'table') {
      blocks.push(buildTable(it.raw, null, null, clause, pdf));
      continue;
    }
    const text = it.numLabel ? `${it.numLabel} ${it.text}` : it.text;
    for (const piece of text.split('\n').map((s) => s.trim()).filter(Boolean)) {
      const role = isNote(piece) ? 'note' : isExample(piece) ? 'example' : it.numLabel || isListItem(piece) ? 'list-item' : 'text';
      blocks.push({ kind: 'text', text: piece, role, loc: locOf(it.pos, clause) });
    }
  }
  return { heading: h.text, blocks, loc: locOf(h.pos, clause) };
}

/** Cover lines; some templates lay the cover out in a table, whose cells are read as lines. */
function coverLines(items: Item[]): ParaItem[] {
  return items.flatMap((it): ParaItem[] =>
    it.kind === 'para'
      ? [it]
      : it.raw.rows.flat().flatMap((cell) => cell.split('\n')).map((c) => c.trim()).filter(Boolean).map((text) => ({
          kind: 'para', text, orig: text, numLabel: null, style: null, headingLevel: null, align: null, pageBreakBefore: false, pos: it.pos,
        })),
  );
}

/** 起草单位 named in the foreword ("本文件起草单位：重庆美衣纺织品有限公司、…。") — the first one. */
function drafterCompany(foreword: FrontSection | null): string | null {
  for (const b of foreword?.blocks ?? []) {
    if (b.kind !== 'text') continue;
    const m = b.text.match(/起草单位[:：]\s*([^、，,。；;]+)/);
    if (m) return m[1]!.trim();
  }
  return null;
}

/** What the builder had to guess, for `inspect` and for readers of the JSON. */
function builderWarnings(body: ReturnType<typeof buildBody>): string[] {
  const out: string[] = [];
  if (body.clauses.length === 0) out.push('model: no chapters found');
  const unnumbered = body.clauses.filter((c) => c.number === null && c.element !== 'bibliography' && c.element !== 'index');
  if (unnumbered.length) out.push(`model: ${unnumbered.length} chapter(s) without a number, recognised by their titles`);
  if (body.loose.length) out.push(`model: ${body.loose.length} paragraph(s) before the first chapter ignored`);
  return out;
}

export function buildDocument(input: RawDocument, file: string): StandardDocument {
  const raw = withoutPageFurniture(input);
  const pdf = raw.format === 'pdf';
  const items = toItems(raw);
  const parasIn = (start: number, end: number) => items.slice(start, end).filter(isPara);
  const regions = findRegions(items, (coverEnd) => parseCover(coverLines(items.slice(0, coverEnd))).titleZh?.value ?? null);

  const coverParas = coverLines(items.slice(0, regions.coverEnd));
  const cover = parseCover(coverParas);
  const toc = parseToc(items, regions);
  const foreword = regions.foreword ? frontSection(items, regions.foreword.heading, regions.foreword.body, '前言', pdf) : null;
  const introduction = regions.introduction
    ? frontSection(items, regions.introduction.heading, regions.introduction.body, '引言', pdf)
    : null;
  cover.company ??= drafterCompany(foreword);

  let bodyTitle: CoverField | null = null;
  if (regions.bodyTitle) {
    const parts = parasIn(regions.bodyTitle.start, regions.bodyTitle.end);
    const sep = parts.length > 1 && parts.every((p) => compact(p.text).length < 12) ? '\u3000' : '';
    bodyTitle = { value: parts.map((p) => p.text.trim()).join(sep), raw: parts.map((p) => p.text).join('\n'), loc: locOf(parts[0]!.pos, null) };
  }

  const body = buildBody(items.slice(regions.bodyStart), pdf);
  const refClause = body.clauses.find((c) => c.element === 'normative-references' && c.level === 1) ?? null;
  const references = refClause ? parseReferences(refClause, raw.format === 'pdf' || raw.format === 'txt') : null;

  const tables = [...[foreword, introduction].flatMap((s) => s?.blocks.filter((b) => b.kind === 'table') ?? []), ...body.tables];
  const base = {
    file, format: raw.format, encoding: raw.encoding, pageCount: raw.pageCount, lines: raw.lines, headers: raw.headers,
    footers: raw.footers, cover, toc, foreword, introduction, bodyTitle, clauses: body.clauses, references, tables,
    kind: kindOfCode(cover.code), recognised: false, recognition: [] as string[], warnings: [...raw.warnings, ...builderWarnings(body)],
  };
  const coverTexts = coverParas
    .filter((p) => p.text !== cover.standardNumber?.raw && !cover.replaces.some((r) => r.raw === p.text))
    .map((p) => ({ text: p.text, loc: locOf(p.pos, '封面') }));
  const citations = collectCitations(base, coverTexts);
  const { recognised, recognition } = recognise(base);
  return { ...base, citations, recognised, recognition };
}
