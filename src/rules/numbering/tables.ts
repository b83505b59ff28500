// Tables are numbered 表1, 表2 … through the body, and 表A.1, 表A.2 … within each annex; no "表1-1" or "表2a".
import { defineRule } from '../types.ts';
import type { Clause, Loc, StandardDocument, Table } from '../../model/types.ts';
import { parseCaption } from '../../model/tables.ts';
import { bodyTextBlocks, tablesWithTop } from '../util/doc.ts';

/** The number as written in the caption ("1", "A.1", "1-1", "2a", "B-1"), else the builder's number. */
export function writtenTableNumber(t: Pick<Table, 'captionRaw' | 'number'>): string | null {
  // "表B-1": an annex table numbered with a hyphen is written "B-1", which is not 表B.1.
  const m = /^表\s*([A-Z]\s*[.．\-－—–]\s*\d+|\d+)((?:\s*[-－—–.．]\s*\d+)|[a-z])?/.exec(t.captionRaw?.trim() ?? '');
  if (m) return (m[1]! + (m[2] ?? '')).replace(/\s+/g, '').replace(/．/g, '.');
  return t.number;
}

/** Continuation captions ("表1（续）") repeat the number of a table split across pages. */
export function isContinuation(t: Table): boolean {
  return /续/.test(t.captionRaw ?? '');
}

interface Numbered { written: string; top: Clause; loc: Loc; excerpt: string | undefined }

/**
 * Table numbers in document order: captioned tables, plus caption lines the builder left as paragraphs (a
 * space-aligned txt/PDF table whose rows did not line up is not recognised as a table, but its caption still
 * holds a number). A caption paragraph whose number a table already carries is not counted twice.
 */
function numberedTables(doc: StandardDocument): Numbered[] {
  const out: Numbered[] = [];
  for (const { table, top } of tablesWithTop(doc)) {
    if (isContinuation(table)) continue;
    const written = writtenTableNumber(table);
    if (written) out.push({ written, top, loc: table.loc, excerpt: table.captionRaw ?? undefined });
  }
  const taken = new Set(out.map((n) => `${n.top.annex?.letter ?? ''}|${n.written}`));
  for (const { block, top } of bodyTextBlocks(doc)) {
    const cap = block.role === 'text' ? parseCaption(block.text) : null;
    // "表2　……（续）": the continuation of a table split over pages, whatever side of the title "（续）" is on.
    if (!cap || cap.continued || /[（(]续[)）]/.test(cap.raw)) continue;
    const written = writtenTableNumber({ captionRaw: cap.raw, number: cap.number });
    if (!written || taken.has(`${top.annex?.letter ?? ''}|${written}`)) continue;
    out.push({ written, top, loc: block.loc, excerpt: block.text });
  }
  return out.sort((a, b) => a.loc.line - b.loc.line);
}

export default defineRule({
  meta: {
    id: 'numbering/tables',
    category: 'numbering',
    severity: 'warning',
    basis: 'GB/T 1.1—2020（表的编号）',
    profiles: ['enterprise-product', 'enterprise-service', 'national'],
    description: { zh: '表编号连续：正文表1、表2……，附录表A.1……；不用“表1-1”“表2a”', en: 'Tables numbered continuously: 表1, 表2 … in the body, 表A.1 … in annexes; no "表1-1" or "表2a"' },
    rationale: {
      zh: '表用阿拉伯数字从“表1”起连续编号，与章条编号无关；只有一个表时仍为“表1”；附录中的表编号为“表A.1”等；不应编为“表2a”或“表1-1”。',
      en: 'Tables are numbered 表1, 表2 … independently of clause numbers (a single table is still 表1); annex tables 表A.1 …; numbers like 表2a or 表1-1 are not used.',
    },
    messages: {
      gap: { zh: '表编号不连续：“表{found}”之前缺少“表{expected}”', en: 'Table numbering gap: 表{expected} is missing before 表{found}' },
      duplicate: { zh: '表编号“表{number}”重复', en: 'Table number 表{number} is used twice' },
      malformed: { zh: '表编号“表{number}”不规范，应为{expected}', en: 'Table number 表{number} is malformed; use {expected}' },
    },
    examples: { good: '表1　安全性能要求\n表2　物理性能要求', bad: '表1-1　安全性能要求\n表1-2　物理性能要求' },
  },
  check(ctx) {
    const next = new Map<string, number>(); // scope ('' = body, else annex letter) -> next expected number
    const seen = new Map<string, Set<number>>();
    for (const { written, top, loc, excerpt } of numberedTables(ctx.doc)) {
      const letter = top.annex?.letter ?? '';
      const m = letter ? new RegExp(`^${letter}\\.(\\d+)$`).exec(written) : /^(\d+)$/.exec(written);
      if (!m) {
        // A wrong annex letter or a body-style number inside an annex is annex/numbering's finding.
        const sub = letter ? new RegExp(`^${letter}\\.\\d+\\D`).test(written) : /^\d+\D/.test(written) || /^[A-Z]\./.test(written);
        if (sub) ctx.report({ messageId: 'malformed', data: { number: written, expected: letter ? `表${letter}.1、表${letter}.2……` : '表1、表2……' }, loc, excerpt });
        continue;
      }
      const n = Number(m[1]);
      const expected = next.get(letter) ?? 1;
      const used = seen.get(letter) ?? new Set<number>();
      const label = (k: number) => (letter ? `${letter}.${k}` : String(k));
      if (used.has(n)) ctx.report({ messageId: 'duplicate', data: { number: written }, loc, excerpt });
      else if (n > expected) ctx.report({ messageId: 'gap', data: { expected: label(expected), found: written }, loc, excerpt });
      used.add(n);
      seen.set(letter, used);
      next.set(letter, Math.max(expected, n + 1));
    }
  },
});
