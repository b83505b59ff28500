// Patent notice in the 2020 wording.
import { defineRule } from '../types.ts';
import { forewordTexts, hasOwnDraftingRules } from '../util/doc.ts';
import { normalizeForCompare } from '../util/text.ts';
import { PATENT_STATEMENT_2020 } from '../util/boilerplate.ts';

const EXPECTED = normalizeForCompare(PATENT_STATEMENT_2020);
const sentence = { zh: '改为：{sentence}', en: 'Write: {sentence}' };

export default defineRule({
  meta: {
    id: 'foreword/patent-statement',
    category: 'foreword',
    severity: 'warning',
    basis: 'GB/T 1.1—2020 8.3',
    profiles: ['enterprise-product', 'enterprise-service', 'national'],
    description: { zh: '前言有2020版专利说明', en: 'The foreword carries the 2020 patent notice' },
    rationale: {
      zh: 'GB/T 1.1—2020的专利说明为“请注意本文件的某些内容可能涉及专利。本文件的发布机构不承担识别专利的责任。”2009版写作“识别这些专利”，且自称“本标准”。',
      en: 'The 2020 patent notice reads "请注意本文件的某些内容可能涉及专利。本文件的发布机构不承担识别专利的责任。"; the 2009 text says "识别这些专利" and "本标准".',
    },
    messages: {
      missing: { zh: '前言中没有专利说明', en: 'The foreword has no patent notice' },
      outdated: { zh: '专利说明为GB/T 1.1—2009的表述', en: 'The patent notice is in the GB/T 1.1—2009 wording' },
      inexact: { zh: '专利说明的表述与GB/T 1.1—2020不一致', en: 'The patent notice differs from the GB/T 1.1—2020 wording' },
    },
    suggestions: { missing: sentence, outdated: sentence, inexact: sentence },
    examples: {
      good: '请注意本文件的某些内容可能涉及专利。本文件的发布机构不承担识别专利的责任。',
      bad: '请注意本标准的某些内容可能涉及专利。本标准的发布机构不承担识别这些专利的责任。',
    },
  },
  check(ctx) {
    const fw = ctx.doc.foreword;
    if (!fw || hasOwnDraftingRules(ctx.doc)) return;
    const blocks = forewordTexts(ctx.doc);
    if (normalizeForCompare(blocks.map((b) => b.text).join('')).includes(EXPECTED)) return;
    const data = { sentence: PATENT_STATEMENT_2020 };
    const b = blocks.find((x) => /专利/.test(x.text));
    if (!b) {
      ctx.report({ messageId: 'missing', data, loc: fw.loc });
      return;
    }
    const norm = normalizeForCompare(b.text);
    const old = /识别这些专利/.test(norm) || /本标准的某些内容可能涉及专利/.test(norm);
    ctx.report({ messageId: old ? 'outdated' : 'inexact', data, loc: b.loc, excerpt: b.text });
  },
});
