// Checks a document against the baselines that apply to it: for each required indicator of the class
// the document states, finds the declared value(s), compares them, and turns the outcomes into findings.
import type { Citation, Loc, StandardDocument } from '../model/types.ts';
import type { AppliedBaseline, Finding, FindingLocation, Lang, Localized, Severity } from '../engine/types.ts';
import { excerptAt } from '../engine/run-rules.ts';
import { fill } from '../engine/messages.ts';
import { extractDeclared, requirementClauses, type DeclaredIndicator } from '../indicators/extract.ts';
import { aliasScore, normaliseName, sameItem } from '../indicators/names.ts';
import { conversionFactor } from '../indicators/units.ts';
import { parseValue, renderDeclared, withUnit, type LimitValue } from '../indicators/values.ts';
import { findBaseline, type Baseline, type Catalogue } from './types.ts';
import type { BaselineIndicator, BaselineLimit } from './schema.ts';
import { classesIn, matchBaselines, productText, requirementCitations, type Match } from './match.ts';
import { compareValue, type Outcome } from './compare.ts';
import { FINDING_TEXT, LEGAL_BASIS, type IndicatorRuleId } from './messages.ts';

export interface BaselineOptions {
  /** Baseline ids forced by --baseline or config mappings. */
  explicit: string[];
  auditDate: string;
  lang: Lang;
}

interface Ctx {
  doc: StandardDocument;
  lang: Lang;
  findings: Finding[];
  requirementsLoc: Loc | null;
  /** Whole document text without spaces, for applicability conditions ("色漆"). */
  fullText: string;
  /** The same without phrases that deny something ("本产品不添加油脂"): what the product is said to contain. */
  affirmedText: string;
  /** Title + scope, for exclusions of an indicator ("本色", "漂白"). */
  productDescription: string;
  /** Numbers of the requirement clauses. */
  requirementNumbers: ReadonlySet<string>;
  /** Keys of every baseline in the catalogue ("GB 18401"). */
  catalogueKeys: ReadonlySet<string>;
  /** Every baseline of the catalogue, and the keys of those applied to this document. */
  catalogue: readonly Baseline[];
  appliedKeys: ReadonlySet<string>;
  applied: readonly Baseline[];
  /** Requirement sentences that exempt an indicator for a stated reason ("本产品不含增塑材料，不考核邻苯二甲酸酯"). */
  exemptions: readonly string[];
  /** Requirement citations of the document ("应符合GB 31701中A类的规定"). */
  requirementCites: readonly Citation[];
  /** Whole-document text split into phrases, for class statements about a column ("鞋里革属于…（B类）"). */
  phrases: readonly string[];
  /** Title and text of each requirement clause by number, for the class a clause gives its own table ("儿童睡衣应符合
   *  GB 31701中B类的要求，安全技术指标见表2"). */
  clauseTexts: ReadonlyMap<string, string>;
}

function location(ctx: Ctx, loc: Loc | null): FindingLocation {
  return {
    clause: loc?.clause ?? null, page: loc?.page ?? null, line: loc?.line ?? null, paragraph: loc?.paragraph ?? null,
    excerpt: excerptAt(ctx.doc, loc),
  };
}

const CATEGORY = 'indicator' as const;

function emit(
  ctx: Ctx, ruleId: IndicatorRuleId, severity: Severity, text: Localized, data: Record<string, string>,
  fields: { indicator: string | null; baseline: string; expected: string | null; found: string | null; basis: string; loc: Loc | null; verify: boolean },
): void {
  const message = fill(text[ctx.lang], data) + (fields.verify ? FINDING_TEXT.verify[ctx.lang] : '');
  const f: Finding = {
    ruleId, category: CATEGORY, severity, message, basis: fields.basis, location: location(ctx, fields.loc),
    indicator: fields.indicator, baseline: fields.baseline, expected: fields.expected, found: fields.found, suggestion: null,
  };
  if (fields.verify) f.verify = true;
  const dup = ctx.findings.some((x) => x.ruleId === f.ruleId && x.indicator === f.indicator && x.baseline === f.baseline
    && x.found === f.found && x.expected === f.expected && x.location.line === f.location.line);
  if (!dup) ctx.findings.push(f);
}

// ---------------------------------------------------------------- limits and classes

interface ParsedLimit {
  limit: BaselineLimit;
  value: LimitValue;
  means: LimitValue | null;
  unit: string | null;
  verify: boolean;
  source: string;
}

function limitFor(ind: BaselineIndicator, classId: string | null): ParsedLimit | null {
  const l = ind.limits.find((x) => (classId === null ? true : !x.classes || x.classes.includes(classId)));
  if (!l) return null;
  const unit = l.unit ?? ind.unit;
  const grade = unit === '级';
  return {
    limit: l,
    value: parseValue(l.value, { grade }),
    means: l.means ? parseValue(l.means, { grade }) : null,
    unit,
    verify: (l.confidence ?? ind.confidence) === 'likely',
    source: l.source ?? ind.source,
  };
}

