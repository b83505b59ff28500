// The format-neutral document model. Built from a RawDocument by src/model/build.ts.
// Rules and baseline checks read only this; they never see file formats.

import type { SourceFormat, SourcePos } from '../readers/types.ts';

/** Where something is, for findings. */
export interface Loc extends SourcePos {
  /** Clause number the node belongs to ("5.2", "A.1", "前言", "封面"), or null. */
  clause: string | null;
}

/** Element kinds of GB/T 1.1—2020 (and GB/T 20001.10 product-standard elements). */
export type ElementKind =
  | 'scope'                 // 范围
  | 'normative-references'  // 规范性引用文件
  | 'terms'                 // 术语和定义 (incl. combined 术语、定义和缩略语)
  | 'symbols'               // 符号和缩略语
  | 'classification'        // 分类/型号/规格/分类和编码
  | 'general'               // 总体要求/基本要求/总则
  | 'requirements'          // 要求/技术要求
  | 'test-methods'          // 试验方法/检验方法
  | 'inspection-rules'      // 检验规则
  | 'marking'               // 标志/标签/标志、包装、运输和贮存 (any of these)
  | 'packaging'             // 包装/包装、运输和贮存
  | 'transport-storage'     // 运输/贮存/运输和贮存
  | 'service-requirements'  // 服务要求/服务规范/服务提供
  | 'evaluation'            // 评价/服务质量评价/评价与改进
  | 'bibliography'          // 参考文献
  | 'index'                 // 索引
  | 'annex'
  | 'other';

export interface TextBlock {
  kind: 'text';
  text: string;
  /** 'note' for 注/注1：, 'example' for 示例：, 'list-item' for a)/——/1) items. */
  role: 'text' | 'note' | 'example' | 'list-item';
  loc: Loc;
}

export interface Table {
  kind: 'table';
  /** "1", "2", "A.1" parsed from the caption; null when uncaptioned. */
  number: string | null;
  /** Caption text after the number ("技术指标"). */
  caption: string | null;
  /** Raw caption line as written ("表1　技术指标"), or null. */
  captionRaw: string | null;
  /** "单位为…" line or header note, if any. */
  unitNote: string | null;
  /** Header rows (1 or more) — cells as text. */
  header: string[][];
  /** Body rows (after header). */
  rows: string[][];
  loc: Loc;
  rowLocs: Loc[];
}

export type Block = TextBlock | Table;

export interface Clause {
  /** "5", "5.2", "A.1"; null for an unnumbered heading (e.g. PDF headings where numbers were lost). */
  number: string | null;
  /** Heading title ("技术要求"); null for an untitled clause (无标题条). */
  title: string | null;
  /** 1 = chapter (or annex), 2 = first-level clause, … */
  level: number;
  element: ElementKind;
  /** Where the number came from: typed in the text, Word automatic numbering, or absent. */
  numberSource: 'text' | 'auto' | 'none';
  /** For annexes: letter, label (规范性/资料性) and the raw label text ("（规范性附录）"). */
  annex: { letter: string; label: '规范性' | '资料性' | null; labelRaw: string | null } | null;
  /** Direct content (paragraphs and tables), not including children. */
  blocks: Block[];
  children: Clause[];
  loc: Loc;
}

export interface StandardRef {
  /** The text as written ("GB/T 2912.1—2009 纺织品 甲醛的测定 第1部分：游离和水解的甲醛（水萃取法）"). */
  raw: string;
  /** Normalised code ("GB", "GB/T", "QB/T", "Q/ABC", "ISO", "JJF"). */
  code: string;
  /** Number without year ("2912.1", "6675.4"). */
  number: string;
  /** Year as written: four digits, or two digits as written in old enterprise numbers (century unknown); null = undated. */
  year: string | null;
  /** Connector used between number and year as written ("—", "-", "–", "－"), or null. */
  yearSep: string | null;
  /** "（所有部分）" */
  allParts: boolean;
  /** Title text after the number, if any. */
  title: string | null;
  /** Normalised key for matching: code + ' ' + number ("GB/T 2912.1"). */
  key: string;
}

