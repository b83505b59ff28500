// The document refers to itself as "本文件" (2020), not "本标准" (2009).
import { defineRule } from '../types.ts';
import type { TextBlock } from '../../model/types.ts';
import { hasOwnDraftingRules, prose } from '../util/doc.ts';
import { maskQuoted } from '../util/text.ts';

/** 2009-style self-references: 本标准, 本部分 (for parts), 本规范 (not 本规范性…/本规范化). */
const SELF = /本标准(?!化)|本部分|本规范(?![性化])/g;

export default defineRule({
  meta: {
    id: 'wording/self-reference',
    category: 'wording',
    severity: 'warning',
    basis: 'GB/T 1.1—2020（文件的自称“本文件”）',
    profiles: ['enterprise-product', 'enterprise-service', 'national'],
    description: { zh: '文件自称“本文件”，不用“本标准”“本部分”“本规范”', en: 'The document calls itself "本文件", not "本标准", "本部分" or "本规范"' },
    rationale: {
      zh: 'GB/T 1.1—2020中文件的自称为“本文件”（分部分的文件也是如此）；“本标准”“本部分”是GB/T 1.1—2009的写法，“本规范”也是旧式自称，常见于按旧规则起草而未更新的标准。引号和书名号内的文字不在此列。',
      en: 'GB/T 1.1—2020 documents call themselves "本文件" (parts too); "本标准" and "本部分" are the GB/T 1.1—2009 usage and "本规范" an older one, marking a document drafted to the old rules. Quoted text and cited titles are exempt.',
    },
    messages: {
      chapter: { zh: '第{chapter}章中用“{word}”自称（共{count}处），应为“本文件”', en: 'Chapter {chapter} calls the document "{word}" ({count}×); use "本文件"' },
      annex: { zh: '附录{chapter}中用“{word}”自称（共{count}处），应为“本文件”', en: 'Annex {chapter} calls the document "{word}" ({count}×); use "本文件"' },
      foreword: { zh: '前言中用“{word}”自称（共{count}处），应为“本文件”', en: 'The foreword calls the document "{word}" ({count}×); use "本文件"' },
      introduction: { zh: '引言中用“{word}”自称（共{count}处），应为“本文件”', en: 'The introduction calls the document "{word}" ({count}×); use "本文件"' },
    },
    suggestions: Object.fromEntries(
      ['chapter', 'annex', 'foreword', 'introduction'].map((id) => [id, { zh: '将“{word}”改为“本文件”', en: 'Replace "{word}" with "本文件"' }]),
    ),
    examples: { good: '本文件规定了纯棉针织内衣的要求。', bad: '本标准规定了纯棉针织内衣的要求。' },
  },
  check(ctx) {
    if (hasOwnDraftingRules(ctx.doc)) return;
    // One finding per chapter/foreword/annex with a count: a 2009-era document says 本标准 dozens of times.
    const byScope = new Map<string, { messageId: string; chapter: string; first: TextBlock; count: number; words: Set<string> }>();
    for (const { block, section, top } of prose(ctx.doc)) {
      const found = [...maskQuoted(block.text).matchAll(SELF)].map((m) => m[0]);
      if (!found.length) continue;
      const chapter = top?.annex?.letter ?? top?.number ?? top?.title ?? '';
      const messageId = section !== 'body' ? section : top?.annex ? 'annex' : 'chapter';
      const key = `${messageId}:${chapter}`;
      const entry = byScope.get(key) ?? { messageId, chapter, first: block, count: 0, words: new Set<string>() };
      entry.count += found.length;
      for (const w of found) entry.words.add(w);
      byScope.set(key, entry);
    }
    for (const { messageId, chapter, first, count, words } of byScope.values()) {
      ctx.report({ messageId, data: { chapter, count, word: [...words].join('、') }, loc: first.loc });
    }
  },
});