function className(b: Baseline, id: string | null, lang: Lang): string | null {
  if (id === null) return null;
  const c = b.classes.find((x) => x.id === id);
  return c ? (lang === 'en' ? c.nameEn : c.name) : id;
}

function expectedText(b: Baseline, p: ParsedLimit, classId: string | null, lang: Lang): string {
  const v = withUnit(p.limit.value, p.unit);
  const cn = className(b, classId, lang);
  return cn ? (lang === 'en' ? `${v} (${cn})` : `${v}（${cn}）`) : v;
}

/** Maps a value-column label ("A类", "婴幼儿用品") to a class id. */
function columnClass(b: Baseline, label: string | null): string | null {
  if (!label || !b.classes.length) return null;
  const l = label.replace(/\s+/g, '');
  const hits = b.classes
    .flatMap((c) => c.statements.map((s) => ({ id: c.id, s })))
    .sort((x, y) => y.s.length - x.s.length)
    .find(({ s }) => l.includes(s));
  return hits?.id ?? null;
}

/** The class the text gives a component that heads a value column: "鞋里革属于直接接触皮肤的产品（B类），鞋面革属于
 *  非直接接触皮肤的产品（C类）" makes the 鞋面革 column class C. Only an unambiguous statement counts. */
function classStatedFor(b: Baseline, label: string | null, ctx: Ctx, memo: Map<string, string | null>): string | null {
  const l = label?.replace(/\s+/g, '');
  if (!l || l.length < 2) return null;
  if (!memo.has(l)) {
    const found = new Set(ctx.phrases.filter((p) => p.includes(l)).map((p) => columnClass(b, p)).filter((c): c is string => c !== null));
    memo.set(l, found.size === 1 ? [...found][0]! : null);
  }
  return memo.get(l)!;
}

/** The one class the caption of an item's table, or else the clause holding it, states: a document sold in several
 *  classes often gives each class its own table ("表1 婴幼儿睡衣安全技术指标", "表2 儿童睡衣…（B类）") instead of a
 *  class column. Null when neither states exactly one class. */
function sectionClass(b: Baseline, d: DeclaredIndicator, ctx: Ctx, memo: Map<string, string | null>): string | null {
  const key = `${d.clause.number ?? ''}|${d.table?.caption ?? ''}`;
  if (!memo.has(key)) {
    const one = (text: string | null | undefined): string | null => {
      const found = text ? classesIn(text, b).classes : [];
      return found.length === 1 ? found[0]! : null;
    };
    memo.set(key, one(d.table?.caption) ?? (d.clause.number ? one(ctx.clauseTexts.get(d.clause.number)) : null));
  }
  return memo.get(key)!;
}

/** An item in a clause or table about a material of another product ("4.1.1 人造板", "表1 人造板理化性能" in a wardrobe
 *  standard): the material's own requirement, not this baseline's indicator of the whole product. A heading that also
 *  names this baseline's product ("人造板家具有害物质限量") is about the product. */
function aboutMaterial(d: DeclaredIndicator, others: WordSet, own: WordSet): boolean {
  return [d.clause.title, d.table?.caption].some((h) => !!h && others.foundIn(h) && !own.foundIn(h));
}

/** "不考核邻苯二甲酸酯" with its reason in the same sentence ("本产品不含增塑材料"): the document says the indicator does
 *  not apply to its product, which the catalogue's conditions cannot always see (a felt toy has no plasticised part). */
const EXEMPT = /不考核|不适用|不作要求|免于考核|无需考核|不检测|不检验/;
/** The reason must be said of this product: a copied note ("本色及漂白产品不考核色牢度", "不含增塑材料的玩具不考核…") is a
 *  condition, which the catalogue's own conditions already weigh. */
const EXEMPT_REASON = /(?:本产品|本品)(?:均|所用材料|材料)?(?:不含|未使用|不使用|无涂层|无增塑|未涂饰|不涂饰)/;

/** A phrase saying the product does not contain or use something: its words are no condition for an indicator. */
const DENIAL = /不添加|无添加|未添加|不含|不使用|未使用|不得使用|不涂|无涂层/;

function applicable(ind: BaselineIndicator, ctx: Ctx): boolean {
  const a = ind.applies;
  if (!a) return true;
  if (a.exceptIf?.some((t) => ctx.productDescription.includes(t))) return false;
  const text = ctx.affirmedText;
  if (a.anyOf && !a.anyOf.some((t) => (Array.isArray(t) ? t.every((x) => text.includes(x)) : text.includes(t)))) return false;
  return true;
}

// ---------------------------------------------------------------- one baseline

/** A class for an audience (婴幼儿用品) cannot be the class of a product whose document never names that audience. */
const AUDIENCE = /婴|幼|儿童|童/;

/**
 * With no class stated, the verdict depends on the class only when a declared value falls short of the strictest
 * class the product could be in: "游离甲醛 ≤75 mg/kg" of an adult shoe's leather meets GB 20400 B and C alike, so
 * asking for the class adds nothing; "≤150" would pass C and fail B, and the missing class is worth a warning.
 */
