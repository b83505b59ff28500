// completeness/test-method: every indicator declared in the requirements has a test method — a method
// column in its table, a method standard cited next to it, or a 试验方法 clause that names it (or names
// the table/clause it belongs to, e.g. "5.2 理化指标" for the rows of "表2 理化指标").
import { defineRule } from '../types.ts';
import type { Clause, StandardDocument } from '../../model/types.ts';
import { clausesOf, extractDeclared, walkClauses, type DeclaredIndicator } from '../../indicators/extract.ts';
import { coreName, sameItem } from '../../indicators/names.ts';
import { standardKeys } from '../../indicators/values.ts';
import { nonProductKind, productEvidence } from '../util/evidence.ts';
import { NO_METHOD_CELL, withMergedMethods } from '../util/methods.ts';

function text(c: Clause): string {
  return c.blocks.map((b) => (b.kind === 'text' ? b.text : [...b.header, ...b.rows].map((r) => r.join(' ')).join('\n'))).join('\n');
}

/**
 * "感官要求：取样品……", "迁移量：总迁移量不大于……", "d) 色泽、气味：色泽正常……": an untitled clause or list item
 * that names its subject before a colon.
 */
const INLINE_TITLE = /^(?:[a-z][)）][\s\u3000]*)?([^\s，,。；;：:（）()]{2,12})[：:]/;

function inlineTitleOf(text: string): string | null {
  return INLINE_TITLE.exec(text.trim())?.[1] ?? null;
}

function inlineTitle(c: Clause): string | null {
  const first = c.blocks[0];
  return first?.kind === 'text' ? inlineTitleOf(first.text) : null;
}

/**
 * A paragraph that is a heading by itself ("纤维含量", "耐摩擦色牢度"): what a sub-clause title becomes when Word's
 * automatic clause numbers are lost in a text export and the chapter reads as one flat clause.
 */
function headingParagraph(text: string): string | null {
  const t = text.replace(/[\s\u3000]+/g, '');
  if (t.length < 2 || t.length > 16 || /[。；;，,：:！？（）()≤≥<>=%\d]/.test(t) || /^(注|表|图|示例)/.test(t) || /应|宜|不得|必须/.test(t)) return null;
  return t;
}

/**
 * Line → the subject a paragraph or table row belongs to: the name before a colon in the paragraph itself (the list
 * item "a) 碎米总量：一级≤7.5%……"), else the nearest heading paragraph above it in the same clause.
 */
function lineSubjects(doc: StandardDocument): Map<number, string> {
  const out = new Map<number, string>();
  walkClauses(doc.clauses, (c) => {
    let heading: string | null = null;
    for (const b of c.blocks) {
      if (b.kind === 'table') {
        if (heading) for (const loc of [b.loc, ...b.rowLocs]) out.set(loc.line, heading);
        continue;
      }
      heading = headingParagraph(b.text) ?? heading;
      const subject = inlineTitleOf(b.text) ?? heading;
      if (subject) out.set(b.loc.line, subject);
    }
  });
  return out;
}

/** The names a clause goes by: its title, the subject an untitled clause states before a colon, heading paragraphs. */
function namesOf(c: Clause): string[] {
  const headings = c.blocks.flatMap((b) => (b.kind === 'text' ? [headingParagraph(b.text)] : [])).filter((x): x is string => !!x);
  return [c.title, inlineTitle(c), ...headings].filter((x): x is string => !!x);
}

/**
 * Clause number → names of the clause and its titled ancestors below chapter level: a limit in the untitled
 * "4.1.2 抛光面应色泽均匀，无氧化变色。" is part of "4.1 外观", which "5.1 外观" tests.
 */
function clauseNames(doc: StandardDocument): Map<string, string[]> {
  const referrers = annexReferrers(doc);
  const out = new Map<string, string[]>();
  walkClauses(doc.clauses, (c, parents) => {
    if (!c.number) return;
    const letter = [c, ...parents].find((x) => x.annex)?.annex?.letter;
    const own = [c, ...parents.filter((p) => p.level > 1)].flatMap(namesOf);
    out.set(c.number, letter ? [...own, ...(referrers.get(letter) ?? [])] : own);
  });
  return out;
}

/**
 * Annex letter → names of the body clauses that point to it: the limits of "4.2 特定元素的迁移　……应符合附录A的规定"
 * stand in 表A.1, and "5.2 特定元素的迁移" tests them.
 */
