// Results: what checks produce and what reporters consume. Reporters are pure functions of AuditResult.

import type { SourceFormat } from '../readers/types.ts';

export type Severity = 'error' | 'warning' | 'info';
export type Lang = 'zh' | 'en';

export type RuleCategory =
  | 'identity'      // number, cover, dates
  | 'foreword'
  | 'structure'     // elements and order
  | 'numbering'     // clause/table numbering
  | 'references'    // normative references and citations
  | 'terms'
  | 'wording'       // modal verbs, self-reference
  | 'units'
  | 'annex'
  | 'completeness'  // indicators without test methods, inspection items
  | 'age'
  | 'indicator'     // baseline checks (missing / looser / stricter / unresolved)
  | 'document';     // document-level: unreadable, not a standard

/** A localised message template: "{name}" placeholders are filled from Finding data. */
export interface Localized {
  zh: string;
  en: string;
}

export interface FindingLocation {
  clause: string | null;
  page: number | null;
  line: number | null;
  paragraph: number | null;
  excerpt: string;
}

export interface Finding {
  ruleId: string;
  category: RuleCategory;
  severity: Severity;
  /** Rendered message in the run's language. */
  message: string;
  /** The clause of GB/T 1.1—2020 or the law this finding enforces ("GB/T 1.1—2020 8.3"). */
  basis: string;
  location: FindingLocation;
  indicator: string | null;
  baseline: string | null;
  expected: string | null;
  found: string | null;
  /** A mechanical fix (e.g. the exact 2020 sentence), rendered in the run's language. */
  suggestion: string | null;
  /** Baseline value marked ◐: reported with a "verify" caveat. */
  verify?: boolean;
}

export interface AppliedBaseline {
  id: string;
  class: string | null;
  reason: string;
}

export interface DocumentMeta {
  standardNumber: string | null;
  title: string | null;
  company: string | null;
  issued: string | null;
  effective: string | null;
}

export interface DocumentFlags {
  formatProblems: boolean;
  missingIndicators: boolean;
  belowBaseline: boolean;
}

export interface DocumentResult {
  file: string;
  status: 'ok' | 'unreadable';
  error: { code: string; message: string } | null;
  format: SourceFormat | null;
  encoding: string | null;
  /** Profile the rules ran with ("enterprise-product", "enterprise-service", "national"), null when unreadable. */
  profile: string | null;
  meta: DocumentMeta;
  baselines: AppliedBaseline[];
  flags: DocumentFlags;
  findings: Finding[];
  /** Rule ids that were run on this document (for JUnit "checks passed"). */
  rulesChecked: string[];
  /**
   * What the reader or model builder could not recover (e.g. Word automatic numbering lost in a .doc).
   * Shown so that a clean result on a partly read document is not mistaken for a clean document.
   */
  notes?: string[];
}

export interface RuleInfo {
  id: string;
  category: RuleCategory;
  severity: Severity;
  basis: string;
  description: string;
  help: string;
}

export interface AuditSummary {
  documents: number;
  unreadable: number;
  formatProblems: number;
  missingIndicators: number;
  belowBaseline: number;
  errors: number;
  warnings: number;
}

export interface AuditResult {
  schemaVersion: 1;
  tool: { name: 'std-audit'; version: string };
  auditDate: string;
  lang: Lang;
  summary: AuditSummary;
  documents: DocumentResult[];
  /** Catalogue of every rule that can appear in findings (for SARIF rule descriptors, docs). */
  rules: RuleInfo[];
}
