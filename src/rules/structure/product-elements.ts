// Enterprise product standards need requirements, test methods, inspection rules and marking/packaging/transport/storage.
import { defineRule } from '../types.ts';
import type { Clause, ElementKind } from '../../model/types.ts';
import { annexes, bodyChapters, walkClauses } from '../util/doc.ts';

const NEEDED: { kinds: ElementKind[]; element: string; annexTitle?: RegExp }[] = [
  { kinds: ['requirements'], element: '要求（技术要求）' },
  // A normative annex may carry the test methods.
  { kinds: ['test-methods'], element: '试验方法', annexTitle: /试验方法|检验方法|测定方法|测试方法/ },
  { kinds: ['inspection-rules'], element: '检验规则' },
  { kinds: ['marking', 'packaging', 'transport-storage'], element: '标志、包装、运输和贮存' },
];

export default defineRule({
  meta: {
    id: 'structure/product-elements',
    category: 'structure',
    severity: 'error',
    basis: 'GB/T 20001.10—2014; 企业标准化促进办法 第十二条',
    profiles: ['enterprise-product'],
    description: {
      zh: '产品标准包含要求、试验方法、检验规则以及标志、包装、运输和贮存',
      en: 'A product standard has requirements, test methods, inspection rules and marking/packaging/transport/storage',
    },
    rationale: {
      zh: 'GB/T 20001.10—2014（适用于企业产品标准）规定了技术要求、试验方法、检验规则、标志和包装运输贮存等要素；《企业标准化促进办法》第十二条要求产品标准明确试验方法、检验方法或者评价方法。“必备要素缺失”是抽查中的常见问题。',
      en: 'GB/T 20001.10—2014 (applicable to company product standards) sets out requirements, test methods, inspection rules, marking, packaging, transport and storage; Art. 12 of the 2023 Enterprise Standardization Measures requires test, inspection or evaluation methods.',
    },
    messages: {
      missing: { zh: '产品标准缺少“{element}”', en: 'The product standard has no "{element}" element' },
    },
    examples: { good: '4 要求\n5 试验方法\n6 检验规则\n7 标志、包装、运输和贮存', bad: '4 要求\n5 检验规则' },
  },
  check(ctx) {
    const present = new Set<ElementKind>();
    walkClauses(bodyChapters(ctx.doc), (c: Clause) => present.add(c.element));
    const annexTitles = annexes(ctx.doc).map((a) => a.title ?? '');
    for (const need of NEEDED) {
      if (need.kinds.some((k) => present.has(k))) continue;
      if (need.annexTitle && annexTitles.some((t) => need.annexTitle!.test(t))) continue;
      ctx.report({ messageId: 'missing', data: { element: need.element }, loc: null });
    }
  },
});
