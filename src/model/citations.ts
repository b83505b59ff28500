// Every standard number cited in the document, with how it is used (normative / informative) and what part of
// it is cited ("中5.2", "的表1", "第4章").
import type { Block, Citation, Clause, ElementKind, Loc, StandardDocument } from './types.ts';
import { findStandardNumbers } from './std-number.ts';
import { compact, sentenceAt } from './text.ts';

type Section = Citation['section'];

const INFORMATIVE_BEFORE = /(?:参见|详见|参考|见)[\s\u3000]*$/;
const NORMATIVE_SENTENCE =
  /按照?|依照|依据|根据|执行|应符合|符合[^。；]*?(?:规定|要求)|采用[^。；]*?(?:方法|规定)|(?:规定|方法|进行|测定|检验|试验|检测)(?:[。；，,]|$)/;
const METHOD_HEADER = /试验方法|检验方法|检测方法|测试方法|分析方法|方法标准/;
const POINTER =
  /^[\s\u3000]*((?:中|的)[\s\u3000]*(?:第[\s\u3000]*\d+[\s\u3000]*[章条]|\d+(?:\.\d+)+|[A-Z]\.\d+(?:\.\d+)*|表[\s\u3000]*[A-Z]?\.?\d+(?:\.\d+)?|图[\s\u3000]*[A-Z]?\.?\d+|附录[\s\u3000]*[A-Z]|\d+[\s\u3000]*[章条])|(?:第[\s\u3000]*\d+[\s\u3000]*章|附录[\s\u3000]*[A-Z]|表[\s\u3000]*[A-Z]?\.?\d+(?:\.\d+)?))/;

/** Usage inferred from the words around the citation. */
function usageOf(text: string, index: number, forced: Citation['usage'] | null): Citation['usage'] {
  if (forced === 'informative' || INFORMATIVE_BEFORE.test(text.slice(Math.max(0, index - 4), index))) return 'informative';
  if (forced) return forced;
  const sentence = sentenceAt(text, index);
  if (NORMATIVE_SENTENCE.test(sentence)) return 'normative';
  return 'unknown';
}

interface Ctx {
  out: Citation[];
  skip: Set<string>;
}

function scanText(ctx: Ctx, text: string, loc: Loc, section: Section, forced: Citation['usage'] | null): void {
  for (const m of findStandardNumbers(text)) {
    if (ctx.skip.has(`${m.ref.key}|${m.ref.year ?? ''}`)) continue;
    const after = text.slice(m.index + m.text.length);
    const pointer = after.match(POINTER);
    const titled = after.match(/^[\s\u3000]*《([^》]{1,80})》/);
    ctx.out.push({
      raw: m.text,
      ...m.ref,
      title: titled ? titled[1]! : null,
      usage: usageOf(text, m.index, forced),
      section,
      pointer: pointer ? compact(pointer[1]!) : null,
      context: sentenceAt(text, m.index),
      loc,
    });
  }
}

function scanBlocks(ctx: Ctx, blocks: Block[], section: Section, forced: Citation['usage'] | null): void {
  for (const b of blocks) {
    if (b.kind === 'text') {
      scanText(ctx, b.text, b.loc, section, b.role === 'note' || b.role === 'example' ? 'informative' : forced);
      continue;
    }
    // A method column may be named in any header row (a merged "试验方法" cell spans both rows).
    const methodCols = new Set(b.header.flatMap((row) => row.map((h, i) => (METHOD_HEADER.test(compact(h)) ? i : -1))).filter((i) => i >= 0));
    b.header.forEach((row) => row.forEach((cell) => scanText(ctx, cell, b.loc, section, forced)));
    b.rows.forEach((row, r) =>
      row.forEach((cell, col) => scanText(ctx, cell, b.rowLocs[r] ?? b.loc, section, forced ?? (methodCols.has(col) ? 'normative' : null))),
    );
  }
}

function scanClause(ctx: Ctx, c: Clause, section: Section, inherited: ElementKind | null, annexInformative: boolean): void {
  const element = inherited ?? c.element;
  const informativeAnnex = annexInformative || (c.annex !== null && c.annex.label !== '规范性' && /资料性|参考|提示/.test(c.annex.labelRaw ?? ''));
  let forced: Citation['usage'] | null = null;
  if (section === 'bibliography' || informativeAnnex) forced = 'informative';
  else if (element === 'test-methods') forced = 'normative';
  if (c.title) scanText(ctx, c.title, c.loc, section, forced);
  scanBlocks(ctx, c.blocks, section, forced);
  for (const child of c.children) scanClause(ctx, child, section, element, informativeAnnex);
}

/**
 * Collects citations in document order. The document's own number and the numbers it replaces are not citations.
 * Front matter (cover, foreword, introduction) is informative by nature: its citations are never normative.
 */
export function collectCitations(doc: Omit<StandardDocument, 'citations'>, coverTexts: { text: string; loc: Loc }[]): Citation[] {
  const skip = new Set<string>();
  const own = [doc.cover.standardNumber?.value, ...doc.cover.replaces.map((r) => r.value)];
  for (const s of own) for (const m of s ? findStandardNumbers(s) : []) skip.add(`${m.ref.key}|${m.ref.year ?? ''}`);
  const ctx: Ctx = { out: [], skip };
  for (const p of coverTexts) scanText(ctx, p.text, p.loc, 'cover', 'informative');
  if (doc.foreword) scanBlocks(ctx, doc.foreword.blocks, 'foreword', 'informative');
  if (doc.introduction) scanBlocks(ctx, doc.introduction.blocks, 'introduction', 'informative');
  for (const c of doc.clauses) {
    if (c.element === 'normative-references') {
      for (const e of doc.references?.clause === c ? doc.references.entries : []) {
        if (e.kind !== 'standard') continue;
        ctx.out.push({
          raw: e.raw, code: e.code, number: e.number, year: e.year, yearSep: e.yearSep, allParts: e.allParts, title: e.title,
          key: e.key, usage: 'normative', section: 'references', pointer: null, context: e.raw, loc: e.loc,
        });
      }
      continue;
    }
    const section: Section = c.annex ? 'annex' : c.element === 'bibliography' ? 'bibliography' : 'body';
    scanClause(ctx, c, section, null, false);
  }
  return ctx.out;
}
