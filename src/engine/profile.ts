// Picks the rule profile for a document: national/industry/local/group documents are not judged by
// enterprise-only rules; enterprise service standards need service requirements and evaluation instead
// of test methods and inspection rules.
import type { Clause, StandardDocument } from '../model/types.ts';
import type { Profile } from '../rules/types.ts';

function walk(clauses: Clause[], visit: (c: Clause) => void): void {
  for (const c of clauses) {
    visit(c);
    walk(c.children, visit);
  }
}

const SERVICE_TITLE = /服务(规范|要求|标准|质量|提供)?|管理规范|作业规范|运营|物业|养老|家政|餐饮服务|维修服务/;

export function detectProfile(doc: StandardDocument): { profile: Profile; reason: string } {
  if (doc.kind === 'national' || doc.kind === 'industry' || doc.kind === 'local' || doc.kind === 'group') {
    return { profile: 'national', reason: `number code ${doc.cover.code ?? ''} (${doc.kind})` };
  }
  const kinds = new Set<string>();
  walk(doc.clauses, (c) => kinds.add(c.element));
  const title = doc.cover.titleZh?.value ?? doc.bodyTitle?.value ?? '';
  const serviceElements = kinds.has('service-requirements') || kinds.has('evaluation');
  const productElements = kinds.has('test-methods') || kinds.has('inspection-rules');
  if (serviceElements && !productElements) return { profile: 'enterprise-service', reason: 'service requirements/evaluation chapters' };
  if (!productElements && SERVICE_TITLE.test(title) && !/产品|机|器|料|品$/.test(title)) {
    return { profile: 'enterprise-service', reason: `service title "${title}"` };
  }
  return { profile: 'enterprise-product', reason: productElements ? 'test methods/inspection rules chapters' : 'default for Q/ documents' };
}

export const PROFILES: readonly Profile[] = ['enterprise-product', 'enterprise-service', 'national'];
