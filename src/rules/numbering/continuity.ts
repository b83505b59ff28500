// Chapters and clauses of the body are numbered 1, 2, 3 … and 5.1, 5.2 … without gaps, duplicates or level mismatches.
import { defineRule } from '../types.ts';
import type { Clause } from '../../model/types.ts';
import { bodyChapters } from '../util/doc.ts';
import { checkSiblings, segments, type SequenceProblem } from '../util/sequence.ts';

export const sequenceMessages = {
  gap: { zh: '编号不连续：“{found}”之前缺少“{expected}”', en: 'Numbering gap: "{expected}" is missing before "{found}"' },
  duplicate: { zh: '编号“{number}”重复', en: 'Number "{number}" is used twice' },
  order: { zh: '编号“{found}”排在“{previous}”之后，顺序颠倒', en: 'Number "{found}" comes after "{previous}"' },
  wrongLevel: { zh: '“{number}”的层次与编号不符：它直接位于“{parent}”之下', en: '"{number}" does not match its level: it sits directly under "{parent}"' },
  notChapter: { zh: '“{number}”处在章的层次，但不是章编号', en: '"{number}" stands at chapter level but is not a chapter number' },
  wrongParent: { zh: '“{number}”不属于其所在的“{parent}”', en: '"{number}" does not belong under "{parent}"' },
};

export function reportSequence(report: (r: { messageId: string; data: Record<string, string>; clause: Clause }) => void, p: SequenceProblem): void {
  switch (p.kind) {
    case 'gap': report({ messageId: 'gap', data: { expected: p.expected, found: p.found }, clause: p.clause }); break;
    case 'duplicate': report({ messageId: 'duplicate', data: { number: p.number }, clause: p.clause }); break;
    case 'order': report({ messageId: 'order', data: { found: p.found, previous: p.previous }, clause: p.clause }); break;
    case 'wrong-level':
      if (p.parent === '') report({ messageId: 'notChapter', data: { number: p.number }, clause: p.clause });
      else report({ messageId: 'wrongLevel', data: { number: p.number, parent: p.parent }, clause: p.clause });
      break;
    case 'wrong-parent': report({ messageId: 'wrongParent', data: { number: p.number, parent: p.parent }, clause: p.clause }); break;
  }
}

export default defineRule({
  meta: {
    id: 'numbering/continuity',
    category: 'numbering',
    severity: 'error',
    basis: 'GB/T 1.1—2020（章、条的编号）',
    profiles: ['enterprise-product', 'enterprise-service', 'national'],
    description: { zh: '章条编号连续、不重复、与层次相符', en: 'Chapter and clause numbers are continuous, unique and match their level' },
    rationale: {
      zh: '章从“范围”起用阿拉伯数字连续编号，条在章内按层次编号（5.1、5.1.1……）。编号跳号、重号或与层次不符会使引用（“按5.3”）指向错误的内容；“章节编号不连续”是审查中列出的常见问题。附录的编号由annex/numbering检查。',
      en: 'Chapters are numbered continuously from 范围; clauses by level within their chapter (5.1, 5.1.1 …). Gaps, duplicates or numbers that do not match their level break cross-references ("按5.3"). Annex numbering is checked by annex/numbering.',
    },
    messages: sequenceMessages,
    examples: { good: '5.1 甲醛含量\n5.2 pH值\n5.3 耐水色牢度', bad: '5.1 甲醛含量\n5.2 pH值\n5.4 耐水色牢度' },
  },
  check(ctx) {
    const report = (r: { messageId: string; data: Record<string, string>; clause: Clause }) =>
      ctx.report({ messageId: r.messageId, data: r.data, loc: r.clause.loc });
    const chapters = bodyChapters(ctx.doc);
    for (const p of checkSiblings(chapters, [])) reportSequence(report, p);
    const visit = (c: Clause): void => {
      const seg = segments(c.number);
      // Below an unnumbered or misnumbered clause nothing reliable can be said.
      if (!seg || !/^\d/.test(seg[0]!)) return;
      for (const p of checkSiblings(c.children, seg)) reportSequence(report, p);
      c.children.forEach(visit);
    };
    chapters.forEach(visit);
  },
});