function classMatters(b: Baseline, byIndicator: ReadonlyMap<string, DeclaredIndicator[]>, ctx: Ctx): boolean {
  const audience = AUDIENCE.test(ctx.fullText);
  const possible = b.classes.filter((c) => audience || !c.statements.some((s) => AUDIENCE.test(s)));
  const strictest = possible[0];
  if (!strictest || possible.length < 2) return false;
  return b.indicators.some((ind) => {
    const p = limitFor(ind, strictest.id);
    if (!p || !applicable(ind, ctx)) return false;
    return (byIndicator.get(ind.id) ?? []).some((d) => {
      if (d.value.kind === 'reference') return false;
      const o = compareValue(asGrade(d, p), d.unit, { value: p.value, means: p.means, unit: p.unit, baselineKey: b.key });
      return o.kind !== 'equal' && o.kind !== 'stricter';
    });
  });
}

/** A value written without "级" ("≥2-3" in a column headed 要求) compared with a colour-fastness grade reads as a
 *  grade: "2-3" is the half grade 2.5, not the number 2. */
function asGrade(d: DeclaredIndicator, p: ParsedLimit): LimitValue {
  if (p.unit !== '级' || d.unit !== null || (d.value.kind !== 'bound' && d.value.kind !== 'range')) return d.value;
  const v = parseValue(d.valueText, { grade: true });
  return v.kind === 'bound' || v.kind === 'range' ? v : d.value;
}

/** "甲醛释放限量 | E1级" where the baseline calls its limit E1. */
function isMark(d: DeclaredIndicator, p: ParsedLimit): boolean {
  if (d.value.kind !== 'text' || !p.limit.marks) return false;
  const t = d.value.text.normalize('NFKC').replace(/\s+/g, '').replace(/级$/, '');
  return p.limit.marks.some((m) => m === t);
}

/** Members of a limit on a sum, written with "+" in the catalogue name: "邻苯二甲酸酯(DBP+BBP+DEHP)". */
function sumMembers(ind: BaselineIndicator): string[] | null {
  const m = /\(([^()]*\+[^()]*)\)/.exec(ind.name);
  return m ? m[1]!.split('+').map((x) => x.trim().toUpperCase()).filter(Boolean) : null;
}

/**
 * A sum limit declared as separate limits per substance ("DBP ≤0.1 %", "BBP ≤0.1 %", "DEHP ≤0.1 %", as GB 28481
 * wrote them) allows their total: 0.3 % against "DBP+BBP+DEHP ≤0.1 %". Items naming one member each, in a unit that
 * converts to the baseline's, are added up; null when fewer than two members are declared that way.
 */
function sumOfSeparateLimits(ind: BaselineIndicator, items: readonly DeclaredIndicator[]): { total: LimitValue & { kind: 'bound' }; parts: DeclaredIndicator[] } | null {
  const members = sumMembers(ind);
  if (!members) return null;
  const parts: DeclaredIndicator[] = [];
  const seen = new Set<string>();
  let total = 0;
  for (const d of items) {
    const named = members.filter((x) => normaliseName(d.name).toUpperCase().includes(x));
    if (named.length !== 1 || seen.has(named[0]!) || d.value.kind !== 'bound' || d.value.comparator === '>=' || d.value.comparator === '>') continue;
    const c = conversionFactor(d.unit, ind.unit);
    if (!c.ok) continue;
    seen.add(named[0]!);
    parts.push(d);
    total += d.value.value * c.factor;
  }
  return parts.length >= 2 ? { total: { kind: 'bound', comparator: '<=', value: Number(total.toPrecision(12)) }, parts } : null;
}

function basisOf(b: Baseline, clause: string): string {
  return `${b.id} ${clause}；${LEGAL_BASIS[b.legalBasis]}`;
}

/** Words, tested against a text all at once: one regular expression instead of an includes() per word, as every
 *  declared item of every document is tested against the product words of the whole catalogue. */
interface WordSet {
  foundIn(text: string): boolean;
}

function wordSet(words: readonly string[]): WordSet {
  const re = words.length ? new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')) : null;
  return { foundIn: (text) => re !== null && re.test(text) };
}

const ownWordsMemo = new WeakMap<Baseline, WordSet>();

/** The baseline's own product words (its scope keywords). */
function ownProductWords(b: Baseline): WordSet {
  let set = ownWordsMemo.get(b);
  if (!set) ownWordsMemo.set(b, (set = wordSet(b.scope?.keywords ?? [])));
  return set;
}

/** productWordsOfOthers per catalogue, baseline and set of applied baselines: the same few combinations recur. */
const othersMemo = new WeakMap<readonly Baseline[], Map<string, WordSet>>();

/**
 * Product words of baselines that do not apply to the document and are not words of this one: a declared item naming
 * one ("所用人造板的甲醛释放量 ≤0.124 mg/m³" in a wardrobe standard, "面料甲醛含量" in a sofa standard) is a requirement on
 * a material covered by that other baseline, not this baseline's indicator of the whole product. Keywords of a scope
 * with alsoRequire name an audience (儿童, 婴幼儿), not a product, and are left out.
 */
