// At most five levels of clauses below a chapter (5.1.1.1.1.1 is the deepest).
import { defineRule } from '../types.ts';
import { walkClauses } from '../util/doc.ts';
import { segments } from '../util/sequence.ts';
import type { Clause } from '../../model/types.ts';

/** Chapter plus five clause levels. */
const MAX_DEPTH = 6;

function depth(c: Clause): number {
  return Math.max(c.level, segments(c.number)?.length ?? 0);
}

export default defineRule({
  meta: {
    id: 'numbering/depth',
    category: 'numbering',
    severity: 'warning',
    basis: 'GB/T 1.1—2020（条最多分到第五层次）',
    profiles: ['enterprise-product', 'enterprise-service', 'national'],
    description: { zh: '条最多分到第五层次', en: 'Clauses go at most five levels deep' },
    rationale: {
      zh: '条最多分到第五层次（如5.1.1.1.1.1）。“章＋五层条”的解释来自规则摘要，尚未与标准原文附录A的示例核对，因此只作警告。',
      en: 'Clauses may be subdivided to the fifth level at most (e.g. 5.1.1.1.1.1). The "chapter + five levels" reading comes from a digest, not yet checked against the standard\'s own example, hence a warning.',
    },
    messages: {
      tooDeep: { zh: '“{number}”为第{levels}层条，超过五层', en: '"{number}" is a level-{levels} clause, deeper than five levels' },
    },
    examples: { good: '5.1.1.1.1.1', bad: '5.1.1.1.1.1.1' },
  },
  check(ctx) {
    walkClauses(ctx.doc.clauses, (c, parent) => {
      // Report the first clause past the limit, not every clause below it.
      if (depth(c) > MAX_DEPTH && (!parent || depth(parent) <= MAX_DEPTH)) {
        ctx.report({ messageId: 'tooDeep', data: { number: c.number ?? c.title ?? '', levels: depth(c) - 1 }, loc: c.loc });
      }
    });
  },
});
