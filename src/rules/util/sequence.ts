// Checks that sibling numbers run 1, 2, 3 … under their parent ("5" -> 5.1, 5.2; "A" -> A.1, A.2).
import type { Clause } from '../../model/types.ts';

export type SequenceProblem =
  | { kind: 'gap'; clause: Clause; expected: string; found: string }
  | { kind: 'duplicate'; clause: Clause; number: string }
  | { kind: 'order'; clause: Clause; found: string; previous: string }
  | { kind: 'wrong-level'; clause: Clause; number: string; parent: string }
  | { kind: 'wrong-parent'; clause: Clause; number: string; parent: string };

/** Splits "5.2.1" or "A.1.2" into segments; null for anything else. */
export function segments(n: string | null): string[] | null {
  if (!n) return null;
  const s = n.replace(/\s+/g, '');
  return /^(\d+|[A-Z])(\.\d+)*$/.test(s) ? s.split('.') : null;
}

/**
 * Checks the numbered children of one parent. `parent` is the parent's segments ([] for the list of chapters).
 * Children without a usable number are skipped (nothing can be said about them), but one whose number was lost
 * counts as the next number.
 */
export function checkSiblings(children: readonly Clause[], parent: string[], first = 1): SequenceProblem[] {
  const problems: SequenceProblem[] = [];
  const parentNo = parent.join('.');
  const prefix = parent.length ? parentNo + '.' : '';
  let prev = first - 1;
  const seen = new Set<number>();
  for (const c of children) {
    const seg = segments(c.number);
    if (!seg) {
      // A clause whose number was lost (recognised by its title, e.g. "术语与定义" in PDF text) still takes its place.
      if (c.number === null && c.numberSource === 'none') prev++;
      continue;
    }
    const number = seg.join('.');
    const samePrefix = parent.every((p, i) => seg[i] === p);
    if (!samePrefix || seg.length <= parent.length) {
      if (parent.length) problems.push({ kind: 'wrong-parent', clause: c, number, parent: parentNo });
      continue;
    }
    if (seg.length > parent.length + 1) {
      problems.push({ kind: 'wrong-level', clause: c, number, parent: parentNo });
      continue;
    }
    const last = Number(seg[seg.length - 1]);
    if (!Number.isInteger(last)) continue;
    if (seen.has(last)) problems.push({ kind: 'duplicate', clause: c, number });
    else if (last > prev + 1) problems.push({ kind: 'gap', clause: c, expected: prefix + (prev + 1), found: number });
    else if (last < prev) problems.push({ kind: 'order', clause: c, found: number, previous: prefix + prev });
    seen.add(last);
    prev = Math.max(prev, last);
  }
  return problems;
}
