// A format rule: one module per rule, metadata + messages as data + a check function.
// Rules read the StandardDocument only; they know nothing about file formats.

import type { Clause, Loc, StandardDocument } from '../model/types.ts';
import type { Localized, RuleCategory, Severity } from '../engine/types.ts';
import type { StatusRegistry } from '../registry/types.ts';

export type Profile = 'enterprise-product' | 'enterprise-service' | 'national';

export interface RuleMeta {
  /** Stable id, "<group>/<name>", e.g. "foreword/drafting-basis". */
  id: string;
  category: RuleCategory;
  severity: Severity;
  /** What it enforces: "GB/T 1.1—2020 8.3", "企业标准化促进办法 第十二条". */
  basis: string;
  /** Profiles the rule runs in. */
  profiles: readonly Profile[];
  /** One line for `std-audit rules`. */
  description: Localized;
  /** Why the rule exists (for `std-audit explain`). */
  rationale: Localized;
  /** Message templates keyed by messageId; "{name}" placeholders. */
  messages: Record<string, Localized>;
  /** Optional mechanical fixes keyed by messageId. */
  suggestions?: Record<string, Localized>;
  /** Short good/bad excerpts for `explain` (document text, Chinese). */
  examples: { good: string; bad: string };
}

export interface Report {
  messageId: string;
  data?: Record<string, string | number>;
  loc: Loc | null;
  /** Offending text; defaults to the line at loc. */
  excerpt?: string;
  /** Override the rule's default severity for this one report (e.g. a 'verify' downgrade). */
  severity?: Severity;
  /** Overrides the rule's suggestion template for this report (already localised by data). */
  suggestionId?: string;
  /** Based on a ◐ (likely, unconfirmed) data value: reported with a "verify" caveat. */
  verify?: boolean;
}

export interface RuleContext {
  doc: StandardDocument;
  profile: Profile;
  /** ISO date "YYYY-MM-DD" the audit is run for. */
  auditDate: string;
  registry: StatusRegistry;
  /** Per-rule options from config (rarely used). */
  options: Record<string, unknown>;
  report(r: Report): void;
}

export interface Rule {
  meta: RuleMeta;
  check(ctx: RuleContext): void;
}

/** Helper so rule modules get type-checking without ceremony. */
export function defineRule(rule: Rule): Rule {
  return rule;
}

export type { Clause, Loc };
