// "必须" is not a GB/T 1.1 modal verb; requirements use "应".
import { defineRule } from '../types.ts';
import { hasOwnDraftingRules, prose, tablesWithTop } from '../util/doc.ts';
import { findModals } from '../util/modal.ts';
import { around } from '../util/text.ts';

export default defineRule({
  meta: {
    id: 'wording/must',
    category: 'wording',
    severity: 'error',
    basis: 'GB/T 1.1—2020 9.1、附录C（要求型条款用“应”）',
    profiles: ['enterprise-product', 'enterprise-service', 'national'],
    description: { zh: '要求用“应”，不用“必须”', en: 'Requirements use "应", not "必须"' },
    rationale: {
      zh: 'GB/T 1.1规定要求型条款使用“应/不应”；“必须”不作为“应”的替代，以免与法律义务混淆。引号内的文字（如标签上应标注的字样）和引用文件的名称不在此列；工程建设标准另有用词规定，不适用本规则。',
      en: 'GB/T 1.1 requirement clauses use "应/不应"; "必须" is not a substitute (it suggests a legal obligation). Quoted text (e.g. wording to print on a label) and cited titles are exempt; engineering-construction standards follow their own scheme.',
    },
    messages: {
      must: { zh: '要求型条款使用了“必须”，应使用“应”', en: '"必须" used in a requirement; use "应"' },
    },
    suggestions: { must: { zh: '将“必须”改为“应”', en: 'Replace "必须" with "应"' } },
    examples: { good: '表面应平整，无破洞、断纱。', bad: '表面必须平整，无破洞、断纱。' },
  },
  check(ctx) {
    if (hasOwnDraftingRules(ctx.doc)) return;
    for (const { block } of prose(ctx.doc)) {
      const hit = findModals(block.text, ['必须'])[0];
      if (hit) ctx.report({ messageId: 'must', loc: block.loc, excerpt: around(block.text, hit.index, hit.length) });
    }
    for (const { table, top } of tablesWithTop(ctx.doc)) {
      if (top.element === 'normative-references' || top.element === 'bibliography') continue;
      // Header rows too: a one-cell table (a table-note row such as "注：…发送方必须保证…") has no body rows.
      const rows = [...table.header.map((row) => ({ row, loc: table.loc })), ...table.rows.map((row, i) => ({ row, loc: table.rowLocs[i] ?? table.loc }))];
      for (const { row, loc } of rows) {
        const cell = row.find((c) => findModals(c, ['必须']).length > 0);
        if (cell) ctx.report({ messageId: 'must', loc, excerpt: cell });
      }
    }
  },
});
