// completeness/inspection-items: the items listed for 出厂检验/型式检验 must be things the standard
// requires — a declared indicator or a titled requirement (外观质量, 净含量, 标志 …).
import { defineRule } from '../types.ts';
import type { Clause, Loc, StandardDocument } from '../../model/types.ts';
import { clausesOf, extractDeclared, walkClauses } from '../../indicators/extract.ts';
import { sameItem } from '../../indicators/names.ts';

interface Listed { item: string; loc: Loc }

const LEAD = /(?:检验|检测)项目(?:为|包括|是|有|如下)[:：]?(.+)$|(?:检验|检测)项目[:：](.+)$/;
/** "逐台检验外观、安全要求和空运转", "每批产品出厂前应检验感官、水分和净含量": items named after the verb, an enumeration only. */
const VERB_LEAD = /(?:逐台|逐批|逐件|每台|每批|每件)[^，,。；;检]{0,8}?(?:检验|检测|检查)([^，,。；;]+、[^，,。；;]+)$/;
/** "第4章规定的全部项目", "表1中所有项目": not a list of items. */
const NOT_AN_ITEM = /全部|所有|各项|第\s*\d+\s*章|^表\s*[\dA-Z]|规定的项目|要求中|以上|见表|附录/;

const ALL_PLUS = /(?:全部|所有)(?:检验)?项目(?:及|和|以及|外加|另加|加上)(.+)$/;

/** A comma-separated piece that carries on the sentence instead of naming an item: "抽样按GB/T 2828.1的规定进行". */
const CLAUSE_PIECE = /^(?:抽样|按|每|正常|应|由|采用|依据|根据|执行|判定|其中|检验|合格|抽取|逐|全检|在)|(?:GB|[A-Z]{2})(?:\/[A-Z])?\d|规定|进行/;

function splitItems(list: string): string[] {
  const pieces = list.replace(/[（(][^）)]*[）)]/g, '').split(/[，,]/);
  const end = pieces.findIndex((p, i) => i > 0 && CLAUSE_PIECE.test(p));
  return pieces.slice(0, end > 0 ? end : pieces.length).join('、')
    .split(/[、；;]|和|及|与/)
    .map((s) => s.replace(/^(?:为|包括|的|对)/, '').replace(/(?:等|项目|指标|检验|检查|检测)+$/, '').trim())
    .filter((s) => s.length >= 2);
}

function listedItems(doc: StandardDocument): Listed[] {
  const out: Listed[] = [];
  for (const clause of clausesOf(doc, 'inspection-rules')) {
    for (const b of clause.blocks) {
      if (b.kind === 'text') {
        for (const sentence of b.text.split(/[。；;\n]/)) {
          const compacted = sentence.replace(/[\s\u3000]+/g, '');
          const m = LEAD.exec(compacted);
          const verb = m ? null : VERB_LEAD.exec(compacted.split(/[，,]/)[0]!);
          const list = m ? (m[1] ?? m[2])! : verb && !/合格/.test(verb[1]!) ? verb[1]! : null;
          if (!list) continue;
          // "第4章规定的全部项目及过氧化值": the requirements, and items named after them
          const plus = ALL_PLUS.exec(list);
          if (!plus && NOT_AN_ITEM.test(list)) continue;
          for (const item of splitItems(plus ? plus[1]! : list)) out.push({ item, loc: b.loc });
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

/** Compact text of the requirements and test methods: an item named there is a property the document verifies. */
function requirementsText(doc: StandardDocument): string {
  return [...clausesOf(doc, 'requirements'), ...clausesOf(doc, 'test-methods')]
    .flatMap((c) => c.blocks.map((b) => (b.kind === 'text' ? b.text : [...b.header, ...b.rows].flat().join(' '))))
    .join('\n').replace(/[\s\u3000、]+/g, '');
}

/** "升降锁定" for "升降机构在任意高度应可靠锁定": an item abbreviating a requirement sentence that holds both its
 *  halves, in order. Short items only: a longer one names a property, not a sentence. */
function abbreviates(item: string, sentences: readonly string[]): boolean {
  if (item.length < 4 || item.length > 6 || /[\dA-Za-z]/.test(item)) return false;
  const head = item.slice(0, 2);
  const tail = item.slice(-2);
  return sentences.some((s) => {
    const i = s.indexOf(head);
    return i >= 0 && s.indexOf(tail, i + 2) >= 0;
  });
}

/** A requirement that adopts the requirements of another standard: "应符合GB 7000.1—2015的规定". */
const DELEGATION = /符合[^。；，,]{0,20}?(?:GB|[A-Z]{2})(?:\/[A-Z])?\s*\d[^。；]*?(?:的规定|的要求|规定的)/;

/** How the requirements adopt other standards: not at all, only mandatory GB safety/hygiene standards
 *  ("安全性能应符合GB 18401中C类的要求", "污染物限量应符合GB 2762的规定"), or any standard (GB/T, QB/T …). */
function delegation(doc: StandardDocument): 'none' | 'mandatory' | 'any' {
  let found: 'none' | 'mandatory' | 'any' = 'none';
  for (const c of clausesOf(doc, 'requirements')) {
    for (const b of c.blocks) {
      const adopted = b.kind === 'text' ? DELEGATION.exec(b.text)?.[0] : b.rows.flat().map(cellDelegation).find((x) => x);
      if (!adopted) continue;
      if (!/^符合[^。；，,]{0,20}?GB\s*\d/.test(adopted)) return 'any';
      found = 'mandatory';
    }
  }
  return found;
}

/** A requirement-table cell that is a delegation by itself: "安全 | 符合GB 4706.29". */
const DELEGATION_CELL = /^(?:应)?符合(?:GB|[A-Z]{2})(?:\/[A-Z])?\d[\d.]*(?:[—-]\d{4})?(?:的(?:规定|要求))?$/;

function cellDelegation(cell: string): string | undefined {
  const compact = cell.replace(/[\s\u3000]+/g, '').replace(/^应/, '');
  return DELEGATION_CELL.test(compact) ? compact : undefined;
}

/** Dimensions, net content, appearance and workmanship: never items of a mandatory safety or hygiene standard, so an
 *  inspection item naming them has to be required by the document itself. */
const OWN_ITEM = /规格|尺寸|净含量|缝制|做工|外观/;

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
    // "理化指标和微生物指标应符合GB/T 27728.1的规定": the requirements take items from another standard, so an
    // inspection item named only there (含液量, 大肠菌群) cannot be told from a stray one — except items a mandatory
    // safety standard never holds, when only such standards are adopted.
    const delegated = delegation(ctx.doc);
    if (delegated === 'any') return;
    const listed = listedItems(ctx.doc).filter(({ item }) => delegated === 'none' || OWN_ITEM.test(item));
    if (!listed.length) return;
    const known = knownNames(ctx.doc);
    const named = requirementsText(ctx.doc);
    const sentences = named.split(/[。；;\n]/);
    const reported = new Set<string>();
    for (const { item, loc } of listed) {
      const isKnown = known.some((k) => sameItem(k, item)) || named.includes(item.replace(/、/g, '')) || abbreviates(item, sentences);
      if (reported.has(item) || isKnown) continue;
      reported.add(item);
      ctx.report({ messageId: 'unknownItem', data: { item }, loc });
    }
  },
});
