// Publisher line ("某某有限公司　发布") at the foot of the cover.
import { defineRule } from '../types.ts';

export default defineRule({
  meta: {
    id: 'identity/publisher',
    category: 'identity',
    severity: 'warning',
    basis: 'GB/T 1.1—2020 8.1（发布机构）',
    profiles: ['enterprise-product', 'enterprise-service'],
    description: { zh: '封面标明发布机构（“××有限公司　发布”）', en: 'Cover names the publisher ("×× Co., Ltd. 发布")' },
    rationale: {
      zh: 'GB/T 1.1—2020 8.1把发布机构列为封面必备信息；企业标准的发布机构是企业本身，写在封面底部。',
      en: 'GB/T 1.1—2020 8.1 lists the publishing body among the required cover items; for an enterprise standard it is the company, at the foot of the cover.',
    },
    messages: {
      missing: { zh: '封面缺少发布机构行（“××有限公司　发布”）', en: 'The cover has no publisher line ("×× 发布")' },
    },
    examples: { good: '重庆美衣纺织品有限公司　发布', bad: '（封面无发布机构行）' },
  },
  check(ctx) {
    if (!ctx.doc.cover.publisher) ctx.report({ messageId: 'missing', loc: null });
  },
});
