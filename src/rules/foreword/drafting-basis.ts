// The foreword states that the document was drafted to GB/T 1.1—2020, in the exact 2020 sentence.
import { defineRule } from '../types.ts';
import { forewordTexts, hasOwnDraftingRules } from '../util/doc.ts';
import { normalizeForCompare } from '../util/text.ts';
import { DRAFTING_BASIS_2020 } from '../util/boilerplate.ts';

const EXPECTED = normalizeForCompare(DRAFTING_BASIS_2020);
/** "GB/T 1.1—2009", "GB/T1.1-2000", "GB/T 1.1" in normalised text (dashes folded to "—"). */
const GBT11 = /GB\/T1\.1(?![\d.])(?:—(\d{2,4}))?/;

const sentence = { zh: '改为：{sentence}', en: 'Write: {sentence}' };

export default defineRule({
  meta: {
    id: 'foreword/drafting-basis',
    category: 'foreword',
    severity: 'error',
    basis: 'GB/T 1.1—2020 8.3 a)',
    profiles: ['enterprise-product', 'enterprise-service', 'national'],
    description: {
      zh: '前言给出起草依据：“本文件按照GB/T 1.1—2020《……》的规定起草。”',
      en: 'The foreword gives the drafting basis: "本文件按照GB/T 1.1—2020《……》的规定起草。"',
    },
    rationale: {
      zh: 'GB/T 1.1—2020 8.3 a)规定了起草依据的固定表述。引用GB/T 1.1—2009或—2000说明文件按已被代替的规则起草，这是抽查中常见的问题（“没有按照最新版本GB/T 1.1-2020进行标准编写”）。',
      en: 'GB/T 1.1—2020 8.3 a) fixes the wording of the drafting basis. Citing GB/T 1.1—2009 or —2000 means the document follows superseded rules, a defect inspectors name explicitly.',
    },
    messages: {
      missing: { zh: '前言中没有起草依据（按照GB/T 1.1—2020起草）的说明', en: 'The foreword does not state the drafting basis (drafted to GB/T 1.1—2020)' },
      outdated: { zh: '起草依据引用了已被代替的GB/T 1.1—{year}，应按GB/T 1.1—2020起草', en: 'The drafting basis cites the superseded GB/T 1.1—{year}; draft to GB/T 1.1—2020' },
      inexact: { zh: '起草依据的表述与GB/T 1.1—2020规定的句子不一致', en: 'The drafting-basis sentence differs from the wording fixed by GB/T 1.1—2020' },
    },
    suggestions: { missing: sentence, outdated: sentence, inexact: sentence },
    examples: {
      good: '本文件按照GB/T 1.1—2020《标准化工作导则　第1部分：标准化文件的结构和起草规则》的规定起草。',
      bad: '本标准按照GB/T 1.1—2009给出的规则起草。',
    },
  },
  check(ctx) {
    const fw = ctx.doc.foreword;
    // foreword/present reports a missing foreword; GB 50xxx and 食品安全国家标准 follow other drafting rules
    if (!fw || hasOwnDraftingRules(ctx.doc)) return;
    const blocks = forewordTexts(ctx.doc);
    const all = normalizeForCompare(blocks.map((b) => b.text).join(''));
    if (all.includes(EXPECTED)) return;
    const data = { sentence: DRAFTING_BASIS_2020 };
    for (const b of blocks) {
      const norm = normalizeForCompare(b.text);
      const m = GBT11.exec(norm);
      if (m) {
        const year = m[1];
        if (year && year !== '2020') {
          ctx.report({ messageId: 'outdated', data: { ...data, year }, loc: b.loc, excerpt: b.text });
        } else {
          // Cites the right edition but not in the fixed wording.
          ctx.report({ messageId: 'inexact', data, loc: b.loc, excerpt: b.text, severity: 'warning' });
        }
        return;
      }
      if (/标准化工作导则/.test(norm) && /起草|编写|制定/.test(norm)) {
        ctx.report({ messageId: 'inexact', data, loc: b.loc, excerpt: b.text, severity: 'warning' });
        return;
      }
    }
    ctx.report({ messageId: 'missing', data, loc: fw.loc });
  },
});
