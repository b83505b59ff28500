// A chapter or clause is only subdivided when there are at least two sub-clauses (no lone 5.1).
import { defineRule } from '../types.ts';
import type { Clause } from '../../model/types.ts';
import { termsClause, walkClauses } from '../util/doc.ts';

export default defineRule({
  meta: {
    id: 'numbering/lone-subclause',
    category: 'numbering',
    severity: 'warning',
    basis: 'GB/T 1.1—2020（条的设置：同一层次至少两个条）',
    profiles: ['enterprise-product', 'enterprise-service', 'national'],
    description: { zh: '同一层次只有一个条时不应分条', en: 'No clause with a single sub-clause' },
    rationale: {
      zh: '只有在同一层次上有两个或两个以上的条时才可设条；只有一个“5.1”时，应取消其编号，把内容并入上一层。',
      en: 'A level is subdivided only when it has at least two clauses; a lone "5.1" should lose its number and merge into its parent.',
    },
    messages: {
      lone: { zh: '“{parent}”之下只有一个条“{number}”', en: '"{parent}" has a single sub-clause "{number}"' },
    },
    examples: { good: '4.1 安全性能\n4.2 外观质量', bad: '4 要求\n4.1 安全性能\n5 试验方法' },
  },
  check(ctx) {
    const terms = termsClause(ctx.doc);
    walkClauses(ctx.doc.clauses, (c: Clause) => {
      // Term and symbol entries (3.1 …) are entries, not clauses: a single term is fine. That holds in a terms
      // chapter under a non-standard title ("术语和缩略语") too.
      if (c.element === 'terms' || c.element === 'symbols' || c === terms) return;
      const numbered = c.children.filter((x) => x.number);
      if (numbered.length !== 1 || c.children.length !== 1) return;
      const parent = c.annex ? `附录${c.annex.letter}` : c.number ?? c.title ?? '';
      ctx.report({ messageId: 'lone', data: { parent, number: numbered[0]!.number! }, loc: numbered[0]!.loc });
    });
  },
});
