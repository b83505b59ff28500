// 范围, 规范性引用文件 and 术语和定义 are chapters 1, 2 and 3.
import { defineRule } from '../types.ts';
import type { Clause, ElementKind } from '../../model/types.ts';
import { bodyChapters } from '../util/doc.ts';
import { compact } from '../util/text.ts';

const REQUIRED: { kind: ElementKind; chapter: number; title: string; exact: RegExp; loose: RegExp }[] = [
  { kind: 'scope', chapter: 1, title: '范围', exact: /^范围$/, loose: /范围|适用/ },
  { kind: 'normative-references', chapter: 2, title: '规范性引用文件', exact: /^规范性引用文件$/, loose: /引用/ },
  // Combined forms "术语、定义和缩略语", "术语和定义、符号和缩略语" are in use in 2020-era standards.
  { kind: 'terms', chapter: 3, title: '术语和定义', exact: /^术语(和定义|、定义)/, loose: /术语|定义|名词/ },
];

export default defineRule({
  meta: {
    id: 'structure/required-elements',
    category: 'structure',
    severity: 'error',
    basis: 'GB/T 1.1—2020（范围、规范性引用文件、术语和定义为必备要素）',
    profiles: ['enterprise-product', 'enterprise-service', 'national'],
    description: {
      zh: '第1章为“范围”，第2章为“规范性引用文件”，第3章为“术语和定义”',
      en: 'Chapter 1 is 范围, chapter 2 规范性引用文件, chapter 3 术语和定义',
    },
    rationale: {
      zh: 'GB/T 1.1—2020中范围、规范性引用文件和术语和定义的章编号和标题是固定的；没有引用文件或术语时，保留章并写“本文件没有规范性引用文件。”或“本文件没有需要界定的术语和定义。”。“引用标准”“定义”等旧标题不符合要求。',
      en: 'In GB/T 1.1—2020 the chapters 范围, 规范性引用文件 and 术语和定义 have fixed numbers and titles; when there is nothing to list the chapter stays with its "none" sentence. Old titles such as 引用标准 or 定义 do not comply.',
    },
    messages: {
      missing: { zh: '缺少“{element}”章（应为第{chapter}章）', en: 'Chapter "{element}" is missing (should be chapter {chapter})' },
      wrongNumber: { zh: '“{element}”应为第{chapter}章，实为第{found}章', en: '"{element}" should be chapter {chapter}, found as chapter {found}' },
      oldTitle: { zh: '第{chapter}章标题“{title}”不规范，应为“{element}”', en: 'Chapter {chapter} title "{title}" is non-standard; use "{element}"' },
    },
    suggestions: {
      oldTitle: { zh: '将标题改为“{element}”', en: 'Rename the chapter "{element}"' },
    },
    examples: { good: '1 范围\n2 规范性引用文件\n3 术语和定义', bad: '1 范围\n2 引用标准\n3 要求' },
  },
  check(ctx) {
    const chapters = bodyChapters(ctx.doc);
    // Without any chapter numbers (a PDF that lost them) the position stands in for the number.
    const anyNumber = chapters.some((c) => c.number);
    const chapterNo = (c: Clause, i: number): string | null => (anyNumber ? c.number : String(i + 1));
    for (const req of REQUIRED) {
      const data = { element: req.title, chapter: req.chapter };
      const i = chapters.findIndex((c) => c.element === req.kind);
      if (i >= 0) {
        const found = chapterNo(chapters[i]!, i);
        if (found && found !== String(req.chapter)) ctx.report({ messageId: 'wrongNumber', data: { ...data, found }, loc: chapters[i]!.loc });
        const title = compact(chapters[i]!.title ?? '');
        if (title && !req.exact.test(title)) ctx.report({ messageId: 'oldTitle', data: { ...data, chapter: found ?? req.chapter, title }, loc: chapters[i]!.loc });
        continue;
      }
      // The chapter at the expected place may carry an old title (引用标准, 定义 …).
      const at = chapters.find((c, j) => chapterNo(c, j) === String(req.chapter));
      if (at && at.element === 'other' && at.title && req.loose.test(at.title)) {
        ctx.report({ messageId: 'oldTitle', data: { ...data, title: at.title }, loc: at.loc });
      } else {
        ctx.report({ messageId: 'missing', data, loc: at?.loc ?? null });
      }
    }
  },
});
