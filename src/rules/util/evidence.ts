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

/** Part title of a multi-part document: "电动自行车用锂离子电池组　第2部分：试验方法" → "试验方法". */
const PART_TITLE = /第[\d一二三四五六七八九十]+部分[:：]?(.+)$/;

/** What a title that is not a product's says it is (GB/T 20001 kinds other than product standards). */
const NON_PRODUCT_TITLES: { re: RegExp; kind: string }[] = [
  { re: /(试验|检验|检测|测定|测试|分析|化验)方法$/, kind: 'test-method standard' },
  { re: /(规程|指南|导则|细则)$/, kind: 'process or guidance document' },
  { re: /管理(规范|规定|制度|办法|要求|标准|程序)?$|(制度|办法)$/, kind: 'management standard' },
  { re: /(工艺|施工|安装|作业|操作|验收|运行|检修|设计)(技术)?(规范|要求|规定)$/, kind: 'process standard' },
  // "光伏组件术语": defines terms only (GB/T 20001.1 terminology standard).
  { re: /(术语|词汇)$/, kind: 'terminology standard' },
  // "供应商评价规范", "绿色工厂评价准则": rates suppliers, sites or products against criteria; not a product's requirements.
  { re: /(评价|考核)(规范|准则|方法|指南|细则|办法|标准)?$/, kind: 'evaluation standard' },
];

/**
 * Why a Q/ document is not a product standard although it may carry limits or tables: its (part) title names a test
 * method, a process, a guide, a management, a terminology or an evaluation standard, or its number carries the
 * management/work-standard category suffix "/G" or "/Z" (Q/XXX/G 005—2024; GB/T 15497/15498 practice,
 * format-rules §5.2). Null otherwise.
 */
export function nonProductKind(doc: StandardDocument): string | null {
  if (/\/[GZ]$/.test(doc.cover.code ?? '')) return `category suffix of ${doc.cover.code}`;
  const full = (doc.cover.titleZh?.value ?? doc.bodyTitle?.value ?? '').replace(/[\s\u3000]+/g, '');
  const title = PART_TITLE.exec(full)?.[1] ?? full;
  return NON_PRODUCT_TITLES.find((t) => t.re.test(title))?.kind ?? null;
}
