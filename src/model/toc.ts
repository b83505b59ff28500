// Table of contents (目次): entries with their page numbers, kept out of the body.
import type { Toc } from './types.ts';
import type { Item } from './items.ts';
import type { Regions } from './front.ts';
import { locOf } from './tables.ts';

const TOC_CLAUSE = '目次';
const PAGE_TAIL = /(?<![\s\u3000.…·．_\-\dIVXⅠ-Ⅻivx])[\s\u3000.…·．_\-]*(\d{1,3}|[IVXⅠ-Ⅻivx]{1,5})$/;
const LEADERS = /(?<![\s\u3000.…·．_\-])[\s\u3000]*[.…·．_\-]{2,}[\s\u3000]*$/;

export function parseToc(items: Item[], regions: Regions): Toc {
  if (!regions.toc) return { present: false, entries: [], loc: null };
  const heading = items[regions.toc.heading]!;
  const entries: Toc['entries'] = [];
  for (const it of items.slice(regions.toc.entries.start, regions.toc.entries.end)) {
    if (it.kind !== 'para') continue;
    const m = it.text.match(PAGE_TAIL);
    // "1 范围" without a page number keeps its digits; only a number after spaces/leaders is a page number.
    const hasPage = m !== null && m.index! > 0 && /[\s\u3000.…·．_\-]/.test(it.text.slice(m.index!, m.index! + 1));
    const text = hasPage ? it.text.slice(0, m!.index).replace(LEADERS, '').trim() : it.text.trim();
    entries.push({ text, page: hasPage ? m![1]! : null, loc: locOf(it.pos, TOC_CLAUSE) });
  }
  return { present: true, entries, loc: locOf(heading.pos, TOC_CLAUSE) };
}
