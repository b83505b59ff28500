// Prohibitions use "不应"; "不得" and "不可" are not the GB/T 1.1—2020 forms.
import { defineRule } from '../types.ts';
import { hasOwnDraftingRules, prose } from '../util/doc.ts';
import { findModals } from '../util/modal.ts';
import { around, maskQuoted } from '../util/text.ts';
import type { Clause, TextBlock } from '../../model/types.ts';

/** Chapters that state rather than require: 不能 there is a description, not a prohibition. */
const NOT_REQUIREMENTS: ReadonlySet<Clause['element']> = new Set(['scope', 'terms', 'symbols', 'normative-references', 'bibliography']);
/** 不能 directly before a verb (not 不能够, not the double negative 不能不). */
const CANNOT = /不能(?![够不])(?=[\u4e00-\u9fff])/g;
const CONDITION_START = /^(如果|如|若|当|假如|一旦|倘若|对于|在不能)/;
const CONDITION_END = /(时|时候|情况下|的话)$/;
const CAUSE = /导致|造成|因为|由于|否则|无法|是否|可能|以免|以防/;

/**
 * "消息服务访问地址不能发布至公网": 不能 used as a prohibition in a requirement sentence. Conditions and
 * descriptions ("不能满足要求时", "如不能…", "导致不能…") keep 能/不能 for capability, as 附录C does.
 */
function cannotAsProhibition(b: TextBlock): number | null {
  const masked = maskQuoted(b.text);
  for (const m of masked.matchAll(CANNOT)) {
    const start = Math.max(...['，', ',', '。', '；', ';', '：', ':', '\n'].map((p) => masked.lastIndexOf(p, m.index))) + 1;
    const ends = ['，', ',', '。', '；', ';', '\n'].map((p) => masked.indexOf(p, m.index)).filter((i) => i >= 0);
    const segment = masked.slice(start, ends.length ? Math.min(...ends) : masked.length).trim();
    if (CONDITION_START.test(segment) || CONDITION_END.test(segment) || CAUSE.test(segment)) continue;
    return m.index;
  }
  return null;
}

export default defineRule({
  meta: {
    id: 'wording/forbidden-negation',
    category: 'wording',
    severity: 'warning',
    basis: 'GB/T 1.1—2020 9.1、附录C（禁止用“不应”）',
    profiles: ['enterprise-product', 'enterprise-service', 'national'],
    description: { zh: '禁止型要求用“不应”，不用“不得”“不可”', en: 'Prohibitions use "不应", not "不得" or "不可"' },
    rationale: {
      zh: '要求型条款的否定形式为“不应”。“不可”不能代替“不应”；“能/不能”在附录C中表示能力，要求条款中的“不能发布至公网”这类禁止也应写“不应”（条件和描述中的“不能”不在此列）；“不得”在2009版中列为等效表述，2020版是否仍允许尚未确认，因此只作警告。指标表中的“不得检出”是引自食品、纺织等强制性标准的限值写法，不在此列；“必不可少”“不可逆”等词也不是能愿动词。',
      en: 'The negative requirement is "不应". "不可" is not a substitute; "能/不能" express capability in annex C, so a prohibition such as "不能发布至公网" in a requirement is written with "不应" (不能 in conditions and descriptions is not flagged); "不得" was an accepted equivalent in 2009 and its 2020 status is unconfirmed, hence a warning. "不得检出" in indicator tables is the limit wording of mandatory food/textile standards and is not flagged, nor are words like 必不可少 or 不可逆.',
    },
    messages: {
      negation: { zh: '禁止型要求使用了“{word}”，宜改为“不应”', en: '"{word}" used for a prohibition; prefer "不应"' },
      capability: { zh: '要求中用“不能”表示禁止（“能/不能”表示能力），宜改为“不应”', en: '"不能" used for a prohibition ("能/不能" express capability); prefer "不应"' },
    },
    suggestions: {
      negation: { zh: '将“{word}”改为“不应”', en: 'Replace "{word}" with "不应"' },
      capability: { zh: '将“不能”改为“不应”', en: 'Replace "不能" with "不应"' },
    },
    examples: { good: '产品不应有破损。表中：沙门氏菌　不得检出', bad: '产品不得有破损。' },
  },
  check(ctx) {
    if (hasOwnDraftingRules(ctx.doc)) return;
    // Table cells are left alone: "不得检出"/"不得使用" there are limit values quoted from mandatory standards.
    for (const { block, section, top } of prose(ctx.doc)) {
      // "沙门氏菌：不得检出" written as a list item or sentence is the same quoted limit value as in a table.
      const hit = findModals(block.text, ['不得', '不可']).find((m) => !block.text.startsWith('检出', m.index + m.length));
      if (hit) {
        ctx.report({ messageId: 'negation', data: { word: hit.word }, loc: block.loc, excerpt: around(block.text, hit.index, hit.length) });
        continue;
      }
      if (section !== 'body' || !top || NOT_REQUIREMENTS.has(top.element)) continue;
      if (block.role !== 'text' && block.role !== 'list-item') continue; // notes and examples describe
      const at = cannotAsProhibition(block);
      if (at !== null) ctx.report({ messageId: 'capability', loc: block.loc, excerpt: around(block.text, at, 2) });
    }
  },
});
