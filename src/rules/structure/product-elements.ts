// Enterprise product standards need requirements, test methods, inspection rules and marking/packaging/transport/storage.
import { defineRule } from '../types.ts';
import type { Clause, ElementKind } from '../../model/types.ts';
import { annexes, bodyChapters, walkClauses } from '../util/doc.ts';
import { nonProductKind, productEvidence } from '../util/evidence.ts';
import { methodsInTables } from '../util/methods.ts';

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
      zh: 'GB/T 20001.10—2014（适用于企业产品标准）规定了技术要求、试验方法、检验规则、标志和包装运输贮存等要素；《企业标准化促进办法》第十二条要求产品标准明确试验方法、检验方法或者评价方法。“必备要素缺失”是抽查中的常见问题。企业标准中也有既非产品也非服务的文件（技术指南、术语标准、管理标准）：文件中没有任何产品要素（指标表、试验方法、检验规则、包装运输贮存）时，只给出一条警告；标题（多部分文件为部分标题）为“……试验方法”“……规程”“……指南”“……导则”“……管理规范”“……工艺/施工/安装规范”“……术语”“……评价规范”，或编号带管理/工作标准类别后缀（Q/XXX/G、Q/XXX/Z）的文件不是产品标准，不报告。要求表中每项指标都列有检验方法的（食品等企业标准的常见写法），视为已给出试验方法。',
      en: 'GB/T 20001.10—2014 (applicable to company product standards) sets out requirements, test methods, inspection rules, marking, packaging, transport and storage; Art. 12 of the 2023 Enterprise Standardization Measures requires test, inspection or evaluation methods. Some Q/ documents are neither product nor service standards (technical guides, terminology, management standards): when a document has no product element at all (indicator tables, test methods, inspection rules, packaging/transport/storage), a single warning is given instead, and none when the (part) title names a test method, a process, a guide, a management, a terminology or an evaluation standard (……试验方法, ……规程, ……指南, ……导则, ……管理规范, ……施工规范, ……术语, ……评价规范) or the number carries the management/work category suffix (Q/XXX/G, Q/XXX/Z). A method column filled for every indicator of the requirement tables (common in food standards) counts as the test-method element.',
    },
    messages: {
      missing: { zh: '产品标准缺少“{element}”', en: 'The product standard has no "{element}" element' },
      unclassified: {
        zh: '文件既无产品标准的要素（指标表、试验方法、检验规则、标志包装等），也无服务要求或评价；如为产品标准，缺少：{elements}',
        en: 'The document has neither product elements (indicator tables, test methods, inspection rules, marking/packaging) nor service requirements or evaluation; if it is a product standard, it lacks: {elements}',
      },
    },
    examples: { good: '4 要求\n5 试验方法\n6 检验规则\n7 标志、包装、运输和贮存', bad: '4 要求\n5 检验规则' },
  },
  check(ctx) {
    // Test-method, process, guidance and management standards have other elements (GB/T 20001.2/.4/.5/.7).
    if (nonProductKind(ctx.doc)) return;
    const present = new Set<ElementKind>();
    walkClauses(bodyChapters(ctx.doc), (c: Clause) => present.add(c.element));
    const annexTitles = annexes(ctx.doc).map((a) => a.title ?? '');
    const missing = NEEDED.filter((need) =>
      !need.kinds.some((k) => present.has(k)) && !(need.annexTitle && annexTitles.some((t) => need.annexTitle!.test(t)))
      && !(need.kinds.includes('test-methods') && methodsInTables(ctx.doc)));
    if (!missing.length) return;
    // A Q/ document with no product element at all (an IT guide, a terms-only standard) may not be a product
    // standard: one warning instead of an error per element.
    if (!productEvidence(ctx.doc)) {
      ctx.report({ messageId: 'unclassified', data: { elements: missing.map((n) => n.element).join('、') }, loc: null, severity: 'warning' });
      return;
    }
    for (const need of missing) ctx.report({ messageId: 'missing', data: { element: need.element }, loc: null });
  },
});
