// Schema of checks/registry/*.yaml. Validation errors name the file, the entry and the field.
import { z } from 'zod';
import type { StatusEntry } from './types.ts';
import { normaliseKey } from './keys.ts';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function isRealDate(s: string): boolean {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

const isoDate = z
  .string()
  .regex(ISO_DATE, 'expected a date YYYY-MM-DD')
  .refine(isRealDate, 'not a calendar date');

/** Edition id with an ASCII hyphen before the year; "~" allowed for part ranges ("GB 6675.1~4-2014"). */
const editionId = z
  .string()
  .regex(/^[A-Z][A-Za-z0-9/. ~]*-\d{4}$/, 'expected "<code> <number>-<year>" with an ASCII hyphen, e.g. "GB/T 2912.1-2009"');

export const statusEntrySchema = z
  .object({
    id: editionId,
    key: z.string().min(1).superRefine((k, ctx) => {
      if (k !== normaliseKey(k)) ctx.addIssue({ code: 'custom', message: `key must be normalised: "${normaliseKey(k)}"` });
    }),
    year: z.union([z.string(), z.number()]).transform(String).pipe(z.string().regex(/^\d{4}$/, 'expected a four-digit year')),
    title: z.string().min(1),
    status: z.enum(['current', 'replaced', 'withdrawn', 'converted']),
    replacedBy: editionId.nullable(),
    replacementIssued: isoDate.nullable(),
    replacementEffective: isoDate.nullable(),
    confidence: z.enum(['confirmed', 'likely'], { message: 'expected "confirmed" (✅) or "likely" (◐); ❓ entries are not shipped' }),
    source: z.string().min(1),
    note: z.string().min(1).optional(),
  })
  .strict()
  .superRefine((e, ctx) => {
    if (e.id !== `${e.key}-${e.year}`) {
      ctx.addIssue({ code: 'custom', path: ['id'], message: `id must be key + "-" + year ("${e.key}-${e.year}")` });
    }
    if ((e.status === 'replaced' || e.status === 'converted') && e.replacedBy === null) {
      ctx.addIssue({ code: 'custom', path: ['replacedBy'], message: `required when status is "${e.status}"` });
    }
    if (e.status === 'current' && (e.replacedBy !== null || e.replacementIssued !== null || e.replacementEffective !== null)) {
      ctx.addIssue({ code: 'custom', path: ['status'], message: 'a current edition has no replacedBy/replacement dates' });
    }
    if (e.replacementIssued && e.replacementEffective && e.replacementEffective < e.replacementIssued) {
      ctx.addIssue({ code: 'custom', path: ['replacementEffective'], message: 'earlier than replacementIssued' });
    }
  });

export const registryFileSchema = z.object({ entries: z.array(z.unknown()) }).strict();

/** Validates one parsed YAML file; returns entries or human-readable problems ("food.yaml: entry 3 (GB 2760-2014): replacedBy: …"). */
export function validateRegistryFile(file: string, data: unknown): { entries: StatusEntry[]; problems: string[] } {
  const top = registryFileSchema.safeParse(data);
  if (!top.success) {
    return { entries: [], problems: top.error.issues.map((i) => `${file}: ${i.path.join('.') || '(top level)'}: ${i.message} (expected a mapping with "entries: [...]")`) };
  }
  const entries: StatusEntry[] = [];
  const problems: string[] = [];
  top.data.entries.forEach((raw, i) => {
    const parsed = statusEntrySchema.safeParse(raw);
    if (parsed.success) {
      entries.push(parsed.data as StatusEntry);
      return;
    }
    const id = raw && typeof raw === 'object' && 'id' in raw ? ` (${String((raw as { id: unknown }).id)})` : '';
    for (const issue of parsed.error.issues) {
      problems.push(`${file}: entry ${i + 1}${id}: ${issue.path.join('.') || '(entry)'}: ${issue.message}`);
    }
  });
  return { entries, problems };
}
