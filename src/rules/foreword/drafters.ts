// The foreword names the drafting organisations and the main drafters.
import { defineRule } from '../types.ts';
import { forewordTexts } from '../util/doc.ts';
import { compact } from '../util/text.ts';

/** "本文件由××有限公司研发中心负责起草", "本标准由××公司提出并起草": the drafting organisation named in a sentence
 *  instead of the "本文件起草单位：" item; reported as a form problem, not as a missing organisation. */
const DRAFTED_BY = /由[^。；;，,]{2,40}?(?:负责|共同|联合)?起草(?!人)/;

export default defineRule({
  meta: {
    id: 'foreword/drafters',
    category: 'foreword',
    severity: 'warning',
    basis: 'GB/T 1.1—2020 8.3',
    profiles: ['enterprise-product', 'enterprise-service'],
    description: { zh: '前言给出起草单位和主要起草人', en: 'The foreword names the drafting organisations and main drafters' },
    rationale: {
      zh: '前言应依次给出提出、归口、起草单位和主要起草人等信息；审查中“前言内容不完整，缺乏……起草单位、主要起草人”是常见问题。',
      en: 'The foreword lists proposer, drafting organisations and main drafters; reviewers often report forewords that lack the drafting organisations or drafters.',
    },
    messages: {
      noOrganisation: { zh: '前言中没有起草单位', en: 'The foreword does not name the drafting organisations' },
      organisationInSentence: {
        zh: '前言以“由……起草”的句子给出起草单位，应作为单独一项写作“本文件起草单位：……。”',
        en: 'The foreword names the drafting organisation in a "由……起草" sentence instead of the item "本文件起草单位：……。"',
      },
      noDrafters: { zh: '前言中没有主要起草人', en: 'The foreword does not name the main drafters' },
      emptyOrganisation: { zh: '前言中“起草单位：”后没有填写单位', en: 'The foreword line "起草单位：" names no organisation' },
      emptyDrafters: { zh: '前言中“主要起草人：”后没有填写起草人', en: 'The foreword line "主要起草人：" names no one' },
    },
    examples: { good: '本文件起草单位：重庆美衣纺织品有限公司。\n本文件主要起草人：张明、李红。', bad: '（前言没有起草单位和起草人）' },
  },
  check(ctx) {
    const fw = ctx.doc.foreword;
    if (!fw) return;
    const blocks = forewordTexts(ctx.doc);
    const text = compact(blocks.map((b) => b.text).join('\n'));
    if (!/起草单位/.test(text)) {
      const sentence = blocks.find((b) => DRAFTED_BY.test(compact(b.text)));
      if (sentence) ctx.report({ messageId: 'organisationInSentence', loc: sentence.loc, excerpt: sentence.text });
      else ctx.report({ messageId: 'noOrganisation', loc: fw.loc });
    }
    if (!/起草人/.test(text)) ctx.report({ messageId: 'noDrafters', loc: fw.loc });
    blocks.forEach((b, i) => {
      const line = compact(b.text);
      // "本文件主要起草人：" with nothing after the colon. The names may sit in the next paragraph (a wrapped
      // line), unless that paragraph is another foreword item or there is none.
      const m = /(起草单位|起草人)[：:][。.]?$/.exec(line);
      if (!m) return;
      const next = blocks[i + 1] ? compact(blocks[i + 1]!.text) : '';
      if (next && !/^本(文件|标准|部分)/.test(next)) return;
      ctx.report({ messageId: m[1] === '起草单位' ? 'emptyOrganisation' : 'emptyDrafters', loc: b.loc, excerpt: b.text });
    });
  },
});