function productWordsOfOthers(b: Baseline, ctx: Ctx): WordSet {
  let memo = othersMemo.get(ctx.catalogue);
  if (!memo) othersMemo.set(ctx.catalogue, (memo = new Map()));
  const key = `${b.id}|${[...ctx.appliedKeys].sort().join('|')}`;
  const hit = memo.get(key);
  if (hit) return hit;
  const own = [
    ...(b.scope?.keywords ?? []), ...(b.scope?.alsoRequire ?? []),
    ...b.indicators.flatMap((i) => [i.name, ...i.aliases]), ...b.classes.flatMap((c) => c.statements),
  ];
  const lineage = new Set([b.key, ...b.replaces.map((r) => r.replace(/-\d{4}$/, '')), ...(b.replacedBy ? [b.replacedBy.replace(/-\d{4}$/, '')] : [])]);
  const words = new Set<string>();
  for (const o of ctx.catalogue) {
    if (!o.scope || o.scope.alsoRequire || lineage.has(o.key) || o.replacedBy === b.id || ctx.appliedKeys.has(o.key)) continue;
    for (const w of o.scope.keywords) if (w.length >= 2 && !own.some((x) => x.includes(w))) words.add(w);
  }
  const out = wordSet([...words]);
  memo.set(key, out);
  return out;
}

/** Of indicators an item matches equally well through a shared alias ("耐汗渍(碱性)色牢度" = 耐汗渍色牢度, an alias of both
 *  perspiration fastnesses), those whose name shares the most characters with the item: 碱 makes it the alkaline one. */
function closestNames(item: string, tied: readonly BaselineIndicator[]): BaselineIndicator[] {
  if (tied.length < 2) return [...tied];
  // Chinese characters only: Latin abbreviations (DBP, DEHP) name substances, which sumMembers already weighed.
  const cjk = (s: string): Set<string> => new Set(normaliseName(s).match(/[\u4e00-\u9fff]/g) ?? []);
  const chars = cjk(item);
  const shared = tied.map((i) => [...cjk(i.name)].filter((c) => chars.has(c)).length);
  const most = Math.max(...shared);
  return tied.filter((_, k) => shared[k] === most);
}

/** Declared items per indicator: each item goes to the indicator(s) whose alias it matches best. When some items
 *  of an indicator are in a unit of its dimension, items in another dimension are a different quantity of the same
 *  substance ("游离甲醛 mg/kg" of the leather vs "甲醛 mg/m³" emission of the whole sofa) and are left out. Likewise,
 *  next to unitless items of a unitless indicator, an item with a unit is another measure ("异味 无" of the fabric vs
 *  the filling's "异味等级/级 ≤2" on the GB/T 10288 odour scale). */
function assign(b: Baseline, declared: readonly DeclaredIndicator[], others: readonly Baseline[] = []): Map<string, DeclaredIndicator[]> {
  const out = new Map<string, DeclaredIndicator[]>(b.indicators.map((i) => [i.id, []]));
  for (const d of declared) {
    const scores = b.indicators.map((i) => aliasScore(d.name, [i.name, ...i.aliases]));
    const best = Math.max(0, ...scores);
    if (best === 0) continue;
    const tied = b.indicators.filter((_, k) => scores[k] === best);
    // "邻苯二甲酸酯（DBP、BBP、DEHP）" matches both phthalate groups by their common alias: the substances it names
    // tell which sum it is.
    const upper = normaliseName(d.name).toUpperCase();
    const naming = tied.filter((i) => sumMembers(i)?.some((x) => upper.includes(x)));
    // Only a tie through one alias they share is broken; an item naming several indicators ("色牢度（耐水、耐唾液）")
    // belongs to each of them.
    const common = tied.length > 1 ? [tied[0]!.name, ...tied[0]!.aliases].filter((a) => tied.every((i) => i.name === a || i.aliases.includes(a))) : [];
    const viaCommon = common.length > 0 && aliasScore(d.name, common) === best;
    for (const i of naming.length ? naming : viaCommon ? closestNames(d.name, tied) : tied) out.get(i.id)!.push(d);
  }
  for (const ind of b.indicators) {
    const items = out.get(ind.id)!;
    const foreign = (d: DeclaredIndicator): boolean => {
      if (d.unit === null) return false;
      if (ind.unit === null) return true;
      const c = conversionFactor(d.unit, ind.unit);
      return !c.ok && c.reason === 'different-dimension';
    };
    const inDimension = (d: DeclaredIndicator): boolean => !foreign(d) && (d.unit !== null || ind.unit === null);
    // "甲醛 ≤0.08 mg/m³" of a leather sofa is GB 18584's emission, not GB 20400's 游离甲醛 of the leather (mg/kg).
    const elsewhere = (d: DeclaredIndicator): boolean => foreign(d) && others.some((o) => o.indicators.some((i) =>
      aliasScore(d.name, [i.name, ...i.aliases]) > 0 && i.unit !== null && conversionFactor(d.unit, i.unit).ok));
    if (items.some(inDimension)) out.set(ind.id, items.filter((d) => !foreign(d)));
    else out.set(ind.id, items.filter((d) => !elsewhere(d)));
  }
  return out;
}

