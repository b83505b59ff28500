// Every standard cited normatively in the body or annexes appears in chapter 2 (matched by code + number).
import { defineRule } from '../types.ts';
import type { Citation } from '../../model/types.ts';
import { displayRef } from '../../registry/keys.ts';
import { covers, isNormativeCitation, listEntries, ownKeys, refKey } from '../util/refs-match.ts';

export default defineRule({
  meta: {
    id: 'references/missing-from-list',
    category: 'references',
    severity: 'error',
    basis: 'GB/T 1.1—2020 8.6',
    profiles: ['enterprise-product', 'enterprise-service', 'national'],
    description: {
      zh: '正文中规范性引用的文件均列入第2章“规范性引用文件”',
      en: 'Every document cited normatively in the body is listed in chapter 2',
    },
    rationale: {
      zh: '规范性引用的文件（“应符合……的规定”“按……规定的方法测定”，以及术语和定义引导语中的文件）构成本文件的条款，必须在第2章列出；清单与正文引用不一致是审查常见问题。按代号和顺序号比对：不注日期的引用与注日期的清单条目视为一致；清单中“（所有部分）”的条目涵盖其各部分。前言中的GB/T 1.1—2020、本文件及被代替文件的编号、“见……”形式的资料性引用不要求列出。',
      en: 'Normatively cited documents ("应符合……的规定", "按……规定的方法测定", and those in the terms lead-in) form part of the requirements and must be listed in chapter 2. Matching is by code and number: an undated citation matches a dated entry; an "（所有部分）" entry covers its parts. GB/T 1.1—2020 in the foreword, the document\'s own and replaced numbers, and informative "见……" citations are not required.',
    },
    messages: {
      missing: { zh: '正文规范性引用了{ref}，但第2章未列出该文件', en: '{ref} is cited normatively but is not listed in chapter 2' },
      missingMany: { zh: '正文规范性引用了{ref}（共{count}处），但第2章未列出该文件', en: '{ref} is cited normatively ({count} places) but is not listed in chapter 2' },
    },
    suggestions: {
      missing: { zh: '在第2章列出{entry}及其名称', en: 'List {entry} with its title in chapter 2' },
      missingMany: { zh: '在第2章列出{entry}及其名称', en: 'List {entry} with its title in chapter 2' },
    },
    examples: {
      good: '2 规范性引用文件 … GB/T 2912.1—2009 纺织品　甲醛的测定…\n5.1 甲醛含量 按GB/T 2912.1规定的方法测定。',
      bad: '2 规范性引用文件 …（未列GB/T 2912.1）\n5.1 甲醛含量 按GB/T 2912.1规定的方法测定。',
    },
  },
  check(ctx) {
    const { doc } = ctx;
    // Without a chapter 2 (common in 2009-era documents) structure/required-elements reports the chapter, and
    // every normative citation is still a document that has to be listed.
    const entries = listEntries(doc);
    const own = ownKeys(doc);
    const missing = new Map<string, Citation[]>();
    for (const c of doc.citations) {
      if (!isNormativeCitation(doc, c, own)) continue;
      if (entries.some((e) => covers(e, c))) continue;
      const k = refKey(c);
      missing.set(k, [...(missing.get(k) ?? []), c]);
    }
    for (const cites of missing.values()) {
      const first = cites[0]!;
      const dated = cites.find((c) => c.year);
      const ref = first.allParts ? `${first.key}（所有部分）` : displayRef(first.key, first.year);
      const entry = dated ? displayRef(dated.key, dated.year) : ref;
      ctx.report({
        messageId: cites.length > 1 ? 'missingMany' : 'missing',
        data: { ref, entry, count: cites.length },
        loc: first.loc,
        excerpt: first.context,
      });
    }
  },
});
