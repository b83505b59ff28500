// The foreword states facts only: no requirement, recommendation or permission, no tables.
import { defineRule } from '../types.ts';
import { findModals, modifiesNoun } from '../util/modal.ts';
import { around, compact } from '../util/text.ts';

/**
 * Lines that only name organisations and people: "本文件起草单位：…", "本文件主要起草人：孙巍、蒋可心。",
 * "本文件由…提出并归口。". Names are not modal verbs (蒋可心, 赵应龙, 宜宾…).
 */
const NAMES_LINE = /^(本(文件|标准|部分))?((主要|参加|参与|负责)?起草(单位|人)|批准人)|^本(文件|标准|部分)由[^。；]*(提出|归口|起草|批准|负责解释)[^。；]*。?$/;

export default defineRule({
  meta: {
    id: 'foreword/no-requirements',
    category: 'foreword',
    severity: 'warning',
    basis: 'GB/T 1.1—2020 8.3',
    profiles: ['enterprise-product', 'enterprise-service', 'national'],
    description: { zh: '前言不包含要求、推荐或允许型条款，不使用表', en: 'No requirements, recommendations, permissions or tables in the foreword' },
    rationale: {
      zh: 'GB/T 1.1—2020 8.3：“前言不应包含要求、指示、推荐或允许型条款，也不应使用图、表或数学公式等表述形式。”',
      en: 'GB/T 1.1—2020 8.3: the foreword shall not contain requirements, instructions, recommendations or permissions, nor figures, tables or formulas.',
    },
    messages: {
      modal: { zh: '前言中使用了能愿动词“{word}”（前言不应包含要求、推荐或允许）', en: 'The foreword uses the modal "{word}" (no requirements, recommendations or permissions in the foreword)' },
      table: { zh: '前言中使用了表', en: 'The foreword contains a table' },
    },
    examples: { good: '本文件由重庆美衣纺织品有限公司提出并归口。', bad: '本文件实施后，各部门应遵照执行。' },
  },
  check(ctx) {
    const fw = ctx.doc.foreword;
    if (!fw) return;
    for (const b of fw.blocks) {
      if (b.kind === 'table') {
        ctx.report({ messageId: 'table', loc: b.loc });
        continue;
      }
      // Sentence by sentence, so that a names sentence is skipped but a requirement after it in the same paragraph is not.
      const sentences = b.text.split(/(?<=。)/).filter((s) => !NAMES_LINE.test(compact(s)));
      for (const sentence of sentences) {
        // 必须 is reported by wording/must everywhere, foreword included.
        const hit = findModals(sentence, ['应', '不应', '宜', '不宜', '可', '不可', '不必']).find((h) => !modifiesNoun(sentence, h));
        if (!hit) continue;
        ctx.report({ messageId: 'modal', data: { word: hit.word }, loc: b.loc, excerpt: around(sentence, hit.index, hit.length) });
        break;
      }
    }
  },
});
