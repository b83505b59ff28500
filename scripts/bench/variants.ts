// Synthetic standards for the benchmark, derived from the sample standards: each variant gets its own sequence
// number, title and publisher year; "long" variants repeat the requirement / test-method / evaluation clauses so the
// Word renderings run to about 10–20 PDF pages, like real enterprise standards.
import type { BodyItem, ClauseSpec, StandardSpec } from '../samples/model.ts';
import { allStandards } from '../samples/standards/index.ts';

/** Chapters whose clauses a long variant repeats (the bulk of a real standard). */
const REPEATED_CHAPTER = /要求|试验方法|评价/;

/** Repetitions of the repeated chapters' clauses in long variants, in turn: about 8–20 PDF pages. */
const LONG_REPEATS = [10, 14, 18];

export interface Variant {
  /** File stem: "<sample id>-v<k>" (+ "-long"). */
  name: string;
  spec: StandardSpec;
  long: boolean;
}

/** Replaces the 3-digit sequence of the standard number (kept as written otherwise: the defect samples misspell it). */
function renumber(number: string, seq: number): string {
  return number.replace(/\d{3}(?=\s*[—–\-－])/, String(seq % 1000).padStart(3, '0'));
}

function repeatClauses(clauses: ClauseSpec[], times: number): ClauseSpec[] {
  const out = [...clauses];
  for (let r = 2; r <= times; r++) out.push(...clauses.map((c) => ({ ...c, title: `${c.title}（${r}）`, number: undefined })));
  return out;
}

function repeatBody(body: BodyItem[], times: number): BodyItem[] {
  return Array.from({ length: times }, () => body).flat();
}

/** Table captions of the chapters numbered again from 表1 after repetition (annex tables keep 表A.1 …). */
function renumberTables(chapters: ClauseSpec[]): ClauseSpec[] {
  let n = 0;
  const item = (b: BodyItem): BodyItem =>
    typeof b === 'string' ? b : { table: { ...b.table, caption: b.table.caption.replace(/^表\d+/, () => `表${++n}`) } };
  const clause = (c: ClauseSpec): ClauseSpec => ({ ...c, body: c.body?.map(item), clauses: c.clauses?.map(clause) });
  return chapters.map(clause);
}

function lengthen(chapters: ClauseSpec[], times: number): ClauseSpec[] {
  const longer = chapters.map((ch, i) => {
    if (i < 3 || !REPEATED_CHAPTER.test(ch.title)) return ch;
    return ch.clauses?.length
      ? { ...ch, clauses: repeatClauses(ch.clauses, times) }
      : { ...ch, body: repeatBody(ch.body ?? [], times) };
  });
  return renumberTables(longer);
}

/** Variant k of a sample standard. */
export function variantOf(base: StandardSpec, k: number, long: boolean): Variant {
  const seq = 100 + k;
  const spec: StandardSpec = {
    ...base,
    id: `${base.id}-v${k}${long ? '-long' : ''}`,
    cover: {
      ...base.cover,
      number: renumber(base.cover.number, seq),
      titleZh: `${base.cover.titleZh}（${seq}系列）`,
    },
    chapters: long ? lengthen(base.chapters, LONG_REPEATS[k % LONG_REPEATS.length]!) : base.chapters,
    // The 目次 page numbers of the sample would be wrong for a variant.
    toc: undefined,
  };
  return { name: spec.id, spec, long };
}

/** Samples that render with Word automatic numbering (docx, pdf); the others type a deliberately wrong number. */
export const autoNumberedBases = allStandards.filter((s) => s.outputs.some((o) => o.format === 'docx' || o.format === 'pdf'));

/** The k-th variant in a round-robin over `bases`; every other round is long unless `long` is given. */
export function nthVariant(bases: readonly StandardSpec[], k: number, long?: boolean): Variant {
  const base = bases[k % bases.length]!;
  const round = Math.floor(k / bases.length);
  return variantOf(base, k, long ?? round % 2 === 0);
}
