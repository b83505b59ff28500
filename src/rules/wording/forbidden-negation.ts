// Prohibitions use "不应"; "不得" and "不可" are not the GB/T 1.1—2020 forms.
import { defineRule } from '../types.ts';
import { hasOwnDraftingRules, prose } from '../util/doc.ts';
import { findModals } from '../util/modal.ts';
import { around } from '../util/text.ts';

export default defineRule({
  meta: {
    id: 'wording/forbidden-negation',
    category: 'wording',
    severity: 'warning',
    basis: 'GB/T 1.1—2020 9.1、附录C（禁止用“不应”）',
    profiles: ['enterprise-product', 'enterprise-service', 'national'],
    description: { zh: '禁止型要求用“不应”，不用“不得”“不可”', en: 'Prohibitions use "不应", not "不得" or "不可"' },
    rationale: {
      zh: '要求型条款的否定形式为“不应”。“不可”不能代替“不应”；“不得”在2009版中列为等效表述，2020版是否仍允许尚未确认，因此只作警告。指标表中的“不得检出”是引自食品、纺织等强制性标准的限值写法，不在此列；“必不可少”“不可逆”等词也不是能愿动词。',
      en: 'The negative requirement is "不应". "不可" is not a substitute; "不得" was an accepted equivalent in 2009 and its 2020 status is unconfirmed, hence a warning. "不得检出" in indicator tables is the limit wording of mandatory food/textile standards and is not flagged, nor are words like 必不可少 or 不可逆.',
    },
    messages: {
      negation: { zh: '禁止型要求使用了“{word}”，宜改为“不应”', en: '"{word}" used for a prohibition; prefer "不应"' },
    },
    suggestions: { negation: { zh: '将“{word}”改为“不应”', en: 'Replace "{word}" with "不应"' } },
    examples: { good: '产品不应有破损。表中：沙门氏菌　不得检出', bad: '产品不得有破损。' },
  },
  check(ctx) {
    if (hasOwnDraftingRules(ctx.doc)) return;
    // Table cells are left alone: "不得检出"/"不得使用" there are limit values quoted from mandatory standards.
    for (const { block } of prose(ctx.doc)) {
      const hit = findModals(block.text, ['不得', '不可'])[0];
      if (hit) ctx.report({ messageId: 'negation', data: { word: hit.word }, loc: block.loc, excerpt: around(block.text, hit.index, hit.length) });
    }
  },
});
