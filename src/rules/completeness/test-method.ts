// completeness/test-method: every indicator declared in the requirements has a test method — a method
// column in its table, a method standard cited next to it, or a 试验方法 clause that names it (or names
// the table/clause it belongs to, e.g. "5.2 理化指标" for the rows of "表2 理化指标").
import { defineRule } from '../types.ts';
import type { Clause } from '../../model/types.ts';
import { clausesOf, extractDeclared, type DeclaredIndicator } from '../../indicators/extract.ts';
import { coreName, sameItem } from '../../indicators/names.ts';
import { productEvidence } from '../util/evidence.ts';

function text(c: Clause): string {
  return c.blocks.map((b) => (b.kind === 'text' ? b.text : [...b.header, ...b.rows].map((r) => r.join(' ')).join('\n'))).join('\n');
}

const NO_METHOD_CELL = /^[—\-–/／\s]*$/;

function hasMethod(d: DeclaredIndicator, methodClauses: readonly Clause[]): boolean {
  if (d.method && !NO_METHOD_CELL.test(d.method)) return true;
  const labels = [d.name, d.table?.caption, d.clause.title].filter((x): x is string => !!x);
  const core = coreName(d.name);
  return methodClauses.some((c) =>
    (c.title && labels.some((l) => sameItem(c.title!, l)))
    || (core.length >= 2 && text(c).replace(/[\s\u3000]+/g, '').includes(core)));
}

export const testMethodRule = defineRule({
  meta: {
    id: 'completeness/test-method',
    category: 'completeness',
    severity: 'error',
    basis: '企业标准化促进办法 第十二条',
    profiles: ['enterprise-product'],
    description: {
      zh: '要求中的每项指标都应有试验方法',
      en: 'Every indicator in the requirements has a test method',
    },
    rationale: {
      zh: '《企业标准化促进办法》第十二条：企业制定的产品或者服务标准应当明确试验方法、检验方法或者评价方法。试验方法应当引用相应国家标准、行业标准或者国际标准；没有相应标准的，企业可以自行制定。指标若没有对应的试验方法，就无法验证。',
      en: 'Enterprise Standardization Promotion Measures, Art. 12: product and service standards shall state test, inspection or evaluation methods, citing national, industry or international standards where they exist. An indicator without a method cannot be verified.',
    },
    messages: {
      noMethod: {
        zh: '指标“{indicator}”没有试验方法（表中无方法列，试验方法章中也未提及）',
        en: 'Indicator "{indicator}" has no test method (no method column, not named in the test-methods chapter)',
      },
      noMethodsChapter: {
        zh: '文件没有试验方法章，{count}项指标均无试验方法：{indicators}',
        en: 'There is no test-methods chapter; {count} indicators have no test method: {indicators}',
      },
    },
    examples: {
      good: '表1 | 甲醛含量/(mg/kg)　≤ | 75 | 5.1 |\n5.1 甲醛含量\n按GB/T 2912.1规定的方法测定。',
      bad: '表1 | 甲醛含量/(mg/kg)　≤ | 75 |\n（第5章未规定甲醛含量的测定方法）',
    },
  },
  check(ctx) {
    const seen = new Set<string>();
    const declared = extractDeclared(ctx.doc).filter((d) => {
      if (d.value.kind === 'reference') return false; // "应符合GB 2762的规定": methods come with that standard
      const key = coreName(d.name);
      if (!key || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    if (!declared.length) return;
    const methodClauses = clausesOf(ctx.doc, 'test-methods');
    const missing = declared.filter((d) => !hasMethod(d, methodClauses));
    if (!missing.length) return;
    // Limits stated in prose of a document with no product element at all may not belong to a product standard.
    const severity = productEvidence(ctx.doc) ? undefined : 'warning' as const;
    if (!methodClauses.length && missing.length === declared.length && declared.length > 1) {
      ctx.report({
        messageId: 'noMethodsChapter',
        data: { count: missing.length, indicators: missing.map((d) => d.name).join('、') },
        loc: missing[0]!.loc,
        severity,
      });
      return;
    }
    for (const d of missing) ctx.report({ messageId: 'noMethod', data: { indicator: d.name }, loc: d.loc, severity });
  },
});
