// Every document listed in chapter 2 is cited somewhere in the document (matched by code + number).
import { defineRule } from '../types.ts';
import { citationsOutsideList, covers } from '../util/refs-match.ts';

export default defineRule({
  meta: {
    id: 'references/unused',
    category: 'references',
    severity: 'warning',
    basis: 'GB/T 1.1—2020 8.6',
    profiles: ['enterprise-product', 'enterprise-service', 'national'],
    description: {
      zh: '第2章列出的文件在正文中均有引用',
      en: 'Every document listed in chapter 2 is cited in the text',
    },
    rationale: {
      zh: '第2章只列出文中规范性引用的文件；列出而从未引用的文件说明清单与正文不一致（常见于照搬其他标准的引用清单）。按代号和顺序号比对，是否注日期不影响匹配。',
      en: 'Chapter 2 lists only documents that the text cites normatively; a listed document that is never cited shows the list and the text disagree (often a list copied from another standard). Matching is by code and number.',
    },
    messages: {
      unused: { zh: '第2章列出了{ref}，但正文中没有引用该文件', en: '{ref} is listed in chapter 2 but never cited in the text' },
    },
    suggestions: {
      unused: { zh: '在正文相应条款中引用{ref}，或从第2章删除', en: 'Cite {ref} where it applies, or remove it from chapter 2' },
    },
    examples: {
      good: '2 规范性引用文件 … GB/T 191 包装储运图示标志\n7.2 包装 包装储运图示标志应符合GB/T 191的规定。',
      bad: '2 规范性引用文件 … GB/T 6388 运输包装收发货标志\n（正文未引用GB/T 6388）',
    },
  },
  check(ctx) {
    const refs = ctx.doc.references;
    if (!refs) return;
    // The foreword's GB/T 1.1—2020 (or a replaced edition) is not a use in the text: listing it is the defect.
    const cited = citationsOutsideList(ctx.doc).filter((c) => c.section !== 'foreword' && c.section !== 'introduction');
    for (const e of refs.entries) {
      if (e.kind === 'law') continue; // references/laws covers listed laws and regulations
      if (!e.number) continue; // not a numbered document: nothing reliable to match
      if (cited.some((c) => covers(e, c))) continue;
      const ref = e.allParts ? `${e.key}（所有部分）` : e.year ? `${e.key}—${e.year}` : e.key;
      ctx.report({ messageId: 'unused', data: { ref }, loc: e.loc, excerpt: e.raw });
    }
  },
});
