// Elements follow the GB/T 1.1—2020 order (and GB/T 20001.10 for product standards); annexes come after the body.
import { defineRule } from '../types.ts';
import type { Clause, ElementKind } from '../../model/types.ts';

/** Rank of each element; 'other' chapters have no fixed place. Equal ranks may come in either order. */
const RANK: Partial<Record<ElementKind, number>> = {
  'scope': 1,
  'normative-references': 2,
  'terms': 3,
  'symbols': 4,
  'classification': 5,
  'general': 6,
  'requirements': 7,
  'service-requirements': 7,
  'test-methods': 8,
  'evaluation': 8,
  'inspection-rules': 9,
  // 标志/包装/运输/贮存 are written in either order and often in one chapter.
  'marking': 10,
  'packaging': 10,
  'transport-storage': 10,
  'annex': 11,
  'bibliography': 12,
  'index': 13,
};

function label(c: Clause): string {
  if (c.annex) return `附录${c.annex.letter}`;
  return [c.number, c.title].filter(Boolean).join(' ') || c.element;
}

export default defineRule({
  meta: {
    id: 'structure/element-order',
    category: 'structure',
    severity: 'error',
    basis: 'GB/T 1.1—2020（要素的顺序）; GB/T 20001.10—2014',
    profiles: ['enterprise-product', 'enterprise-service', 'national'],
    description: { zh: '要素按规定顺序编排', en: 'Elements appear in the prescribed order' },
    rationale: {
      zh: 'GB/T 1.1—2020规定要素顺序：范围、规范性引用文件、术语和定义、符号和缩略语、分类、总体要求、核心技术要素（要求、证实方法）、其他技术要素，之后是附录、参考文献、索引；GB/T 20001.10规定产品标准依次为技术要求、试验方法、检验规则、标志和包装运输贮存。',
      en: 'GB/T 1.1—2020 fixes the order scope, normative references, terms, symbols, classification, general requirements, core technical elements, other technical elements, then annexes, bibliography, index; GB/T 20001.10 orders requirements, test methods, inspection rules, marking and packaging.',
    },
    messages: {
      outOfOrder: { zh: '“{element}”应排在“{before}”之前', en: '"{element}" should come before "{before}"' },
    },
    examples: { good: '5 试验方法\n6 检验规则\n7 标志、包装、运输和贮存', bad: '5 试验方法\n6 标志、包装、运输和贮存\n7 检验规则' },
  },
  check(ctx) {
    const top = [...ctx.doc.clauses].sort((a, b) => a.loc.line - b.loc.line);
    let highest: { rank: number; clause: Clause } | null = null;
    for (const c of top) {
      const rank = RANK[c.annex ? 'annex' : c.element];
      if (rank === undefined) continue;
      if (highest && rank < highest.rank) {
        ctx.report({ messageId: 'outOfOrder', data: { element: label(c), before: label(highest.clause) }, loc: c.loc });
      } else if (!highest || rank > highest.rank) {
        highest = { rank, clause: c };
      }
    }
  },
});