const UNKNOWN_COLUMN: Localized = {
  zh: '表格有多个指标列但没有可识别的类别表头，无法确定各列对应的类别',
  en: 'the table has several value columns without a recognisable class header; the class of each column is unknown',
};

/** "甲醛释放量应符合GB 18580—2001中E1级的规定" checked against GB 18580-2017: the old edition's E1 (≤1.5 mg/L, desiccator)
 *  is not the current one, so the citation says nothing about the current limit. */
function otherEdition(b: Baseline): Localized {
  return {
    zh: `引用的不是现行版本 ${b.id}，其限值可能不同`,
    en: `the value cites an edition other than ${b.id}, whose limit may differ`,
  };
}

/** Subjects that stand for the whole product ("产品的安全性能", "其他要求", "有害物质限量"). */
const GENERIC_SUBJECT = /^(?:本?产品|成品)?(?:的)?(?:其[他它余])?(?:基本)?(?:安全性能|安全技术要求|安全要求|技术要求|卫生要求|卫生指标|质量要求|有害物质限量|有害物质|各项指标|指标|要求|性能)?$/;

/** Words of indicator names and of other requirements (绳带, 标识 …): a subject with none of them names a part of the
 *  product ("面料", "杯套", "填充物"). */
const INDICATOR_WORD = /菌|霉|酵母|含量|残留|值|率|度|物质|元素|甲醛|苯|pH|异味|气味|染料|芳香胺|金属|[铅镉汞砷铬锑钡硒]|邻苯|VOC|指标|性能|要求|限量|污染物|毒素|添加剂|释放|绳带|附件|抗拉|锐利|尖端|边缘|标识|标签|标志|说明|包装|燃烧|阻燃/i;

function isComponent(subject: string): boolean {
  return subject !== '' && !INDICATOR_WORD.test(subject);
}

/** Whether another baseline's indicator sets exactly this indicator's limits (values, classes and units). Its confidence
 *  is not weighed: GB 6675.4's element limits are ◐ only for want of its own table, and GB 18584-2024 quotes the same. */
function sameLimits(ind: BaselineIndicator, other: BaselineIndicator | undefined): boolean {
  if (!other || other.unit !== ind.unit || other.limits.length !== ind.limits.length) return false;
  return ind.limits.every((l, k) => {
    const o = other.limits[k]!;
    return o.value === l.value && (o.unit ?? other.unit) === (l.unit ?? ind.unit) && JSON.stringify(o.classes ?? null) === JSON.stringify(l.classes ?? null);
  });
}

/** "应符合GB 18401—2010 B类的规定" requires this edition (an undated citation means the current one). */
function citesEdition(text: string, b: Baseline): boolean {
  const key = b.key.replace(/[/.]/g, (c) => '\\' + c).replace(' ', '\\s*');
  const m = new RegExp(`${key}(?![\\d.])(?:\\s*[—\\-–－]\\s*(\\d{4}))?`).exec(text.normalize('NFKC'));
  return m !== null && (!m[1] || m[1] === b.year);
}

