// Chapter title → element kind (GB/T 1.1—2020 elements and GB/T 20001.10 product-standard elements).
import type { ElementKind } from './types.ts';
import { compact } from './text.ts';

// Ordered: first match wins. Patterns see the title with whitespace removed.
const ELEMENT_PATTERNS: [RegExp, ElementKind][] = [
  [/^范围$/, 'scope'],
  [/^(规范性)?引用(标准|文件)$/, 'normative-references'],
  [/^术语(和|与|、)?定义|^术语$|^定义$|^名词术语$/, 'terms'],
  [/^(符号|缩略语|代号)(和|与|、)?(缩略语|符号|代号)?$/, 'symbols'],
  [/^(产品)?(分类|型号|规格|分级|分类和编码|分类与编码|分类和命名|分类与命名|型号和规格|规格和型号|分类、型号和规格|分类与型号|分类和标记|分类、标记和编码|产品型号|产品分类|型式|组成)$/, 'classification'],
  [/^(总体要求|基本要求|总则|一般要求|通用要求|总体原则)$/, 'general'],
  [/^(服务)?(质量)?评价(与|和|及)?(改进)?$|^服务评价|^评价与改进$|^服务质量评价/, 'evaluation'],
  // Service standards also verify by supervision and assessment: "服务质量监督与考核", "考核与改进", "服务质量测评".
  [/^(服务)?(质量)?(监督|考核|测评|评定|监督检查)((与|和|及|、)(考核|评价|改进|检查))?$|^(服务)?(质量)?(考核|测评)(与|和|及)改进$/, 'evaluation'],
  // Evaluation named by what is measured: "培训效果评估", "顾客满意度测评", "服务质量评价与持续改进" — not "风险评估",
  // which assesses the customer or the site as part of the service itself.
  [/^.{0,4}(效果|质量|满意度|绩效)(评价|评估|测评)((与|和|及)(持续)?改进)?$|^(服务)?(评估|评价)(与|和|及)持续改进$/, 'evaluation'],
  [/^服务(要求|规范|内容|提供|流程|质量要求|质量|项目|基本要求)$|^服务提供(要求|规范)?$|^服务.{1,6}(要求|规范)$/, 'service-requirements'],
  [/^(要求|技术要求|质量要求|产品要求|技术指标|质量指标|安全要求|性能要求)$/, 'requirements'],
  [/^(试验方法|检验方法|检测方法|测试方法|试验|分析方法|测定方法)$/, 'test-methods'],
  [/^(检验规则|质量检验)$/, 'inspection-rules'],
  [/^(标志|标签|标识|标志和标签|标志、标签|标志、标签和随行文件|标志和随行文件)/, 'marking'],
  [/^包装/, 'packaging'],
  [/^(运输|贮存|储存|运输和贮存|运输、贮存|运输与贮存|运输和储存|贮运)/, 'transport-storage'],
  [/^参考文献$/, 'bibliography'],
  [/^索引$/, 'index'],
];

/** Element kind for a chapter title; 'other' when the title is not one of the known elements. */
export function elementOfTitle(title: string | null): ElementKind {
  if (!title) return 'other';
  const t = compact(title).replace(/[。：:.]$/, '').replace(/[（(][^）)]*[)）]$/, '');
  for (const [re, kind] of ELEMENT_PATTERNS) if (re.test(t)) return kind;
  return 'other';
}

/** Titles that identify a chapter even when its number was lost (PDF) — the title alone is the line. */
export function isKnownChapterTitle(title: string): boolean {
  const k = elementOfTitle(title);
  return k !== 'other' && k !== 'general';
}

/** Element families whose members also appear as sub-clause titles inside each other (标志 in 标志、包装、运输和贮存). */
export function sameFamily(a: ElementKind, b: ElementKind): boolean {
  const logistics = new Set<ElementKind>(['marking', 'packaging', 'transport-storage']);
  return a === b || (logistics.has(a) && logistics.has(b));
}
