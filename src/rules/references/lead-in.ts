// Chapter 2 opens with the exact 2020 lead-in, or says "本文件没有规范性引用文件。" when it lists nothing.
import { defineRule } from '../types.ts';
import { normalizeForCompare } from '../util/text.ts';
import { REFS_LEAD_IN_2020, REFS_LEAD_IN_OLD_MARKERS, REFS_NONE_2020, REFS_NONE_OLD } from '../util/refs-boilerplate.ts';

/** The final full stop is punctuation, not wording: a lead-in that only lacks it (or ends with "：") is the 2020 one. */
const withoutStop = (s: string): string => s.replace(/[。.：:；;]$/, '');
const LEAD_IN = withoutStop(normalizeForCompare(REFS_LEAD_IN_2020));
const NONE = withoutStop(normalizeForCompare(REFS_NONE_2020));

/** Old lead-ins also circulate with 本标准/本部分 as the self-reference. */
const unifySelf = (s: string): string => s.replace(/本标准|本部分/g, '本文件');

function oldEdition(norm: string): '2009' | '2000' | null {
  const hit = REFS_LEAD_IN_OLD_MARKERS.find((m) => unifySelf(norm).includes(unifySelf(normalizeForCompare(m.phrase))));
  return hit?.edition ?? null;
}

const leadIn = { zh: '改为：{sentence}', en: 'Write: {sentence}' };

export default defineRule({
  meta: {
    id: 'references/lead-in',
    category: 'references',
    severity: 'error',
    basis: 'GB/T 1.1—2020 8.6',
    profiles: ['enterprise-product', 'enterprise-service', 'national'],
    description: {
      zh: '规范性引用文件的引导语为2020版的固定表述；无引用文件时写“本文件没有规范性引用文件。”',
      en: 'The normative-references lead-in is the fixed 2020 sentence; without references the chapter says "本文件没有规范性引用文件。"',
    },
    rationale: {
      zh: 'GB/T 1.1—2020规定了第2章引导语的固定措辞，它说明注日期与不注日期引用的含义。2009版或2000版的引导语（如“凡是注日期的引用文件……”）说明文件按已被代替的规则编写；没有引用文件时第2章仍应保留并写明“本文件没有规范性引用文件。”',
      en: 'GB/T 1.1—2020 fixes the wording of the chapter-2 lead-in, which defines what dated and undated references mean. The 2009/2000 lead-ins show the document follows superseded rules; without references, chapter 2 stays and says "本文件没有规范性引用文件。"',
    },
    messages: {
      missing: { zh: '第2章列有引用文件，但缺少引导语', en: 'Chapter 2 lists documents but has no lead-in' },
      outdated: { zh: '第2章引导语是GB/T 1.1—{edition}的表述，应改为2020版引导语', en: 'The chapter-2 lead-in is the GB/T 1.1—{edition} wording; use the 2020 lead-in' },
      wrong: { zh: '第2章引导语与GB/T 1.1—2020规定的表述不一致', en: 'The chapter-2 lead-in differs from the wording fixed by GB/T 1.1—2020' },
      conflict: { zh: '第2章写明“本文件没有规范性引用文件。”，却又列出了{count}项引用文件', en: 'Chapter 2 says "本文件没有规范性引用文件。" but lists {count} documents' },
      empty: { zh: '第2章没有列出引用文件，也没有写明“本文件没有规范性引用文件。”', en: 'Chapter 2 lists no documents and does not say "本文件没有规范性引用文件。"' },
      wrongNone: { zh: '无规范性引用文件时应写作“本文件没有规范性引用文件。”', en: 'Without normative references the chapter should say "本文件没有规范性引用文件。"' },
    },
    suggestions: {
      missing: leadIn,
      outdated: leadIn,
      wrong: leadIn,
      conflict: { zh: '保留引用文件时改用引导语：{sentence}；否则删除列出的文件', en: 'Keep the list with the lead-in: {sentence}; or remove the listed documents' },
      empty: { zh: '写明：{none}', en: 'Write: {none}' },
      wrongNone: { zh: '改为：{none}', en: 'Write: {none}' },
    },
    examples: {
      good: REFS_LEAD_IN_2020,
      bad: '下列文件对于本文件的应用是必不可少的。凡是注日期的引用文件，仅注日期的版本适用于本文件。凡是不注日期的引用文件，其最新版本（包括所有的修改单）适用于本文件。',
    },
  },
  check(ctx) {
    const refs = ctx.doc.references;
    if (!refs) return; // structure/required-elements reports a missing chapter 2
    const data = { sentence: REFS_LEAD_IN_2020, none: REFS_NONE_2020, count: refs.entries.length };
    const loc = refs.leadInLoc ?? refs.clause.loc;
    const text = refs.leadIn ?? '';
    const norm = withoutStop(normalizeForCompare(text));
    const report = (messageId: string, extra: Record<string, string> = {}): void =>
      ctx.report({ messageId, data: { ...data, ...extra }, loc, excerpt: text || undefined });

    // A list set as a table is not parsed into entries; it still counts as a list for the lead-in.
    const listed = refs.entries.length > 0 || refs.clause.blocks.some((b) => b.kind === 'table');
    if (listed) {
      if (norm === LEAD_IN) return;
      if (!norm) return report('missing');
      if (norm === NONE || REFS_NONE_OLD.test(norm)) return refs.entries.length > 0 ? report('conflict') : undefined;
      const edition = oldEdition(norm);
      return edition ? report('outdated', { edition }) : report('wrong');
    }
    if (norm === NONE) return;
    if (!norm) return report('empty');
    if (REFS_NONE_OLD.test(norm)) return report('wrongNone');
    // A lead-in with nothing after it: the list is missing or the chapter should carry the "none" sentence.
    return report('empty');
  },
});