function annexReferrers(doc: StandardDocument): Map<string, string[]> {
  const out = new Map<string, string[]>();
  walkClauses(doc.clauses.filter((c) => !c.annex), (c) => {
    for (const m of text(c).matchAll(/附录\s*([A-Z])(?![A-Za-z])/g)) {
      out.set(m[1]!, [...(out.get(m[1]!) ?? []), ...namesOf(c)]);
    }
  });
  return out;
}

/**
 * Clause number → what the requirement clause is about, below the 要求 chapter itself: "4.2 光效" for "初始光效不小于
 * 100 lm/W", which "5.2 光效和显色指数按GB/T 24824……" tests. The sentence names its subject with a qualifier
 * ("初始", "泵的", "排气") that the method clause leaves out; the clause title does not.
 */
function clauseSubjects(doc: StandardDocument): Map<string, string[]> {
  const out = new Map<string, string[]>();
  walkClauses(doc.clauses, (c, parents) => {
    if (c.number && c.level > 1) out.set(c.number, [c, ...parents.filter((p) => p.level > 1)].flatMap(namesOf));
  });
  return out;
}

interface Owners { clauses: Map<string, string[]>; subjects: Map<string, string[]>; lines: Map<number, string> }

/** "食品安全国家标准　食品中溶剂残留量的测定" → "溶剂残留量": what a listed method standard measures, when its title says. */
function measurand(title: string): string | null {
  const m = /([^\s\u3000中]{2,12}?)(?:含量)?的(?:测定|检测|测试)/.exec(title);
  return m ? m[1]! : null;
}

/**
 * An empty method cell is read as merged with the method above (withMergedMethods) — unless that method standard
 * measures something else by its listed title: "水分及挥发物 | 0.10 | (empty)" under "溶剂残留量 | GB 5009.262"
 * has no method, GB 5009.262 being "食品中溶剂残留量的测定".
 */
function plausiblyMerged(doc: StandardDocument, raw: readonly DeclaredIndicator[]): DeclaredIndicator[] {
  const titles = new Map((doc.references?.entries ?? []).map((e) => [e.key, e.title ?? '']));
  return withMergedMethods(raw).map((d, i) => {
    const original = raw[i]!;
    if (original.method || !d.method) return d;
    const measures = standardKeys(d.method).map((k) => measurand(titles.get(k) ?? '')).filter((x): x is string => !!x);
    return measures.length && !measures.some((x) => sameItem(x, d.name)) ? original : d;
  });
}

/** A row with an empty method cell in a table whose other rows cite method standards: "5.2 理化指标　按表1规定的方法检验"
 *  sends the reader back to that empty cell, so only a method clause naming the item itself counts. */
function tableKey(d: DeclaredIndicator): string | null {
  return d.origin === 'table' && d.table ? `${d.table.number ?? ''}|${d.table.caption ?? ''}|${d.clause.number ?? ''}` : null;
}

/** A unit after the name that coreName keeps ("耐破强度/kPa", "空箱抗压力/N", "承载量/kg"): not part of what is tested. */
const UNIT_SUFFIX = /\/[(（]?[A-Za-zμµΩ°℃%‰·.\/²³⁻¹0-9]+[)）]?$/;

