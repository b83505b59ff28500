// Annexes are lettered A, B, C … in order; clauses and tables inside annex X are numbered X.1 / 表X.1.
import { defineRule } from '../types.ts';
import type { Clause, Table } from '../../model/types.ts';
import { annexes, isTable, walkClauses } from '../util/doc.ts';
import { checkSiblings, segments } from '../util/sequence.ts';
import { reportSequence, sequenceMessages } from '../numbering/continuity.ts';
import { isContinuation, writtenTableNumber } from '../numbering/tables.ts';

export default defineRule({
  meta: {
    id: 'annex/numbering',
    category: 'annex',
    severity: 'error',
    basis: 'GB/T 1.1—2020（附录的编号）',
    profiles: ['enterprise-product', 'enterprise-service', 'national'],
    description: { zh: '附录按A、B、C……顺序编号；附录X中的条、表编为X.1、表X.1', en: 'Annexes lettered A, B, C … in order; clauses and tables in annex X numbered X.1, 表X.1' },
    rationale: {
      zh: '附录用大写拉丁字母从A开始编号，只有一个附录时也为“附录A”；附录中的条、图、表、公式编号在字母后重新从1开始（A.1、表A.1）。“附录一”“表A-1”是常见的错误写法。',
      en: 'Annexes are lettered from A (a single annex is still 附录A); clauses, figures, tables and formulas inside restart at 1 after the letter (A.1, 表A.1). "附录一" or "表A-1" are typical errors.',
    },
    messages: {
      ...sequenceMessages,
      badLetter: { zh: '附录编号“{found}”不规范，应使用大写拉丁字母（附录A、附录B……）', en: 'Annex number "{found}" is not a capital Latin letter (附录A, 附录B …)' },
      letterGap: { zh: '附录编号不连续：“附录{found}”之前应为“附录{expected}”', en: 'Annex lettering: 附录{expected} expected before 附录{found}' },
      letterDuplicate: { zh: '附录编号“附录{letter}”重复', en: 'Annex letter {letter} is used twice' },
      tablePrefix: { zh: '附录{letter}中的表编号“表{found}”应为“表{letter}.n”', en: 'Table 表{found} in annex {letter} should be numbered 表{letter}.n' },
    },
    examples: { good: '附录A（规范性）\nA.1 抽样方法\n表A.1', bad: '附录一（规范性）\n1.1 抽样方法\n表1' },
  },
  check(ctx) {
    let expected = 'A'.charCodeAt(0);
    const used = new Set<string>();
    for (const a of annexes(ctx.doc)) {
      const letter = a.annex?.letter ?? '';
      if (!/^[A-Z]$/.test(letter)) {
        ctx.report({ messageId: 'badLetter', data: { found: letter || (a.title ?? '') }, loc: a.loc });
        continue;
      }
      const code = letter.charCodeAt(0);
      if (used.has(letter)) ctx.report({ messageId: 'letterDuplicate', data: { letter }, loc: a.loc });
      else if (code !== expected) ctx.report({ messageId: 'letterGap', data: { found: letter, expected: String.fromCharCode(expected) }, loc: a.loc });
      used.add(letter);
      expected = Math.max(expected, code + 1);

      const report = (r: { messageId: string; data: Record<string, string>; clause: Clause }) =>
        ctx.report({ messageId: r.messageId, data: r.data, loc: r.clause.loc });
      const visit = (c: Clause, seg: string[]): void => {
        for (const p of checkSiblings(c.children, seg)) reportSequence(report, p);
        for (const child of c.children) {
          const s = segments(child.number);
          if (s && s[0] === letter) visit(child, s);
        }
      };
      visit(a, [letter]);

      const tables: Table[] = [];
      walkClauses([a], (c) => tables.push(...c.blocks.filter(isTable)));
      for (const table of tables) {
        if (isContinuation(table)) continue;
        const written = writtenTableNumber(table);
        if (written && !written.startsWith(`${letter}.`)) {
          ctx.report({ messageId: 'tablePrefix', data: { letter, found: written }, loc: table.loc, excerpt: table.captionRaw ?? undefined });
        }
      }
    }
  },
});
