// Term definitions are statements: no requirement verbs (应/宜/可以/必须…) and no "是指/系指/指" opening.
import { defineRule } from '../types.ts';
import type { Clause, TextBlock } from '../../model/types.ts';
import { isText, termsClause, walkClauses } from '../util/doc.ts';
import { findModals, type ModalWord } from '../util/modal.ts';
import { around, compact } from '../util/text.ts';

const WORDS: readonly ModalWord[] = ['应', '不应', '宜', '不宜', '可', '必须', '不得'];
/** "是指…", "系指…", "指…" at the start (not 指标/指示/指定… words), or "<term>是指…" within the first words. */
const OPENING = /^(是指|系指|指(?![纹标示令南甲针数定导出明向头环套尖腹]))|^[^，。：；,]{1,30}?(是指|系指)/;
const SOURCE_LINE = /^[[［【]?来源/;
/**
 * "可以明确辨识", "可以重复使用": in a definition 可以 + a verb of capability describes what the concept can do
 * (a property), not a permission.
 */
const CAPABILITY = /^(明确|清楚|清晰|准确|有效|直接|同时|多次|重复|反复|独立|自动)?(辨识|识别|区分|区别|辨别|实现|检测|测量|感知|观察|看到|读取|获取|获得|完成|执行|用于|支持|提供|满足|使用|访问|处理|存储|传输)/;

/** Only 可以 reads as a permission in a definition (bare 可 is descriptive: "可直接食用的"), and not before a verb of capability. */
function isPermission(text: string, index: number): boolean {
  return text[index + 1] === '以' && !CAPABILITY.test(text.slice(index + 2).replace(/^[\s\u3000]+/, ''));
}

function definitionBlocks(entry: Clause): TextBlock[] {
  return entry.blocks.filter((b): b is TextBlock => isText(b) && b.role === 'text' && !SOURCE_LINE.test(b.text.trim()));
}

export default defineRule({
  meta: {
    id: 'terms/definition-requirements',
    category: 'terms',
    severity: 'warning',
    basis: 'GB/T 1.1—2020 8.7',
    profiles: ['enterprise-product', 'enterprise-service', 'national'],
    description: {
      zh: '术语的定义不含要求型能愿动词，不以“是指/系指/指”开头',
      en: 'Term definitions contain no requirement verbs and do not open with "是指/系指/指"',
    },
    rationale: {
      zh: '定义是对概念的陈述（区别特征＋上位概念），不应包含要求、推荐或允许（应、宜、可以、必须等），要求应写在正文条款中；定义也不以“是指”“系指”“指”开头。',
      en: 'A definition states what a concept is (distinguishing features + broader concept); requirements (应, 宜, 可以, 必须 …) belong in the body clauses. Definitions do not open with "是指/系指/指".',
    },
    messages: {
      modal: { zh: '术语“{term}”的定义中使用了“{word}”，定义不应包含要求', en: 'The definition of "{term}" uses "{word}"; definitions state, they do not require' },
      opening: { zh: '术语“{term}”的定义以“{word}”开头', en: 'The definition of "{term}" opens with "{word}"' },
    },
    suggestions: {
      modal: { zh: '将要求移到正文条款，定义只陈述概念的特征', en: 'Move the requirement to a body clause; keep the definition a statement' },
      opening: { zh: '删除“{word}”，直接给出“区别特征＋上位概念”', en: 'Drop "{word}" and give the distinguishing features + broader concept' },
    },
    examples: {
      good: '3.1\n纯棉针织内衣　cotton knitted underwear\n以棉纤维为原料、经针织加工制成的直接接触皮肤的内衣。',
      bad: '3.1\n纯棉针织内衣\n是指棉含量应不低于95%的针织内衣。',
    },
  },
  check(ctx) {
    const terms = termsClause(ctx.doc);
    if (!terms) return;
    walkClauses(terms.children, (entry) => {
      // The term without its English equivalent ("纯棉针织内衣 cotton knitted underwear" → "纯棉针织内衣").
      const term = (entry.title ?? entry.number ?? '').replace(/[\s\u3000]+[A-Za-z][A-Za-z0-9\s,;()'-]*$/, '');
      const blocks = definitionBlocks(entry);
      const first = blocks[0];
      if (first) {
        const m = OPENING.exec(compact(first.text));
        if (m) ctx.report({ messageId: 'opening', data: { term, word: m[1] ?? m[2]! }, loc: first.loc, excerpt: first.text });
      }
      for (const b of blocks) {
        const hit = findModals(b.text, WORDS).find((h) => h.word !== '可' || isPermission(b.text, h.index));
        if (!hit) continue;
        const word = hit.word === '可' ? '可以' : hit.word;
        ctx.report({ messageId: 'modal', data: { term, word }, loc: b.loc, excerpt: around(b.text, hit.index, hit.length) });
        break; // one finding per term entry
      }
    });
  },
});
