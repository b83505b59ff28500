// Enterprise service standards need service requirements and an evaluation (评价) element.
import { defineRule } from '../types.ts';
import type { Clause, ElementKind } from '../../model/types.ts';
import { bodyChapters, textBlocksDeep, walkClauses } from '../util/doc.ts';
import { findModals } from '../util/modal.ts';

/** Chapter titles that state service requirements under another name. */
const SERVICE_TITLE = /(要求|流程|程序|内容|规范|规程)$/;

/**
 * A chapter titled by the service item it regulates ("房屋管理", "秩序维护", "环境卫生和绿化养护") that states
 * requirements (应/不应) is a service-requirements chapter whatever its title.
 */
function statesRequirements(c: Clause): boolean {
  return c.element === 'other' && textBlocksDeep(c).some((b) => b.role !== 'note' && b.role !== 'example' && findModals(b.text, ['应', '不应']).length > 0);
}

const NEEDED: { kind: ElementKind; element: string }[] = [
  { kind: 'service-requirements', element: '服务要求' },
  { kind: 'evaluation', element: '评价（服务质量评价与改进）' },
];

export default defineRule({
  meta: {
    id: 'structure/service-elements',
    category: 'structure',
    severity: 'error',
    basis: '企业标准化促进办法 第十二条',
    profiles: ['enterprise-service'],
    description: { zh: '服务标准包含服务要求和评价', en: 'A service standard has service requirements and an evaluation element' },
    rationale: {
      zh: '《企业标准化促进办法》第十二条：企业制定的产品或者服务标准应当明确试验方法、检验方法或者评价方法。服务标准以服务要求为核心技术要素，以评价方法证实。',
      en: 'Art. 12 of the 2023 Enterprise Standardization Measures: product or service standards shall specify test, inspection or evaluation methods. For services the core element is the service requirements, verified by evaluation.',
    },
    messages: {
      missing: { zh: '服务标准缺少“{element}”', en: 'The service standard has no "{element}" element' },
    },
    examples: { good: '5 服务要求\n6 服务评价与改进', bad: '5 服务要求\n6 投诉处理' },
  },
  check(ctx) {
    const present = new Set<ElementKind>();
    walkClauses(bodyChapters(ctx.doc), (c) => present.add(c.element));
    // Service standards title their requirement chapters by subject: "人员要求", "质量要求", "清洁流程", "服务内容".
    if (bodyChapters(ctx.doc).some((c) => c.element === 'requirements' || (c.element === 'other' && SERVICE_TITLE.test(c.title ?? '')) || statesRequirements(c))) {
      present.add('service-requirements');
    }
    for (const need of NEEDED) {
      if (!present.has(need.kind)) ctx.report({ messageId: 'missing', data: { element: need.element }, loc: null });
    }
  },
});