function checkOne(ctx: Ctx, m: Match, declared: readonly DeclaredIndicator[], citedKeys: Set<string>): AppliedBaseline {
  const b = m.baseline;
  const lang = ctx.lang;
  const otherProducts = productWordsOfOthers(b, ctx);
  const own = ownProductWords(b);
  const byIndicator = assign(b, declared.filter((d) => !otherProducts.foundIn(d.name) && !aboutMaterial(d, otherProducts, own)),
    ctx.applied.filter((o) => o !== b));
  const lineage = new Set([b.key, ...b.replaces.map((r) => r.replace(/-\d{4}$/, ''))]);
  const stated = m.classState.kind === 'stated' ? m.classState.classes : [];
  // The class a value column stands for: its label, or — for columns whose header was lost — its position
  // when the document states exactly as many classes as there are value columns.
  // … or, when several classes are stated, the class the text gives the component that heads the column.
  const statedFor = new Map<string, string | null>();
  const bySection = new Map<string, string | null>();
  const classOfColumn = (d: DeclaredIndicator): string | null =>
    columnClass(b, d.column) ?? (d.column === null && d.columnPosition && d.columnPosition.of === stated.length ? stated[d.columnPosition.index]! : null)
    ?? (stated.length > 1 ? classStatedFor(b, d.column, ctx, statedFor) : null)
    ?? (d.columnPosition === null ? columnClass(b, d.header) ?? sectionClass(b, d, ctx, bySection) : null);
  const columnClasses = new Set<string>();
  for (const list of byIndicator.values()) for (const d of list) { const c = classOfColumn(d); if (c) columnClasses.add(c); }
  const ordered = (ids: Iterable<string>): string[] => b.classes.map((c) => c.id).filter((id) => [...ids].includes(id));

  // Class used for declarations without a class column, and the classes whose indicators are required.
  let genericClass: string | null = null;
  let looseOnly = false;
  let required: (string | null)[] = [null];
  let classLabel: string | null = null;
  let classReason: string | null = null;
  if (b.classes.length) {
    if (m.classState.kind === 'stated') {
      required = m.classState.classes;
      genericClass = required[0]!;
      classLabel = required.join(',');
      classReason = lang === 'en'
        ? `class: ${required.map((c) => className(b, c, lang)).join(', ')} (${m.classState.evidence.join(', ')})`
        : `类别：${required.map((c) => className(b, c, lang)).join('、')}（${m.classState.evidence.join('、')}）`;
    } else if (columnClasses.size) {
      required = ordered(columnClasses);
      genericClass = required[0]!;
      classLabel = required.join(',');
      classReason = lang === 'en' ? `class columns: ${required.join(', ')}` : `表中按类别列出：${required.map((c) => className(b, c, lang)).join('、')}`;
    } else {
      genericClass = b.classes[b.classes.length - 1]!.id;
      looseOnly = true;
      required = b.classes.map((c) => c.id);
      classReason = lang === 'en' ? 'no class stated; only the loosest class is applied' : '未声明类别，仅按最宽松类别判定';
      if (classMatters(b, byIndicator, ctx)) emit(ctx, 'indicator/unresolved', 'warning', FINDING_TEXT.classUnstated,
        { baseline: b.id, classes: b.classes.map((c) => className(b, c.id, lang)).join('/') },
        { indicator: null, baseline: b.id, expected: b.classes.map((c) => className(b, c.id, lang)).join('/'), found: null,
          basis: basisOf(b, b.indicators[0]?.clause ?? ''), loc: ctx.requirementsLoc, verify: false });
    }
  }

  // "产品应符合GB 18401 B类的规定" incorporates every indicator; "异味应符合GB 18401的规定" only that one;
  // "微生物限量应符合GB 7099的规定" the indicators of that part of the baseline.
  // A subject that names none of the baseline's indicators — a component ("面料应符合GB 18401 B类的规定",
  // "杯套应符合GB 18401中C类的规定") — incorporates the whole baseline too, when written in the requirements
  // (not "使用说明应符合GB 18401的规定" under marking).
  const inRequirements = (c: Citation): boolean => c.loc.clause !== null && ctx.requirementNumbers.has(c.loc.clause);
  const subjectOf = (text: string): string => normaliseName(text.replace(/^\d+(?:\.\d+)*\s*/, '').split(/应|须|符合/)[0] ?? '');
  // A standard that requires products to meet this one as well (GB 31701 → GB 18401) incorporates it: citing it is
  // citing this one — unless the document spells out this baseline's indicators itself, when a left-out one is a gap
  // in its own list ("应符合GB 31701中A类的要求，其中安全性能指标应符合表1" without 异味).
  const ownList = [...byIndicator.values()].some((items) => items.some((d) => d.value.kind !== 'reference'));
  const implying = new Set(ownList ? [] : ctx.catalogue.filter((o) => o.scope?.implies.includes(b.id)).map((o) => o.key));
  const cited = [
    ...m.citedAsRequirement.map((c) => ({ subject: subjectOf(c.context), requirement: inRequirements(c) })),
    ...ctx.requirementCites.filter((c) => implying.has(c.key)).map((c) => ({ subject: subjectOf(c.context), requirement: inRequirements(c) })),
    ...declared.filter((d) => d.value.kind === 'reference' && (citesEdition(`${d.item} ${d.valueText}`, b) || d.value.standards.some((k) => implying.has(k))))
      .map((d) => ({ subject: normaliseName(d.name), requirement: true })),
  ];
  // "甲醛含量、pH值、色牢度、异味…应符合GB 18401的要求": each listed name covers the indicators it names or is part of.
  const namesOne = (x: string, ind: BaselineIndicator): boolean =>
    aliasScore(x, [ind.name, ...ind.aliases]) > 0 || sameItem(x, ind.clause)
    || (x.length >= 2 && [ind.name, ...ind.aliases].some((a) => normaliseName(a).includes(x)));
  const names = (x: string, ind: BaselineIndicator): boolean =>
    namesOne(x, ind) || x.split(/[、和及]/).some((p) => p !== x && namesOne(p.replace(/^(?:产品|本产品|成品)的?/, ''), ind));
  // "特定元素的迁移应符合GB 6675.4的规定": the subject is the title of the baseline (玩具安全 第4部分：特定元素的迁移).
  const title = normaliseName(b.title);
  const wholeCited = cited.some(({ subject, requirement }) =>
    GENERIC_SUBJECT.test(subject) || (subject.length >= 4 && title.includes(subject))
    || (requirement && (GENERIC_SUBJECT.test(subject.replace(/^.*的/, '')) || isComponent(subject)) && !b.indicators.some((ind) => names(subject, ind))));
  // "涂层中可迁移元素应符合GB 6675.4的规定" in a children's furniture standard: another mandatory standard whose limit for
  // this indicator is the same (GB 18584-2024 takes the toy limits) covers it as well as a citation of this one.
  const equivalent = declared.filter((d) => d.value.kind === 'reference' && !d.value.standards.some((k) => lineage.has(k)));
  const citedEquivalent = (ind: BaselineIndicator): boolean => equivalent.some((d) =>
    d.value.kind === 'reference' && d.value.standards.some((k) => sameLimits(ind, findBaseline({ baselines: ctx.catalogue }, k)?.indicators.find((o) => o.id === ind.id)))
    && names(normaliseName(d.name), ind));
  const exempted = (ind: BaselineIndicator): boolean => ctx.exemptions.some((x) =>
    [ind.name, ...ind.aliases].some((a) => a.length >= 2 && x.includes(normaliseName(a))));
  const coveredByCitation = (ind: BaselineIndicator): boolean => wholeCited || cited.some(({ subject }) => names(subject, ind)) || citedEquivalent(ind);

  for (const ind of b.indicators) {
    const items = byIndicator.get(ind.id) ?? [];
    if (!items.length) {
      if (coveredByCitation(ind) || !ind.required || !applicable(ind, ctx) || exempted(ind)) continue;
      // Required when the indicator has a limit for every class that must be met.
      const limits = required.map((c) => ({ c, p: limitFor(ind, c) }));
      const present = limits.filter((x) => x.p);
      if (!present.length || (looseOnly && present.length < limits.length)) continue;
      const shown = looseOnly ? present : [present[0]!];
      const expected = shown.map((x) => expectedText(b, x.p!, x.c, lang)).join(lang === 'en' ? '; ' : '；');
      const verify = present.some((x) => x.p!.verify);
      emit(ctx, 'indicator/missing', verify ? 'warning' : 'error', FINDING_TEXT.missing,
        { baseline: b.id, indicator: ind.name, expected },
        { indicator: ind.name, baseline: b.id, expected, found: null, basis: basisOf(b, ind.clause), loc: ctx.requirementsLoc, verify });
      continue;
    }
    const summed = sumOfSeparateLimits(ind, items);
    if (summed) {
      const p = limitFor(ind, genericClass);
      const outcome = p ? compareValue(summed.total, p.unit, { value: p.value, means: p.means, unit: p.unit, baselineKey: b.key }) : null;
      if (p && outcome?.kind === 'looser') {
        const expected = expectedText(b, p, null, lang);
        const found = summed.parts.map((d) => `${d.name} ${renderDeclared(d.value, d.valueText, d.unit)}`).join('、')
          + (lang === 'en' ? ` (together ≤${withUnit(String(summed.total.value), p.unit)})` : `（合计≤${withUnit(String(summed.total.value), p.unit)}）`);
        emit(ctx, 'indicator/looser', p.verify ? 'warning' : 'error', FINDING_TEXT.looser, { baseline: b.id, indicator: ind.name, expected, found },
          { indicator: ind.name, baseline: b.id, expected, found, basis: basisOf(b, ind.clause), loc: summed.parts[0]!.loc, verify: p.verify });
        continue;
      }
    }
    for (const d of items) {
      // "面料的甲醛含量…应符合GB 18401的规定" under a furniture baseline: another baseline's requirement, not this one's.
      if (d.value.kind === 'reference' && !d.value.standards.some((k) => lineage.has(k)) && d.value.standards.some((k) => ctx.catalogueKeys.has(k))) continue;
      const col = b.classes.length ? classOfColumn(d) : null;
      const classId = b.classes.length ? col ?? genericClass : null;
      const p = limitFor(ind, classId);
      if (!p) continue;
      // Several unlabelled value columns of a class-based baseline: which class each column is cannot be told.
      const unknownColumn = b.classes.length > 0 && !col && d.column === null && d.columnPosition !== null;
      const outcome: Outcome = unknownColumn
        ? { kind: 'unresolved', reason: UNKNOWN_COLUMN }
        : d.value.kind === 'reference' && !citesEdition(`${d.item} ${d.valueText}`, b) ? { kind: 'unresolved', reason: otherEdition(b) }
        : isMark(d, p) ? { kind: 'equal' }
        : compareValue(asGrade(d, p), d.unit, { value: p.value, means: p.means, unit: p.unit, baselineKey: b.key });
      const loose = looseOnly && !col;
      if (outcome.kind === 'equal' || (loose && outcome.kind === 'stricter')) continue;
      const expected = expectedText(b, p, classId, lang);
      const found = renderDeclared(d.value, d.valueText, d.unit);
      const base = { indicator: ind.name, baseline: b.id, expected, found, basis: basisOf(b, ind.clause), loc: d.loc, verify: p.verify };
      const data = { baseline: b.id, indicator: ind.name, expected, found };
      if (outcome.kind === 'looser') emit(ctx, 'indicator/looser', p.verify ? 'warning' : 'error', FINDING_TEXT.looser, data, base);
      else if (outcome.kind === 'stricter') emit(ctx, 'indicator/stricter', 'info', FINDING_TEXT.stricter, data, base);
      else emit(ctx, 'indicator/unresolved', 'warning', FINDING_TEXT.unresolved, { ...data, reason: outcome.reason[lang] }, base);
    }
  }

  for (const del of b.delegations) {
    // Only the delegated standard itself satisfies a delegation ("污染物限量应符合GB 2762的规定").
    if (citedKeys.has(del.to)) continue;
    const verify = del.confidence === 'likely';
    const own = declared.find((d) => aliasScore(d.name, [del.name, ...del.aliases]) > 0);
    const fields = { indicator: del.name, baseline: b.id, expected: lang === 'en' ? `complies with ${del.to}` : `符合${del.to}的规定`, basis: basisOf(b, del.clause), verify };
    if (own) {
      emit(ctx, 'indicator/unresolved', 'warning', FINDING_TEXT.delegationOwnLimits, { indicator: del.name, target: del.to },
        { ...fields, found: own.item, loc: own.loc });
    } else {
      emit(ctx, 'indicator/missing', verify ? 'warning' : 'error', FINDING_TEXT.missingDelegation,
        { indicator: del.name, target: del.to, baseline: b.id, clause: del.clause }, { ...fields, found: null, loc: ctx.requirementsLoc });
    }
  }

  const reasons = classReason ? [...m.reasons, classReason] : m.reasons;
  return { id: b.id, class: classLabel, reason: reasons.join(lang === 'en' ? '; ' : '；') };
}

