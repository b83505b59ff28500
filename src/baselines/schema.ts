// The zod schema of a baseline file (checks/baselines/<id>.yaml). Every limit value must parse with the
// same value parser used for documents, every class a limit names must exist, and every value carries a
// source and a confidence (✅ confirmed → errors; ◐ likely → warnings with a verify caveat; ❓ is not shipped).
import { z } from 'zod';
import { parseValue } from '../indicators/values.ts';

const confidence = z.enum(['confirmed', 'likely'], {
  error: 'expected "confirmed" (✅) or "likely" (◐); unverified (❓) values must not be shipped',
});
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected an ISO date YYYY-MM-DD');
const localized = z.object({ zh: z.string().min(1), en: z.string().min(1) }).strict();
/** "GB 18401-2010", "GB 6675.4-2014", "QB/T 1952.1-2023" (ASCII hyphen before the year). */
const editionId = z.string().regex(/^[A-Z]{1,4}(?:\/[TZ])?\s\d+(?:\.\d+)*-\d{4}$/, 'expected an edition id such as "GB 18401-2010"');
const standardKey = z.string().regex(/^[A-Z]{1,4}(?:\/[TZ])?\s\d+(?:\.\d+)*$/, 'expected a standard key without year, such as "GB 2762"');

const limitValue = z.string().min(1).refine((s) => parseValue(s, { grade: /级/.test(s) }).kind !== 'text', {
  message: 'expected a limit such as "≤75", "4.0～8.5", "≥3-4", "禁用", "无" or "n=5, c=2, m=100, M=1000"',
});

const limit = z.object({
  /** Class ids this limit applies to; omitted = every class (or a baseline without classes). */
  classes: z.array(z.string().min(1)).min(1).optional(),
  value: limitValue,
  /** What a qualitative value means numerically (GB 18401 禁用 = each amine ≤20 mg/kg). */
  means: limitValue.optional(),
  /** Grade values ("≥3-4") are read as half grades when unit is 级. */
  unit: z.string().min(1).optional(),
  source: z.string().min(1).optional(),
  confidence: confidence.optional(),
  note: z.string().optional(),
  /** Labels the standard gives this limit (GB 18580-2017 "E1" = ≤0.124 mg/m³): a declared value that is only the
   *  label ("E1级") states the limit. */
  marks: z.array(z.string().min(1)).min(1).optional(),
}).strict();

const term = z.union([z.string().min(1), z.array(z.string().min(1)).min(2)]);

const applicability = z.object({
  /** The indicator applies only when the document mentions one of these (a nested list = all of them). */
  anyOf: z.array(term).min(1).optional(),
  /** The indicator does not apply when the product description (title, scope) mentions one of these. */
  exceptIf: z.array(z.string().min(1)).min(1).optional(),
  /** 'source': the condition is in the standard; 'heuristic': the tool's reading where the source gives none. */
  basis: z.enum(['source', 'heuristic']),
  note: localized,
}).strict();

const indicator = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'expected a lower-case id such as "formaldehyde"'),
  name: z.string().min(1),
  nameEn: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
  unit: z.string().min(1).nullable(),
  limits: z.array(limit).min(1),
  /** false: compared when declared, but its absence is not reported (applicability unknown). */
  required: z.boolean().default(true),
  applies: applicability.optional(),
  method: z.string().min(1).nullable(),
  /** Where the value sits in the baseline ("表1", "4.2"). */
  clause: z.string().min(1),
  source: z.string().min(1),
  confidence,
}).strict();

const delegation = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  name: z.string().min(1),
  nameEn: z.string().min(1),
  /** Item names that show the document sets its own limits for this area (铅, 菌落总数 …). */
  aliases: z.array(z.string().min(1)).default([]),
  to: standardKey,
  clause: z.string().min(1),
  source: z.string().min(1),
  confidence,
}).strict();

const productClass = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  nameEn: z.string().min(1),
  /** How a document states the class ("A类", "婴幼儿用品", "直接接触皮肤"). */
  statements: z.array(z.string().min(1)).min(1),
}).strict();

const scope = z.object({
  /** Product words; one in the title or scope sentence is enough. */
  keywords: z.array(z.string().min(1)).min(1),
  /** When given, one of these must also appear (GB 31701: a children's word AND a textile word). */
  alsoRequire: z.array(z.string().min(1)).min(1).optional(),
  /** Products the baseline excludes (GB 18401 Annex A: 玩具, 箱包, 鞋 …). */
  exclusions: z.array(z.string().min(1)).default([]),
  /** A normative requirement citing this standard ("应符合GB 18401的规定") counts as evidence. */
  citation: z.boolean().default(true),
  /** Baselines a product in this scope must meet as well (GB 31701: "also GB 18401"); applied with this one. */
  implies: z.array(editionId).default([]),
}).strict();

export const baselineSchema = z.object({
  id: editionId,
  title: z.string().min(1),
  titleEn: z.string().min(1),
  type: z.enum(['mandatory', 'recommended', 'industry', 'local'], { error: 'expected mandatory | recommended | industry | local' }),
  status: z.enum(['current', 'replaced', 'withdrawn', 'converted'], { error: 'expected current | replaced | withdrawn | converted' }),
  issued: isoDate.nullable(),
  effective: isoDate.nullable(),
  replaces: z.array(editionId).default([]),
  replacedBy: editionId.nullable().default(null),
  statusSource: z.string().min(1),
  statusConfidence: confidence,
  /** Which law makes "not lower than" binding: 标准化法 or 食品安全法实施条例. */
  legalBasis: z.enum(['standardization', 'food-safety']),
  scope: scope.optional(),
  classes: z.array(productClass).default([]),
  indicators: z.array(indicator).default([]),
  delegations: z.array(delegation).default([]),
  notes: z.array(z.string()).default([]),
}).strict().superRefine((b, ctx) => {
  const classIds = new Set(b.classes.map((c) => c.id));
  const ids = new Set<string>();
  for (const [i, ind] of b.indicators.entries()) {
    if (ids.has(ind.id)) ctx.addIssue({ code: 'custom', path: ['indicators', i, 'id'], message: `duplicate indicator id "${ind.id}"` });
    ids.add(ind.id);
    for (const [j, l] of ind.limits.entries()) {
      for (const c of l.classes ?? []) {
        if (!classIds.has(c)) ctx.addIssue({ code: 'custom', path: ['indicators', i, 'limits', j, 'classes'], message: `unknown class "${c}" (declared classes: ${[...classIds].join(', ') || 'none'})` });
      }
    }
  }
  if (b.status === 'replaced' && !b.replacedBy) ctx.addIssue({ code: 'custom', path: ['replacedBy'], message: 'a replaced baseline must name its replacement' });
  if ((b.indicators.length || b.delegations.length) && !b.scope) ctx.addIssue({ code: 'custom', path: ['scope'], message: 'a baseline with indicators needs a scope to be matched' });
});

export type BaselineFile = z.infer<typeof baselineSchema>;
export type BaselineIndicator = BaselineFile['indicators'][number];
export type BaselineLimit = BaselineIndicator['limits'][number];
export type BaselineDelegation = BaselineFile['delegations'][number];
export type BaselineClass = BaselineFile['classes'][number];
export type Confidence = z.infer<typeof confidence>;

/** Validation errors as "file: path: message" lines. */
export function describeIssues(file: string, error: z.ZodError): string[] {
  return error.issues.map((i) => `${file}: ${i.path.length ? i.path.join('.') : '(root)'}: ${i.message}`);
}
