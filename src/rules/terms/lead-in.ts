// The 术语和定义 chapter opens with one of the four 2020 lead-ins, consistent with whether it defines terms.
import { defineRule } from '../types.ts';
import type { Clause, TextBlock } from '../../model/types.ts';
import { isText, termsClause } from '../util/doc.ts';
import { normalizeForCompare } from '../util/text.ts';
import { TERMS_NONE, TERMS_OWN } from '../util/refs-boilerplate.ts';

/** A cited document number in compact form: "GB/T20000.1", "GB/T20000.1—2014", "ISO9000：2015", "GB/T3102（所有部分）". */
const NUM = String.raw`[A-Z][A-Za-z]*(?:\/[A-Z]+)?\d[\d.]*(?:[—：]\d{4})?(?:（所有部分）)?`;
const REFS = `(${NUM}(?:[、和及与]${NUM})*)`;
const SELF = '(本文件|本标准|本部分)';

const FORMS: { form: 'own' | 'imported' | 'both' | 'none'; re: RegExp }[] = [
  // A missing final "。" (or a "：" before the entries) is not worth an error; the wording is what counts.
  { form: 'own', re: new RegExp(`^下列术语和定义适用于${SELF}[。：:]?$`) },
  { form: 'imported', re: new RegExp(`^${REFS}界定的术语和定义适用于${SELF}。?$`) },
  { form: 'both', re: new RegExp(`^${REFS}界定的以及下列术语和定义适用于${SELF}[。：:]?$`) },
  { form: 'none', re: new RegExp(`^${SELF}没有需要界定的术语和定义。?$`) },
];
/** Older "none" wordings: "本标准不需要定义术语。", "本文件不提供术语和定义。", "本标准无需界定的术语。" */
const OLD_NONE = /^本(文件|标准|部分)(不需要|不提供|无需|无)(界定|定义)?(的)?术语(和定义)?。?$/;

interface LeadIn {
  /** Lead-in text as written (first sentence of the first paragraph, or a PDF-wrapped paragraph joined). */
  text: string;
  /** Normalised first sentence: GB/T 1.1 allows a follow-up such as "为了便于使用，以下重复列出了……". */
  norm: string;
  block: TextBlock;
  /** Whether anything else follows the lead-in in the chapter's own content. */
  more: boolean;
}

/**
 * The lead-in is the first text paragraph. When it does not match a 2020 form and has no full stop, it may
 * be a line wrap (PDF): the next paragraphs are joined, up to three, if that makes it match.
 */
function leadIn(c: Clause): LeadIn | null {
  const texts = c.blocks.filter((b): b is TextBlock => isText(b) && b.text.trim() !== '');
  const first = texts[0];
  if (!first || first.role !== 'text') return null;
  const hasOther = c.blocks.some((b) => !isText(b));
  const make = (used: number): LeadIn => {
    const text = texts.slice(0, used).map((b) => b.text.trim()).join('');
    return { text, norm: normalizeForCompare(text).replace(/(。).*$/, '$1'), block: first, more: texts.length > used || hasOther };
  };
  const single = make(1);
  for (let used = 2; used <= Math.min(texts.length, 3) && !formOf(single.norm); used++) {
    if (texts[used - 1]!.role !== 'text' || /。$/.test(texts[used - 2]!.text.trim())) break;
    const joined = make(used);
    if (formOf(joined.norm)) return joined;
  }
  return single;
}

function formOf(norm: string): { form: (typeof FORMS)[number]['form']; m: RegExpExecArray } | null {
  for (const f of FORMS) {
    const m = f.re.exec(norm);
    if (m) return { form: f.form, m };
  }
  return null;
}

function fixSelf(s: string): string {
  return s.replace(/本标准|本部分/g, '本文件');
}

/** Compact text lost the space after a code: "GB/T20000.1" → "GB/T 20000.1". */
function spaced(s: string): string {
  return s.replace(/([A-Z])(\d)/g, '$1 $2');
}