export function runBaselineChecks(doc: StandardDocument, cat: Catalogue, opts: BaselineOptions): { applied: AppliedBaseline[]; findings: Finding[] } {
  const { matches, unknown } = matchBaselines(doc, cat, opts);
  const reqClauses = requirementClauses(doc);
  const pt = productText(doc);
  const ctx: Ctx = {
    doc, lang: opts.lang, findings: [],
    requirementsLoc: reqClauses[0]?.loc ?? null,
    fullText: doc.lines.join('\n').replace(/[ \t\u3000]+/g, ''),
    affirmedText: '',
    productDescription: pt.title + '\n' + pt.scope,
    requirementNumbers: new Set(reqClauses.map((c) => c.number).filter((n): n is string => !!n)),
    catalogueKeys: new Set(cat.baselines.map((x) => x.key)),
    phrases: [],
    clauseTexts: new Map(reqClauses.filter((c) => c.number).map((c) => [c.number!, [c.title ?? '', ...c.blocks.map((x) => (x.kind === 'text' ? x.text : ''))].join('\n')])),
    catalogue: cat.baselines,
    appliedKeys: new Set(),
    applied: [],
    requirementCites: [],
    exemptions: [],
  };
  for (const id of unknown) {
    emit(ctx, 'indicator/unresolved', 'warning', FINDING_TEXT.unknownBaseline, { id },
      { indicator: null, baseline: id, expected: null, found: null, basis: '', loc: null, verify: false });
  }
  if (!matches.length) return { applied: [], findings: ctx.findings };
  ctx.phrases = ctx.fullText.split(/[。；;，,\n]/);
  ctx.affirmedText = ctx.phrases.filter((p) => !DENIAL.test(p)).join('\n');
  ctx.appliedKeys = new Set(matches.map((m) => m.baseline.key));
  ctx.applied = matches.map((m) => m.baseline);
  ctx.exemptions = [...ctx.clauseTexts.values()].flatMap((t) => t.split(/[。；;\n]/))
    .filter((x) => EXEMPT.test(x) && EXEMPT_REASON.test(x)).map((x) => normaliseName(x));
  ctx.requirementCites = requirementCitations(doc);
  const declared = extractDeclared(doc);
  const citedKeys = new Set<string>(ctx.requirementCites.map((c) => c.key));
  for (const d of declared) if (d.value.kind === 'reference') for (const k of d.value.standards) citedKeys.add(k);
  const applied = matches.map((m) => checkOne(ctx, m, declared, citedKeys));
  return { applied, findings: ctx.findings };
}

/** Never throws: an internal failure becomes one indicator/unresolved warning, like a crashing format rule. */
export function checkBaselines(doc: StandardDocument, cat: Catalogue, opts: BaselineOptions): { applied: AppliedBaseline[]; findings: Finding[] } {
  try {
    return runBaselineChecks(doc, cat, opts);
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    return {
      applied: [],
      findings: [{
        ruleId: 'indicator/unresolved', category: 'indicator', severity: 'warning',
        message: (opts.lang === 'en' ? 'Baseline check failed: ' : '基线核查出错：') + detail,
        basis: '', location: { clause: null, page: null, line: null, paragraph: null, excerpt: '' },
        indicator: null, baseline: null, expected: null, found: null, suggestion: null,
      }],
    };
  }
}
