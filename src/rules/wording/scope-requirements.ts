// The scope states what the document covers; it contains no requirement, recommendation or permission.
import { defineRule } from '../types.ts';
import { findElement, textBlocksDeep } from '../util/doc.ts';
import { findModals, modifiesNoun } from '../util/modal.ts';
import { around } from '../util/text.ts';

export default defineRule({
  meta: {
    id: 'wording/scope-requirements',
    category: 'wording',
    severity: 'error',
    basis: 'GB/T 1.1—2020（范围：不应包含要求）',
    profiles: ['enterprise-product', 'enterprise-service', 'national'],
    description: { zh: '范围中不使用“应”“宜”“可”等能愿动词', en: 'No 应/宜/可 modal verbs in the scope' },
    rationale: {
      zh: '范围只用陈述型条款（“本文件规定了……”“本文件适用于……”），不应包含要求、推荐或允许。范围中的“应”使适用界限变成了要求。“相应”“可能”“可靠”等词不是能愿动词，“应遵循的原则”这类名词短语只是说明文件内容，均不在此列。',
      en: 'The scope uses statements only ("本文件规定了……", "本文件适用于……"); no requirements, recommendations or permissions. Words like 相应, 可能, 可靠 are not modals, and noun phrases such as "应遵循的原则" (the principles to follow) only name the content; neither is flagged.',
    },
    messages: {
      modal: { zh: '范围中使用了能愿动词“{word}”', en: 'The scope uses the modal "{word}"' },
    },
    examples: { good: '本文件适用于以棉纤维为原料的针织内衣。', bad: '本文件适用于以棉纤维为原料的针织内衣，产品应标明安全技术类别。' },
  },
  check(ctx) {
    const scope = findElement(ctx.doc, 'scope');
    if (!scope) return;
    for (const b of textBlocksDeep(scope)) {
      // "本文件给出了…应遵循的设计原则": a noun phrase naming the content, not a requirement.
      const hit = findModals(b.text, ['应', '不应', '宜', '不宜', '可', '不可', '不必']).find((h) => !modifiesNoun(b.text, h));
      if (hit) ctx.report({ messageId: 'modal', data: { word: hit.word }, loc: b.loc, excerpt: around(b.text, hit.index, hit.length) });
    }
  },
});
