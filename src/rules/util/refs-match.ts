// Citations ↔ reference list: which citations are normative, and which list entry covers a citation (rules-b).
// Matching is by code + number ("GB/T 2912.1"), never by year: an undated citation matches a dated
// entry and vice versa (GB/T 1.1—2020 6.4: the list states the edition, the body may cite either way).
import type { Citation, Clause, Loc, ReferenceEntry, StandardDocument, StandardRef } from '../../model/types.ts';
import { compactKey } from '../../registry/keys.ts';
import { parseStandardNumber } from './numbers.ts';

export function refKey(r: Pick<StandardRef, 'key' | 'code' | 'number'>): string {
  return compactKey(r.key || `${r.code} ${r.number}`);
}

/**
 * Does a list entry cover a citation? Same key; or one side is "（所有部分）" and the other is one of its
 * parts: an entry "GB 6675（所有部分）" covers a body citation "GB 6675.4", and a citation
 * "GB 6675（所有部分）" is covered by the entries of its parts. A plain entry "GB/T 2912" does not cover
 * "GB/T 2912.1" (a different document).
 */
export function covers(entry: Pick<StandardRef, 'key' | 'code' | 'number' | 'allParts'>, cite: Pick<StandardRef, 'key' | 'code' | 'number' | 'allParts'>): boolean {
  const e = refKey(entry);
  const c = refKey(cite);
  if (e === c) return true;
  if (entry.allParts && c.startsWith(e + '.')) return true;
  if (cite.allParts && e.startsWith(c + '.')) return true;
  return false;
}

/** Compact keys of the document's own number and of the numbers it replaces (代替): never citations. */
export function ownKeys(doc: StandardDocument): Set<string> {
  const out = new Set<string>();
  for (const f of [doc.cover.standardNumber, ...doc.cover.replaces]) {
    if (!f) continue;
    for (const part of f.value.split(/[、，,；;]/)) {
      const p = parseStandardNumber(part.replace(/^代替/, ''));
      if (p) out.add(compactKey(`${p.code} ${p.seq}`));
    }
  }
  return out;
}

/**
 * The chapter or annex a location belongs to: the last top-level clause starting at or before its line
 * (works when headings carry no numbers, as in some PDFs), else by clause number ("5.2" → 5, "A.1" → A).
 */
export function topClauseOf(doc: StandardDocument, loc: Loc): Clause | null {
  if (loc.line >= 1 && doc.clauses.length > 0 && doc.clauses[0]!.loc.line <= loc.line) {
    let found: Clause | null = null;
    for (const c of doc.clauses) if (c.loc.line <= loc.line) found = c;
    return found;
  }
  const head = loc.clause?.split('.')[0];
  if (!head) return null;
  return doc.clauses.find((c) => c.number === head || c.annex?.letter === head) ?? null;
}

const INFORMATIVE_BEFORE = /(参见|详见|参考|见)\s*$/;
const METHOD_ELEMENTS = new Set<Clause['element']>(['test-methods', 'inspection-rules']);

function textBefore(c: Citation): string {
  const i = c.context.indexOf(c.raw);
  if (i >= 0) return c.context.slice(0, i);
  const j = c.context.replace(/\s+/g, '').indexOf(c.key.replace(/\s+/g, ''));
  return j >= 0 ? c.context.replace(/\s+/g, '').slice(0, j) : '';
}

/**
 * Is this citation a normative reference that chapter 2 must list?
 * - only the body and annexes count (the foreword's GB/T 1.1—2020 and the cover's own/replaced numbers do not);
 * - in the terms chapter only the lead-in ("…界定的…") is normative; "[来源：…]" sources are not;
 * - informative annexes count only for explicitly normative wording;
 * - usage from the builder decides; 'unknown' usage counts as normative only in the test-method and
 *   inspection chapters (a bare "GB/T 7573" there names the method), never with "见/参见" right before it.
 *   Elsewhere (scope, notes-like prose) an unclear citation is not demanded in the list: precision first.
 */
export function isNormativeCitation(doc: StandardDocument, c: Citation, own: Set<string> = ownKeys(doc)): boolean {
  if (c.section !== 'body' && c.section !== 'annex') return false;
  if (own.has(refKey(c))) return false;
  const top = topClauseOf(doc, c.loc);
  if (top && (top.element === 'normative-references' || top.element === 'bibliography')) return false;
  if (top?.element === 'terms') return /界定的/.test(c.context) && !/来源/.test(c.context);
  if (c.usage === 'informative') return false;
  if (top?.annex?.label === '资料性') return c.usage === 'normative';
  if (c.usage === 'normative') return true;
  if (INFORMATIVE_BEFORE.test(textBefore(c))) return false;
  return top !== null && METHOD_ELEMENTS.has(top.element);
}

/** Citations outside chapter 2 (and outside the cover and bibliography) — what "cited in the document" means. */
export function citationsOutsideList(doc: StandardDocument): Citation[] {
  const own = ownKeys(doc);
  return doc.citations.filter((c) => {
    if (c.section === 'references' || c.section === 'cover' || c.section === 'bibliography') return false;
    if (own.has(refKey(c))) return false;
    const top = topClauseOf(doc, c.loc);
    return !(top && top.element === 'normative-references');
  });
}

export function listEntries(doc: StandardDocument): ReferenceEntry[] {
  return doc.references?.entries ?? [];
}
