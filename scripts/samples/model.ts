// Content model of a sample standard: the text is data, the renderers (md, txt, docx) decide the layout.
// Clause numbers are not part of the data: renderers derive them from the position in the tree (docx leaves
// them to Word automatic numbering). `number` exists only to type a deliberately wrong number (a numbering-gap
// defect), which automatic numbering cannot produce.

export interface TableSpec {
  /** Caption as written above the table ("表1　安全性能要求", "表A.1　接收质量限"). */
  caption: string;
  /**
   * Optional first header row of merged cells ("项目" | "指标" over two columns | "试验方法"). A group spanning one
   * column whose `header` cell is '' is merged vertically with it (Word vMerge), as in multi-class limit tables.
   */
  groupHeader?: { text: string; span: number }[];
  header: string[];
  rows: string[][];
}

/** The header as a single row (for formats without merged cells): an empty cell under a group takes its text. */
export function flatHeader(t: TableSpec): string[] {
  if (!t.groupHeader) return t.header;
  const groups = t.groupHeader.flatMap((g) => Array.from({ length: g.span }, () => g.text));
  return t.header.map((h, i) => h || groups[i]!);
}

/** A paragraph (string) or a table, in document order. */
export type BodyItem = string | { table: TableSpec };

export interface ClauseSpec {
  title: string;
  /** Typed number that differs from the derived one (only for typed-number renderings). */
  number?: string;
  body?: BodyItem[];
  clauses?: ClauseSpec[];
}

export interface AnnexSpec {
  /** The label as written under "附录A": "（规范性）", "（资料性）" or the 2009 form "（规范性附录）". */
  label: string;
  title: string;
  body?: BodyItem[];
  clauses?: ClauseSpec[];
}

export interface CoverSpec {
  ics?: string;
  ccs?: string;
  /** Code printed top right ("Q/CQMY"). */
  code: string;
  /** Standard number exactly as printed ("Q/CQMY 001—2024"). */
  number: string;
  /** "代替 Q/… " line, if any. */
  replaces?: string;
  /** "重庆美衣纺织品有限公司企业标准". */
  categoryLine: string;
  titleZh: string;
  titleEn?: string;
  issued?: string;
  effective?: string;
  /** Company name of the publisher line ("… 发布"). */
  publisher: string;
}

export type Category = 'textile' | 'furniture' | 'leather' | 'panel' | 'food' | 'service';
export type Format = 'docx' | 'pdf' | 'doc' | 'txt' | 'md';

/** An indicator finding the sample is built to produce. */
export interface ExpectedIndicator {
  ruleId: 'indicator/missing' | 'indicator/looser' | 'indicator/stricter' | 'indicator/unresolved';
  /** Indicator name as the baseline (reference/baselines.md) names it. */
  indicator: string;
  baseline: string;
  /** True when the baseline value is ◐ (reported with a verify caveat, warning instead of error). */
  verify?: boolean;
}

/** What the audit of this standard must report (the same for every format it is rendered to). */
export interface Expectation {
  profile: 'enterprise-product' | 'enterprise-service' | 'national';
  baselines: { id: string; class: string | null }[];
  errors: string[];
  warnings: string[];
  indicators: ExpectedIndicator[];
  /** Short description of each intended defect (README). */
  defects: string[];
  /** What a sample exercises besides defects (README), e.g. "limits in μg/m³". */
  highlights?: string[];
  /** Caveats for whoever reads a failing expectation. */
  notes?: string[];
}

export interface OutputSpec {
  format: Format;
  /** File name under samples/ when it differs from "<id>.<format>" (the one non-ASCII sample name). */
  fileName?: string;
}

export interface StandardSpec {
  /** "<category>-<clean|defects>-<short>". */
  id: string;
  category: Category;
  variant: 'clean' | 'defects';
  cover: CoverSpec;
  foreword: string[];
  chapters: ClauseSpec[];
  annexes?: AnnexSpec[];
  /**
   * A 目次 page for the Word renderings (docx, and the pdf/doc made from them): entry text → page number as printed
   * ("前言" → "II", "1 范围" → "1"). Stated as data so that .docx builds need no LibreOffice; the full build checks
   * the numbers against the LibreOffice rendering and fails with the right ones when they drift.
   */
  toc?: Record<string, string>;
  outputs: OutputSpec[];
  expect: Expectation;
}

/** Number of a clause from its position: chapter "5", clause "5.2", annex clause "A.1". */
export function childNumber(parent: string, index: number): string {
  return `${parent}.${index + 1}`;
}

export function annexLetter(index: number): string {
  return String.fromCharCode(0x41 + index);
}

/** The typed number of every clause (override or derived), depth first; used by renderers with typed numbers. */
export interface NumberedClause {
  number: string;
  derived: string;
  level: number;
  clause: ClauseSpec;
}

export function numberClauses(clauses: ClauseSpec[], parent: string | null, level: number): NumberedClause[] {
  const out: NumberedClause[] = [];
  clauses.forEach((c, i) => {
    const derived = parent === null ? String(i + 1) : childNumber(parent, i);
    const number = c.number ?? derived;
    out.push({ number, derived, level, clause: c });
    out.push(...numberClauses(c.clauses ?? [], derived, level + 1));
  });
  return out;
}

/** "2024-05-10 发布　　　　2024-06-01 实施", leaving out an absent date. */
export function datesLine(cover: CoverSpec, gap = '　　　　'): string | null {
  const parts = [cover.issued && `${cover.issued} 发布`, cover.effective && `${cover.effective} 实施`].filter(Boolean);
  return parts.length ? parts.join(gap) : null;
}

export function fileNameFor(spec: StandardSpec, out: OutputSpec): string {
  return out.fileName ?? `${spec.id}.${out.format}`;
}

/** The 目次 entries of a spec, in order: 前言, chapters, annexes (GB/T 1.1—2020 8.2 a), c), e)). */
export function tocEntries(spec: StandardSpec): string[] {
  return [
    '前言',
    ...spec.chapters.map((c, i) => `${c.number ?? i + 1} ${c.title}`),
    ...(spec.annexes ?? []).map((a, i) => `附录${annexLetter(i)}${a.label}${a.title}`),
  ];
}
