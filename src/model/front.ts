// Splits the item list into regions: cover, table of contents, foreword (前言), introduction (引言),
// body title (the name repeated on the first body page) and body (chapter 1 onwards).
import type { Item, ParaItem } from './items.ts';
import { bodyStartKind } from './body.ts';
import { isTocLine, parseNumberedLine } from './clauses.ts';
import { compact, hasCjk } from './text.ts';

export interface Span {
  start: number;
  end: number;
}

export interface Regions {
  coverEnd: number;
  /** Heading index and entry span. */
  toc: { heading: number; entries: Span } | null;
  foreword: { heading: number; body: Span } | null;
  introduction: { heading: number; body: Span } | null;
  bodyTitle: Span | null;
  bodyStart: number;
}

/** Paragraphs a cover can have; the limit applies only when no front matter or body was found. */
const MAX_BARE_COVER = 30;

const para = (items: Item[], i: number): ParaItem | null => (items[i]?.kind === 'para' ? (items[i] as ParaItem) : null);

function findHeading(items: Item[], from: number, names: string[]): number | null {
  for (let i = from; i < items.length; i++) {
    const p = para(items, i);
    if (p && names.includes(compact(p.text))) return i;
  }
  return null;
}

/** TOC entries: dot leaders / page numbers, TOC styles, or (drafts without page numbers) lines repeated later. */
function tocEnd(items: Item[], heading: number): number {
  const later = (j: number, key: string) => items.slice(j + 1).some((x) => x.kind === 'para' && compact(x.text) === key);
  let j = heading + 1;
  while (j < items.length) {
    const p = para(items, j);
    if (!p) break;
    const key = compact(p.text);
    if (isTocLine(p.text) || /^(toc|目录)\s*\d/i.test(p.style ?? '') || (key.length <= 40 && later(j, key))) {
      j++;
      continue;
    }
    break;
  }
  return j;
}

/** A line that can be (part of) the document title on the first body page. */
function titleLike(p: ParaItem): boolean {
  const c = compact(p.text);
  // the colon of a part title ("家用电热水壶　第1部分：通用要求") is part of the title
  const punctuation = c.replace(/第[0-9０-９一二三四五六七八九十]+部分[：:]/, '');
  return hasCjk(c) && c.length <= 40 && !/[。；;：:，,]/.test(punctuation) && !/^(本文件|本标准|本部分)/.test(c) && !/(发布|实施)$/.test(c) &&
    parseNumberedLine(p.orig) === null;
}

export function findRegions(items: Item[], coverTitle: (coverEnd: number) => string | null): Regions {
  const n = items.length;
  let tocHeading = findHeading(items, 0, ['目次', '目录']);
  // A "目录" word deep in the body is not a TOC heading.
  if (tocHeading !== null && tocHeading > n * 0.5) tocHeading = null;
  const tocStop = tocHeading === null ? null : tocEnd(items, tocHeading);
  let fwHeading = findHeading(items, tocStop ?? 0, ['前言']);
  let introHeading = findHeading(items, fwHeading ?? tocStop ?? 0, ['引言']);
  let from = Math.max(tocStop ?? 0, (fwHeading ?? -1) + 1, (introHeading ?? -1) + 1);

  // Chapter 1: "1 范围" first (a foreword list line "1 增加了…" must not open the body), then any "1 标题",
  // then the first titled chapter of a document that lacks chapter 1.
  let bodyStart = n;
  for (const wanted of ['scope', 'first', 'chapter'] as const) {
    for (let i = from; i < n && bodyStart === n; i++) {
      const p = para(items, i);
      if (p && bodyStartKind(p) === wanted) bodyStart = i;
    }
  }
  // "1⏎范围": a chapter number alone on its line (PDF text extractors) belongs to the body.
  if (bodyStart < n && bodyStart > from && para(items, bodyStart - 1)?.orig.trim() === '1') bodyStart--;
  // Headings found after the body start are body text (e.g. "前言" quoted in a clause).
  if (fwHeading !== null && fwHeading > bodyStart) fwHeading = null;
  if (introHeading !== null && introHeading > bodyStart) introHeading = null;
  from = Math.max(tocStop ?? 0, (fwHeading ?? -1) + 1, (introHeading ?? -1) + 1);

  const frontStarts = [tocHeading, fwHeading, introHeading].filter((x): x is number => x !== null);
  const provisionalCoverEnd = Math.min(bodyStart, ...frontStarts);
  const bodyTitle = findBodyTitle(items, frontStarts.length ? from : 0, bodyStart, coverTitle(provisionalCoverEnd), frontStarts.length === 0);
  // Without any structure the "cover" would be the whole text: only its first lines can be cover lines.
  const coverEnd = Math.min(provisionalCoverEnd, bodyTitle?.start ?? n, frontStarts.length || bodyStart < n ? n : MAX_BARE_COVER);

  const frontEnd = bodyTitle?.start ?? bodyStart;
  return {
    coverEnd,
    toc: tocHeading === null ? null : { heading: tocHeading, entries: { start: tocHeading + 1, end: tocStop! } },
    foreword: fwHeading === null ? null : { heading: fwHeading, body: { start: fwHeading + 1, end: introHeading ?? frontEnd } },
    introduction: introHeading === null ? null : { heading: introHeading, body: { start: introHeading + 1, end: frontEnd } },
    bodyTitle,
    bodyStart,
  };
}

/**
 * The title repeated just before chapter 1: one or two title-like lines. The span that matches the cover title
 * wins; otherwise a single line is taken only when what precedes it ends a sentence (the foreword's last line).
 * Without any front matter the cover runs into the body, so the body title must follow the cover's last
 * date/publisher line.
 */
function findBodyTitle(items: Item[], lower: number, bodyStart: number, coverTitle: string | null, coverAdjacent: boolean): Span | null {
  let floor = lower;
  if (coverAdjacent) {
    const lastCoverField = lastIndex(items, lower, bodyStart, (p) => /(发|实)[\s\u3000]*(布|施)$/.test(p.text));
    if (lastCoverField === null) return null;
    floor = lastCoverField + 1;
  }
  const spans: Span[] = [];
  for (let i = bodyStart - 1; i >= floor && bodyStart - i <= 2; i--) {
    const p = para(items, i);
    if (!p || !titleLike(p)) break;
    spans.push({ start: i, end: bodyStart });
  }
  if (!spans.length) return null;
  const textOf = (sp: Span) => compact(items.slice(sp.start, sp.end).map((x) => (x.kind === 'para' ? x.text : '')).join(''));
  const wanted = coverTitle ? compact(coverTitle) : null;
  const matching = wanted ? spans.find((sp) => textOf(sp) === wanted) ?? spans.find((sp) => textOf(sp).includes(wanted) || wanted.includes(textOf(sp))) : undefined;
  if (matching) return matching;
  const single = spans[0]!;
  const before = para(items, single.start - 1);
  return coverAdjacent || !wanted || !before || /[。]$/.test(before.text) ? single : null;
}

function lastIndex(items: Item[], from: number, to: number, test: (p: ParaItem) => boolean): number | null {
  for (let i = to - 1; i >= from; i--) {
    const p = para(items, i);
    if (p && test(p)) return i;
  }
  return null;
}
