// What the structure of a document says about its kind: product standards have test methods, inspection rules,
// marking/packaging or indicator tables; service standards have service requirements or an evaluation element.
import type { ElementKind, StandardDocument } from '../../model/types.ts';
import { extractDeclared } from '../../indicators/extract.ts';
import { annexes, bodyChapters, walkClauses } from './doc.ts';

const METHOD_ANNEX = /试验方法|检验方法|测定方法|测试方法/;
/** 标志/标签 alone is no evidence (a term "标签 Tag" read as a heading, a labelling clause of a guide); 包装/运输/贮存 is. */
const LOGISTICS_TITLE = /包装|运输|贮存|储存/;

function elementsOf(doc: StandardDocument): Set<ElementKind> {
  const kinds = new Set<ElementKind>();
  walkClauses(bodyChapters(doc), (c) => kinds.add(c.element));
  return kinds;
}

function hasLogistics(doc: StandardDocument): boolean {
  let found = false;
  walkClauses(bodyChapters(doc), (c) => {
    if ((c.element === 'marking' || c.element === 'packaging' || c.element === 'transport-storage') && LOGISTICS_TITLE.test(c.title ?? '')) found = true;
  });
  return found;
}

/**
 * Why the document looks like a product standard, or null when nothing does: a product element (试验方法,
 * 检验规则, 包装/运输/贮存), a test-method annex, an indicator table in the requirements, or a 要求 chapter
 * that declares limits.
 */
export function productEvidence(doc: StandardDocument): string | null {
  const kinds = elementsOf(doc);
  if (kinds.has('test-methods') || kinds.has('inspection-rules')) return 'test methods/inspection rules';
  if (hasLogistics(doc)) return 'packaging/transport/storage';
  if (annexes(doc).some((a) => METHOD_ANNEX.test(a.title ?? ''))) return 'test-method annex';
  const declared = extractDeclared(doc);
  if (declared.some((d) => d.origin === 'table')) return 'indicator table';
  if (kinds.has('requirements') && declared.length) return 'requirements with limits';
  return null;
}

/** Test methods or inspection rules: the elements that make a document a product standard outright. */
export function hasProductChapters(doc: StandardDocument): boolean {
  const kinds = elementsOf(doc);
  return kinds.has('test-methods') || kinds.has('inspection-rules');
}

export function hasServiceChapters(doc: StandardDocument): boolean {
  const kinds = elementsOf(doc);
  return kinds.has('service-requirements') || kinds.has('evaluation');
}
