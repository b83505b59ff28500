// Document traversal helpers shared by the format rules (rules-a).
import type { Block, Clause, StandardDocument, Table, TextBlock } from '../../model/types.ts';

export function isAnnex(c: Clause): boolean {
  return c.annex !== null || c.element === 'annex';
}

/** Depth-first walk; `top` is the chapter or annex the clause belongs to. */
export function walkClauses(
  clauses: readonly Clause[],
  visit: (c: Clause, parent: Clause | null, top: Clause) => void,
): void {
  const go = (list: readonly Clause[], parent: Clause | null, top: Clause | null): void => {
    for (const c of list) {
      const t = top ?? c;
      visit(c, parent, t);
      go(c.children, c, t);
    }
  };
  go(clauses, null, null);
}

/** Top-level body chapters (not annexes), in document order. */
export function bodyChapters(doc: StandardDocument): Clause[] {
  return doc.clauses.filter((c) => !isAnnex(c));
}

export function annexes(doc: StandardDocument): Clause[] {
  return doc.clauses.filter(isAnnex);
}

export function isText(b: Block): b is TextBlock {
  return b.kind === 'text';
}

export function isTable(b: Block): b is Table {
  return b.kind === 'table';
}

/** All text blocks of a clause and its descendants, in order. */
export function textBlocksDeep(c: Clause): TextBlock[] {
  const out: TextBlock[] = [];
  walkClauses([c], (x) => out.push(...x.blocks.filter(isText)));
  return out;
}

/** Every text block of the normative body and annexes with the clause it sits in. */
export function bodyTextBlocks(doc: StandardDocument): { block: TextBlock; clause: Clause; top: Clause }[] {
  const out: { block: TextBlock; clause: Clause; top: Clause }[] = [];
  walkClauses(doc.clauses, (clause, _p, top) => {
    for (const b of clause.blocks) if (isText(b)) out.push({ block: b, clause, top });
  });
  return out;
}

/** Every table of the body and annexes with the chapter/annex it sits in, in document order. */
export function tablesWithTop(doc: StandardDocument): { table: Table; top: Clause }[] {
  const out: { table: Table; top: Clause }[] = [];
  walkClauses(doc.clauses, (clause, _p, top) => {
    for (const b of clause.blocks) if (isTable(b)) out.push({ table: b, top });
  });
  return out.sort((a, b) => a.table.loc.line - b.table.loc.line);
}

export function findElement(doc: StandardDocument, kind: Clause['element']): Clause | null {
  return bodyChapters(doc).find((c) => c.element === kind) ?? null;
}

const TERMS_TITLE = /^术语/;
/** The terms sub-clause of a combined chapter (not a term entry that happens to start with 术语, e.g. "术语库"). */
const TERMS_SUBCLAUSE = /^术语([和与及、]定义)?$/;

/**
 * The clause holding the terms lead-in and entries. That is the 术语和定义 chapter, or a chapter whose title starts
 * with 术语 but is not a 2020 title ("术语和缩略语", "术语与定义": structure/required-elements reports the title, the
 * content is still the terms chapter). In a combined chapter "术语、定义和缩略语" with no text of its own, the lead-in
 * and entries sit in its sub-clause "术语和定义".
 */
export function termsClause(doc: StandardDocument): Clause | null {
  const chapters = bodyChapters(doc);
  const chapter = chapters.find((c) => c.element === 'terms')
    ?? chapters.find((c) => c.element === 'other' && TERMS_TITLE.test(compactTitle(c)));
  if (!chapter) return null;
  const ownText = chapter.blocks.some((b) => isText(b) && b.text.trim() !== '');
  const sub = ownText ? undefined : chapter.children.find((c) => TERMS_SUBCLAUSE.test(compactTitle(c)));
  return sub ?? chapter;
}

function compactTitle(c: Clause): string {
  return (c.title ?? '').replace(/[\s\u3000]+/g, '');
}

/**
 * Engineering-construction standards (GB 50xxx, JGJ, CJJ …) use their own modal scheme
 * ("必须/严禁", "不得"), so wording rules written for GB/T 1.1 do not apply to them.
 */
function isEngineeringConstruction(doc: StandardDocument): boolean {
  const n = doc.cover.standardNumber?.value ?? '';
  return /^GB(\/T)?\s*5\d{4}/.test(n) || /^(JGJ|CJJ|CECS|DBJ|DGJ)/.test(n);
}

/**
 * Documents drafted under rules other than GB/T 1.1: engineering-construction standards and 食品安全国家标准
 * (which keep "本标准", "不得检出/不得使用" and have no drafting-basis sentence). GB/T 1.1 wording rules skip them.
 */
export function hasOwnDraftingRules(doc: StandardDocument): boolean {
  const title = doc.cover.titleZh?.value ?? doc.bodyTitle?.value ?? '';
  const foodSafety = doc.kind === 'national' && /^食品安全国家标准/.test(title.replace(/[\s\u3000]+/g, ''));
  return foodSafety || isEngineeringConstruction(doc);
}

/** Text blocks of the foreword, in order (empty when there is no foreword). */
export function forewordTexts(doc: StandardDocument): TextBlock[] {
  return doc.foreword ? doc.foreword.blocks.filter(isText) : [];
}

export type TextSection = 'foreword' | 'introduction' | 'body';

/**
 * Running text where the document speaks in its own voice: foreword, introduction, body and annexes,
 * without the reference list and bibliography (whose lines are titles of other documents).
 */
export function prose(doc: StandardDocument): { block: TextBlock; section: TextSection; top: Clause | null }[] {
  const out: { block: TextBlock; section: TextSection; top: Clause | null }[] = [];
  for (const b of forewordTexts(doc)) out.push({ block: b, section: 'foreword', top: null });
  for (const b of doc.introduction?.blocks.filter(isText) ?? []) out.push({ block: b, section: 'introduction', top: null });
  for (const { block, top } of bodyTextBlocks(doc)) {
    if (top.element === 'normative-references' || top.element === 'bibliography') continue;
    out.push({ block, section: 'body', top });
  }
  return out;
}