function hasMethod(
  d: DeclaredIndicator, methodClauses: readonly Clause[], owners: Owners, methodTables: ReadonlySet<string>,
): boolean {
  if (d.method && !NO_METHOD_CELL.test(d.method)) return true;
  const clauseNames = (d.clause.number ? owners.clauses.get(d.clause.number) : null) ?? [d.clause.title];
  const subject = owners.lines.get(d.loc.line);
  const key = tableKey(d);
  const labels = (key && methodTables.has(key) ? [d.name] : [d.name, d.table?.caption, subject, ...clauseNames])
    .filter((x): x is string => !!x);
  const core = canonical(coreName(d.name).replace(UNIT_SUFFIX, ''));
  // A table caption is specific enough to be named by a method sentence: "5.1 尺寸偏差和表面质量按GB/T 3810.2……"
  // tests the rows of "表1 尺寸偏差和表面质量".
  // Not for a table with a method column: there "5.2 理化指标 按表1规定的方法检验" points back to the empty cell.
  const named = !(key && methodTables.has(key)) && d.table?.caption && compactText(d.table.caption).length >= 4;
  const caption = named ? compactText(d.table!.caption!) : null;
  const subjects = d.origin === 'table' || !d.clause.number ? [] : (owners.subjects.get(d.clause.number) ?? [])
    .map(canonical).filter((t) => t.length >= 2);
  return methodClauses.some((c) => {
    // the title counts too: "6.4 承载量、跌落试验和堆码试验" is the method clause of each item it lists
    const said = canonical(`${c.title ?? ''}${text(c)}`);
    const lead = leadSubject(c);
    return namesOf(c).some((n) => labels.some((l) => sameItem(canonical(n), canonical(l))))
      || (core.length >= 2 && said.includes(core)) || (!!caption && said.includes(caption))
      || (!!lead && core.startsWith(canonical(lead)))
      // "5.4 特定元素的迁移按GB 6675.4……" tests every element of the table under "4.4 特定元素的迁移": a group named in
      // full (four characters at least; "5.1 效率按…" does not test every row of "表1 主要规格效率")
      || (!!lead && groupNamed(canonical(lead), labels.filter((l) => l !== d.name)))
      || subjects.some((t) => said.includes(t))
      || namedItems(c).some((item) => core.endsWith(item))
      || listedPartsNamed(core, c);
  });
}

const LIST_SEPARATOR = /[、，,和及与]/;

/** "气味、滋味" is tested by "5.1 色泽、透明度、气味和滋味": every part of an item written as a list is one of the items
 *  the method clause names (two characters suffice here: both sides spell out the same list items). */
function listedPartsNamed(core: string, c: Clause): boolean {
  const parts = core.split(LIST_SEPARATOR).filter(Boolean);
  if (parts.length < 2) return false;
  const named = new Set([...namesOf(c), leadSubject(c)].filter((x): x is string => !!x).flatMap((n) => canonical(n).split(LIST_SEPARATOR)));
  return parts.every((p) => named.has(p));
}

/** One test under two names: standards say 噪声 and 电气强度 where enterprise texts also write 噪音, 耐电压, 介电强度. */
const SAME_TEST: [RegExp, string][] = [[/噪音/g, '噪声'], [/耐电压|介电强度/g, '电气强度']];

function canonical(s: string): string {
  return SAME_TEST.reduce((t, [re, to]) => t.replace(re, to), compactText(s));
}

/**
 * The items a method clause names in its title or before its verb, one by one: "5.3 气味降低度和油脂分离度" tests
 * "常态气味降低度", the requirement naming its item with a qualifier ("常态", "最大档位") the method leaves out.
 * Three characters at least: "强度" alone would make "撕裂强度" a test of "拉伸强度".
 */
function namedItems(c: Clause): string[] {
  return [...namesOf(c), leadSubject(c)].filter((x): x is string => !!x)
    .flatMap((n) => canonical(n).split(/[、，,和及与]/)).filter((item) => item.length >= 3);
}

/**
 * "YE3-132S-4 | 5.5 | ≥90.4", "F级（按B级考核） | 80": a row named by a model or a class, in a table of values per
 * model or class. The indicator is the column ("效率/%", "温升限值/K"), not the row, so the row name says nothing
 * about which method applies.
 */
const DESIGNATION_ROW = /^(?:(?=.*\d)[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)+|[A-Z]{1,2}[级类型](?:[（(][^）)]*[）)])?)$/;

/** A method clause's subject that names the group an item belongs to, in full: the end of its clause title or caption. */
function groupNamed(lead: string, labels: readonly string[]): boolean {
  return lead.length >= 4 && labels.some((l) => canonical(l).endsWith(lead));
}

/** Bans of raw materials or processes in a requirement sentence, as opposed to "不得检出" (a tested absence). */
const PROCESS_BAN = /不得使用|禁止使用|不应使用|严禁使用|不得添加|禁止添加|不应添加/;
/** Raw material described by its condition or origin rather than by a substance a laboratory can find. */
const SPOILED = /霉变|变质|腐败|腐烂|回收|再生|废旧|病死|死因不明|非食用|过期|劣质|来源不明|工业用/;

/** A test-methods chapter without sub-clauses that sends every test to method standards. */
function blanketMethod(c: Clause): boolean {
  if (c.level !== 1 || c.element !== 'test-methods' || c.children.length) return false;
  const said = text(c);
  return said.split(/[。；;]/).filter((x) => x.trim()).every((sentence) => standardKeys(sentence).length > 0 && /按|依据|采用/.test(sentence));
}