export default defineRule({
  meta: {
    id: 'terms/lead-in',
    category: 'terms',
    severity: 'error',
    basis: 'GB/T 1.1—2020 8.7',
    profiles: ['enterprise-product', 'enterprise-service', 'national'],
    description: {
      zh: '术语和定义的引导语为2020版四种表述之一，并与是否界定术语一致',
      en: 'The terms lead-in is one of the four 2020 forms and matches whether terms are defined',
    },
    rationale: {
      zh: 'GB/T 1.1—2020规定了四种引导语：“下列术语和定义适用于本文件。”“……界定的术语和定义适用于本文件。”“……界定的以及下列术语和定义适用于本文件。”“本文件没有需要界定的术语和定义。”。2009年前后的“本标准……”表述说明按旧规则编写；引导语与是否列出术语条目矛盾也是常见问题。',
      en: 'GB/T 1.1—2020 fixes four lead-ins for the terms chapter. The 2009-era "本标准…" wordings show superseded rules; a lead-in that contradicts the presence of term entries is a common defect.',
    },
    messages: {
      missing: { zh: '术语和定义一章列有术语条目，但缺少引导语', en: 'The terms chapter defines terms but has no lead-in' },
      empty: { zh: '术语和定义一章为空，应写明“本文件没有需要界定的术语和定义。”', en: 'The terms chapter is empty; it should say "本文件没有需要界定的术语和定义。"' },
      outdated: { zh: '术语和定义的引导语使用了旧版表述（“本标准”等）', en: 'The terms lead-in uses a pre-2020 wording ("本标准" etc.)' },
      wrong: { zh: '术语和定义的引导语不是GB/T 1.1—2020规定的四种表述之一', en: 'The terms lead-in is not one of the four forms fixed by GB/T 1.1—2020' },
      conflictNone: { zh: '引导语写明没有需要界定的术语，却列出了{count}个术语条目', en: 'The lead-in says there are no terms, but {count} term entries follow' },
      conflictImported: { zh: '引导语只引用{refs}界定的术语，却又列出了{count}个术语条目', en: 'The lead-in only imports the terms of {refs}, but {count} own term entries follow' },
      noEntries: { zh: '引导语写明“下列术语和定义”，但本章没有术语条目', en: 'The lead-in announces "下列术语和定义" but no term entries follow' },
    },
    suggestions: {
      missing: { zh: '补充：{sentence}', en: 'Add: {sentence}' },
      empty: { zh: '写明：{sentence}', en: 'Write: {sentence}' },
      outdated: { zh: '改为：{sentence}', en: 'Write: {sentence}' },
      wrong: { zh: '改为：{sentence}', en: 'Write: {sentence}' },
      conflictNone: { zh: '改为：{sentence}', en: 'Write: {sentence}' },
      conflictImported: { zh: '改为：{sentence}', en: 'Write: {sentence}' },
      noEntries: { zh: '改为：{sentence}', en: 'Write: {sentence}' },
    },
    examples: { good: TERMS_OWN, bad: '下列术语和定义适用于本标准。' },
  },
  check(ctx) {
    const terms = termsClause(ctx.doc);
    if (!terms) return; // structure/required-elements reports the missing chapter
    const count = terms.children.length;
    const lead = leadIn(terms);
    if (!lead) {
      ctx.report(count > 0
        ? { messageId: 'missing', data: { sentence: TERMS_OWN }, loc: terms.loc }
        : { messageId: 'empty', data: { sentence: TERMS_NONE }, loc: terms.loc });
      return;
    }
    const { norm } = lead;
    const report = (messageId: string, sentence: string, extra: Record<string, string | number> = {}): void =>
      ctx.report({ messageId, data: { sentence, count, ...extra }, loc: lead.block.loc, excerpt: lead.text });

    const match = formOf(norm);
    // The chapter opens straight with a term (no lead-in at all), possibly not recognised as an entry.
    if (!match && !/术语|定义|适用于/.test(norm)) return report('missing', TERMS_OWN);
    if (!match) {
      if (OLD_NONE.test(norm)) return report(count > 0 ? 'conflictNone' : 'outdated', count > 0 ? TERMS_OWN : TERMS_NONE);
      return report('wrong', count > 0 ? TERMS_OWN : TERMS_NONE);
    }
    const refs = match.form === 'imported' || match.form === 'both' ? spaced(match.m[1]!) : '';
    if (match.form === 'none' && count > 0) return report('conflictNone', TERMS_OWN);
    if (match.form === 'imported' && count > 0) return report('conflictImported', `${refs}界定的以及下列术语和定义适用于本文件。`, { refs });
    // "No entries" only when nothing at all follows the lead-in: term entries the builder did not turn into
    // sub-clauses (plain "3.1 …" paragraphs) must not make a correct lead-in look wrong.
    if ((match.form === 'own' || match.form === 'both') && count === 0 && !lead.more) {
      return report('noEntries', match.form === 'both' ? `${refs}界定的术语和定义适用于本文件。` : TERMS_NONE);
    }
    const self = match.m[match.m.length - 1];
    if (self !== '本文件') report('outdated', spaced(fixSelf(norm)));
  },
});
