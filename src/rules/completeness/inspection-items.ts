// completeness/inspection-items: the items listed for 出厂检验/型式检验 must be things the standard
// requires — a declared indicator or a titled requirement (外观质量, 净含量, 标志 …).
import { defineRule } from '../types.ts';
import type { Clause, Loc, StandardDocument } from '../../model/types.ts';
import { clausesOf, extractDeclared, walkClauses } from '../../indicators/extract.ts';
import { sameItem } from '../../indicators/names.ts';

interface Listed { item: string; loc: Loc }

const LEAD = /(?:检验|检测)项目(?:为|包括|是|有|如下)[:：]?(.+)$|(?:检验|检测)项目[:：](.+)$/;
/** "第4章规定的全部项目", "表1中所有项目": not a list of items. */
const NOT_AN_ITEM = /全部|所有|各项|第\s*\d+\s*章|^表\s*[\dA-Z]|规定的项目|要求中|以上|见表|附录/;

function splitItems(list: string): string[] {
  return list
    .replace(/[（(][^）)]*[）)]/g, '')
    .split(/[、，,；;]|和|及|与/)
    .map((s) => s.replace(/^(?:为|包括|的|对)/, '').replace(/(?:等|项目|指标|检验)+$/, '').trim())
    .filter((s) => s.length >= 2);
}

function listedItems(doc: StandardDocument): Listed[] {
  const out: Listed[] = [];
  for (const clause of clausesOf(doc, 'inspection-rules')) {
    for (const b of clause.blocks) {
      if (b.kind === 'text') {
        for (const sentence of b.text.split(/[。；;\n]/)) {
          const m = LEAD.exec(sentence.replace(/[\s\u3000]+/g, ''));
          const list = m ? (m[1] ?? m[2])! : null;
          if (!list || NOT_AN_ITEM.test(list)) continue;
          for (const item of splitItems(list)) out.push({ item, loc: b.loc });
        }
      } else {
        // 检验项目 | 出厂检验 | 型式检验 tables: the first column lists the items.
        const head = b.header.flat().join(' ');
        if (!/出厂/.test(head) || !/型式/.test(head)) continue;
        b.rows.forEach((row, i) => {
          const item = (row[0] ?? '').replace(/[\s\u3000]+/g, '');
          if (item.length >= 2 && !NOT_AN_ITEM.test(item)) out.push({ item, loc: b.rowLocs[i] ?? b.loc });
        });
      }
    }
  }
  return out;
}

/** Names an inspection item may refer to: declared indicators, titled clauses outside 检验规则, table captions. */
function knownNames(doc: StandardDocument): string[] {
  const names = extractDeclared(doc).flatMap((d) => [d.name, d.item]);
  walkClauses(doc.clauses, (c: Clause, parents: Clause[]) => {
    if ([c, ...parents].some((x) => x.element === 'inspection-rules')) return;
    if (c.title) names.push(c.title);
    for (const b of c.blocks) {
      if (b.kind !== 'table') continue;
      if (b.caption) names.push(b.caption);
      for (const row of b.rows) if (row[0]) names.push(row[0]);
    }
  });
  return names;
}

export const inspectionItemsRule = defineRule({
  meta: {
    id: 'completeness/inspection-items',
    category: 'completeness',
    severity: 'warning',
    basis: '企业标准化促进办法 第十二条',
    profiles: ['enterprise-product'],
    description: {
      zh: '出厂检验/型式检验项目应对应要求中的指标',
      en: 'Inspection items (出厂检验/型式检验) refer to indicators that exist',
    },
    rationale: {
      zh: '检验规则列出的检验项目若在要求中找不到对应指标，就无法判定合格与否，通常是指标被删改后检验规则未同步。',
      en: 'An inspection item with no matching requirement cannot be judged; it usually means the requirements were edited and the inspection rules were not.',
    },
    messages: {
      unknownItem: {
        zh: '检验项目“{item}”在要求中没有对应的指标',
        en: 'Inspection item "{item}" matches no indicator in the requirements',
      },
    },
    examples: {
      good: '6.2 出厂检验\n检验项目为外观质量、pH值和异味。（均在第4章规定）',
      bad: '6.2 出厂检验\n检验项目为外观质量、断裂强力。（第4章没有断裂强力）',
    },
  },
  check(ctx) {
    const listed = listedItems(ctx.doc);
    if (!listed.length) return;
    const known = knownNames(ctx.doc);
    const reported = new Set<string>();
    for (const { item, loc } of listed) {
      if (reported.has(item) || known.some((k) => sameItem(k, item))) continue;
      reported.add(item);
      ctx.report({ messageId: 'unknownItem', data: { item }, loc });
    }
  },
});
