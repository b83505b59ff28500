// Chapter-2 entries: no list markers, no trailing punctuation, "—" (not "-" or "–") between number and year.
// One finding per kind of problem, at its first entry, with the count: a list numbered 1–12 is one defect.
import { defineRule } from '../types.ts';
import type { ReferenceEntry } from '../../model/types.ts';

type Problem = 'marker' | 'trailing' | 'dash';

const INTERNATIONAL = /^(?:ISO|IEC|ITU|CISPR|EN|ASTM|IEEE|UL|ANSI|BS|DIN|JIS)\b/;

function problemsOf(e: ReferenceEntry): { kind: Problem; found: string }[] {
  const out: { kind: Problem; found: string }[] = [];
  if (e.marker) out.push({ kind: 'marker', found: e.marker });
  if (e.trailing) out.push({ kind: 'trailing', found: e.trailing });
  // ISO/IEC documents keep their own "number:year" form in Chinese lists ("ISO 3696:1987 分析实验室用水……").
  const ownColon = e.yearSep === ':' && INTERNATIONAL.test(e.code);
  if (e.year && e.yearSep && e.yearSep !== '—' && !ownColon) out.push({ kind: 'dash', found: e.yearSep });
  return out;
}

export default defineRule({
  meta: {
    id: 'references/list-format',
    category: 'references',
    severity: 'warning',
    basis: 'GB/T 1.1—2020 8.6',
    profiles: ['enterprise-product', 'enterprise-service', 'national'],
    description: {
      zh: '引用文件清单不加序号或项目符号，条目末尾不加标点，编号与年份之间用一字线“—”',
      en: 'Reference entries carry no numbers or bullets and no trailing punctuation; "—" joins number and year',
    },
    rationale: {
      zh: 'GB/T 1.1—2020规定文件清单按“文件编号　文件名称”列出，不加序号，条目末尾不加标点；文件编号中顺序号与年份号之间用一字线“—”，不用半字线“-”。',
      en: 'GB/T 1.1—2020 lists documents as "number　title" without sequence numbers or end punctuation, and joins sequence number and year with "—", not a hyphen.',
    },
    messages: {
      marker: { zh: '引用文件条目前有序号或项目符号“{found}”（共{count}条）', en: 'Reference entries start with a marker "{found}" ({count} entries)' },
      trailing: { zh: '引用文件条目末尾有标点“{found}”（共{count}条）', en: 'Reference entries end with punctuation "{found}" ({count} entries)' },
      dash: { zh: '引用文件编号的年份前用了“{found}”，应为一字线“—”（共{count}条）', en: 'Reference numbers use "{found}" before the year instead of "—" ({count} entries)' },
    },
    suggestions: {
      marker: { zh: '删除条目前的序号或项目符号', en: 'Remove the markers before the entries' },
      trailing: { zh: '删除条目末尾的标点', en: 'Remove the punctuation at the end of the entries' },
      dash: { zh: '改为“{fixed}”', en: 'Write "{fixed}"' },
    },
    examples: {
      good: 'GB/T 2912.1—2009 纺织品　甲醛的测定　第1部分：游离和水解的甲醛（水萃取法）',
      bad: '1. GB/T 2912.1-2009 纺织品 甲醛的测定；',
    },
  },
  check(ctx) {
    const entries = ctx.doc.references?.entries ?? [];
    const first = new Map<Problem, { entry: ReferenceEntry; found: string }>();
    const count = new Map<Problem, number>();
    for (const e of entries) {
      if (e.kind === 'other') continue; // unparsed lines (notes, wrapped text): nothing reliable to judge
      for (const p of problemsOf(e)) {
        if (!first.has(p.kind)) first.set(p.kind, { entry: e, found: p.found });
        count.set(p.kind, (count.get(p.kind) ?? 0) + 1);
      }
    }
    for (const [kind, { entry, found }] of first) {
      const fixed = `${entry.key}—${entry.year ?? ''}`;
      ctx.report({ messageId: kind, data: { found, count: count.get(kind) ?? 1, fixed }, loc: entry.loc, excerpt: entry.raw });
    }
  },
});