function compactText(s: string): string {
  return s.replace(/[\s\u3000]+/g, '');
}

/**
 * What an untitled method clause tests, named before its verb: "5.2 吸水率按GB/T 3810.3的规定进行。" → "吸水率",
 * which covers "吸水率平均值" and "吸水率单个值" of the requirement.
 */
const LEAD_SUBJECT = /^([^\s，,。；;：:（()）\d]{2,12}?)(?:应按|按照|按|采用|用|参照|依据)/;

function leadSubject(c: Clause): string | null {
  const first = c.title ? null : c.blocks[0];
  return first?.kind === 'text' ? LEAD_SUBJECT.exec(compactText(first.text))?.[1] ?? null : null;
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
      zh: '《企业标准化促进办法》第十二条：企业制定的产品或者服务标准应当明确试验方法、检验方法或者评价方法。试验方法应当引用相应国家标准、行业标准或者国际标准；没有相应标准的，企业可以自行制定。指标若没有对应的试验方法，就无法验证。试验方法标准、工艺规程、安装施工规范、管理标准、术语标准和评价标准（标题或部分标题如此，或编号带/G、/Z类别后缀）中的限值不是产品指标，不检查。',
      en: 'Enterprise Standardization Promotion Measures, Art. 12: product and service standards shall state test, inspection or evaluation methods, citing national, industry or international standards where they exist. An indicator without a method cannot be verified. Limits in test-method, process, installation, management, terminology and evaluation standards (so titled, by document or part title, or numbered with the /G or /Z category suffix) are not product indicators and are not checked.',
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
    // Limits in a test-method, process or management standard (试验条件, 层间温度, 评价分值) are not product indicators.
    if (nonProductKind(ctx.doc)) return;
    const seen = new Set<string>();
    const declared = plausiblyMerged(ctx.doc, extractDeclared(ctx.doc)).filter((d) => {
      if (d.value.kind === 'reference') return false; // "应符合GB 2762的规定": methods come with that standard
      // "不得使用霉变花生", "禁止使用回收料": a ban on spoiled or second-hand raw material is checked on production, not
      // tested ("不得使用可分解致癌芳香胺染料" is: GB/T 17592)
      if (d.origin === 'prose' && d.value.kind === 'absent' && PROCESS_BAN.test(d.valueText) && SPOILED.test(d.name)) return false;
      if (d.origin === 'table' && DESIGNATION_ROW.test(d.name.replace(/[\s\u3000]+/g, ''))) return false;
      const key = coreName(d.name);
      if (!key || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    if (!declared.length) return;
    const methodClauses = clausesOf(ctx.doc, 'test-methods');
    // "5 试验方法　按GB/T 25993规定的方法进行。": one method standard for every requirement, stated once.
    if (methodClauses.some(blanketMethod)) return;
    const owners = { clauses: clauseNames(ctx.doc), subjects: clauseSubjects(ctx.doc), lines: lineSubjects(ctx.doc) };
    // Tables whose method column cites method standards; a clause-pointer column ("5.1" merged over the 感官 rows)
    // does not tell an empty cell from a merged one.
    const methodTables = new Set(declared.filter((d) => d.method && standardKeys(d.method).length)
      .map(tableKey).filter((k): k is string => !!k));
    const covered = new Set<number>();
    const unmet = declared.filter((d) => {
      const met = hasMethod(d, methodClauses, owners, methodTables);
      if (met && d.origin !== 'table') covered.add(d.loc.line);
      return !met;
    });
    // One requirement sentence is one property: "吸水率平均值大于10%，单个值不小于9%" is tested as a whole.
    const missing = unmet.filter((d) => d.origin === 'table' || !covered.has(d.loc.line));
    if (!missing.length) return;
    // Limits stated in prose of a document with no product element at all (a 技术规程, a management standard) may
    // not belong to a product standard: structure/product-elements already says what such a document lacks.
    if (!productEvidence(ctx.doc)) return;
    if (!methodClauses.length && missing.length === declared.length && declared.length > 1) {
      ctx.report({
        messageId: 'noMethodsChapter',
        data: { count: missing.length, indicators: missing.map((d) => d.name).join('、') },
        loc: missing[0]!.loc,
      });
      return;
    }
    for (const d of missing) ctx.report({ messageId: 'noMethod', data: { indicator: d.name }, loc: d.loc });
  },
});
