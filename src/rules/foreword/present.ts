// The foreword (前言) is a required element.
import { defineRule } from '../types.ts';
import { forewordTexts } from '../util/doc.ts';

export default defineRule({
  meta: {
    id: 'foreword/present',
    category: 'foreword',
    severity: 'error',
    basis: 'GB/T 1.1—2020 8.3',
    profiles: ['enterprise-product', 'enterprise-service', 'national'],
    description: { zh: '文件有前言', en: 'The document has a foreword' },
    rationale: {
      zh: '前言是GB/T 1.1—2020规定的必备要素，用于说明起草依据、与其他文件的关系、专利说明、提出和归口、起草单位和起草人等。',
      en: 'The foreword is a required element of GB/T 1.1—2020; it states the drafting basis, relations to other documents, the patent notice, the proposer, the drafting organisations and drafters.',
    },
    messages: {
      missing: { zh: '缺少前言', en: 'The foreword is missing' },
      empty: { zh: '前言没有内容', en: 'The foreword is empty' },
    },
    examples: { good: '前言\n本文件按照GB/T 1.1—2020……的规定起草。', bad: '（封面之后直接是“1 范围”）' },
  },
  check(ctx) {
    const fw = ctx.doc.foreword;
    if (!fw) ctx.report({ messageId: 'missing', loc: null });
    else if (forewordTexts(ctx.doc).every((b) => b.text.trim() === '')) ctx.report({ messageId: 'empty', loc: fw.loc });
  },
});
