// The cover title is repeated, identically, on the first page of the body.
import { defineRule } from '../types.ts';
import { normalizeForCompare } from '../util/text.ts';

export default defineRule({
  meta: {
    id: 'identity/title-match',
    category: 'identity',
    severity: 'warning',
    basis: 'GB/T 1.1—2020 8.1; 正文首页文件名称',
    profiles: ['enterprise-product', 'enterprise-service'],
    description: { zh: '封面名称与正文首页名称一致', en: 'Cover title matches the title on the first page of the body' },
    rationale: {
      zh: '文件名称标在封面上，并在正文首页重复；两者不一致时，无法确定标准的正式名称（抽查中“名称不规范”是常见问题）。',
      en: 'The title appears on the cover and again on the first page of the body; if they differ the official name is unclear (inspectors count non-compliant names as a defect).',
    },
    messages: {
      mismatch: { zh: '封面名称“{cover}”与正文首页名称“{body}”不一致', en: 'Cover title "{cover}" differs from the body title "{body}"' },
      noCoverTitle: { zh: '封面上未找到文件名称', en: 'No title found on the cover' },
      noBodyTitle: { zh: '正文首页（第1章之前）未重复文件名称', en: 'The title is not repeated on the first page of the body (before chapter 1)' },
    },
    examples: { good: '封面“纯棉针织内衣”，正文首页“纯棉针织内衣”', bad: '封面“纯棉针织内衣”，正文首页“纯棉内衣”' },
  },
  check(ctx) {
    const { titleZh } = ctx.doc.cover;
    const body = ctx.doc.bodyTitle;
    if (!titleZh) {
      ctx.report({ messageId: 'noCoverTitle', loc: null });
      return;
    }
    if (!body) {
      // Body titles are easy to lose in PDF extraction; a missing one is only worth a note.
      ctx.report({ messageId: 'noBodyTitle', loc: null, severity: 'info' });
      return;
    }
    if (normalizeForCompare(titleZh.value) !== normalizeForCompare(body.value)) {
      ctx.report({ messageId: 'mismatch', data: { cover: titleZh.value, body: body.value }, loc: body.loc });
    }
  },
});