export interface ReferenceEntry extends StandardRef {
  /** 'standard' for standards; 'law' for 法/条例/办法/规定 documents; 'other' for anything else. */
  kind: 'standard' | 'law' | 'other';
  /** List marker found before the entry ("1.", "[1]", "——", "a)"), or null. */
  marker: string | null;
  /** Trailing punctuation found after the entry ("；", "。"), or null. */
  trailing: string | null;
  loc: Loc;
}

export interface Citation extends StandardRef {
  /** How the citation is used in context: normative (应符合/按…规定/按…方法/执行), informative (见/参见), or unknown. */
  usage: 'normative' | 'informative' | 'unknown';
  /** The part of the document it sits in. */
  section: 'cover' | 'foreword' | 'introduction' | 'body' | 'references' | 'annex' | 'bibliography';
  /** Specific content cited after the reference ("中5.2", "表1"), if any. */
  pointer: string | null;
  /** Sentence around the citation (trimmed). */
  context: string;
  loc: Loc;
}

export interface CoverField<T = string> {
  value: T;
  raw: string;
  loc: Loc;
}

export interface Cover {
  /** The standard number as normalised ("Q/ABC 001—2023"). */
  standardNumber: CoverField | null;
  /** Code part ("Q/ABC", "GB/T", "T/CAS"). */
  code: string | null;
  /** Enterprise code for Q/ numbers ("ABC"). */
  enterpriseCode: string | null;
  /** Replaced standard(s) ("代替 Q/ABC 001—2020"). */
  replaces: CoverField[];
  /** Category line ("重庆某某食品有限公司企业标准"). */
  categoryLine: CoverField | null;
  titleZh: CoverField | null;
  titleEn: CoverField | null;
  ics: CoverField | null;
  ccs: CoverField | null;
  /** ISO dates "YYYY-MM-DD"; raw keeps the written form. value is null-free: absent field => null. */
  issued: CoverField | null;
  effective: CoverField | null;
  /** Publisher line ("某某有限公司　发布"): value = the company name. */
  publisher: CoverField | null;
  /** Company name (from publisher line, category line, or foreword 起草单位). */
  company: string | null;
  /** 备案号 line, if any. */
  filingNumber: CoverField | null;
}

export interface Toc {
  present: boolean;
  entries: { text: string; page: string | null; loc: Loc }[];
  loc: Loc | null;
}

export interface FrontSection {
  /** Heading as written ("前　言", "前言"). */
  heading: string;
  blocks: Block[];
  loc: Loc;
}

export type DocumentKind = 'enterprise' | 'national' | 'industry' | 'local' | 'group' | 'unknown';

export interface StandardDocument {
  file: string;
  format: SourceFormat;
  encoding: string | null;
  pageCount: number | null;
  /** Normalised text rendition (1-based line numbers index into it). */
  lines: string[];
  headers: string[];
  footers: string[];
  cover: Cover;
  toc: Toc;
  foreword: FrontSection | null;
  introduction: FrontSection | null;
  /** Title repeated on the first page of the body (before chapter 1), if found. */
  bodyTitle: CoverField | null;
  /** Top-level clauses in order: chapters then annexes. */
  clauses: Clause[];
  /** Parsed chapter-2 content. null when no 规范性引用文件 chapter was found. */
  references: {
    clause: Clause;
    /** The lead-in paragraph(s) as written, joined. */
    leadIn: string | null;
    leadInLoc: Loc | null;
    entries: ReferenceEntry[];
  } | null;
  /** Every standard cited anywhere (cover, foreword, body, annexes), in document order. */
  citations: Citation[];
  /** All tables in document order (also reachable through the clause tree). */
  tables: Table[];
  /** What kind of document the number says it is. */
  kind: DocumentKind;
  /** Whether the builder believes this is a standard at all (number, chapters, scope…). */
  recognised: boolean;
  /** Why it is (not) recognised — evidence for the "not a standard" decision. */
  recognition: string[];
  /** Reader and builder warnings. */
  warnings: string[];
}
