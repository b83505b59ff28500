// Decides which baselines apply to a document and for which product class, with the evidence.
// Evidence: product words in the title or the scope's "适用于" part (never in a "不适用于" part), and
// normative requirement citations of the baseline ("应符合GB 18401的规定") — but not citations used as a
// test method ("按GB 6675.4规定的方法测定"): a furniture standard measuring elements by the toy method is not a toy.
import type { Citation, Clause, StandardDocument } from '../model/types.ts';
import type { Lang } from '../engine/types.ts';
import { walkClauses, clausesOf, requirementClauses } from '../indicators/extract.ts';
import { findBaseline, type Baseline, type Catalogue } from './types.ts';

export interface ProductText {
  title: string;
  /** Scope text without the "不适用于…" parts. */
  scope: string;
}

/** How the class used for comparison was obtained. */
export type ClassState =
  | { kind: 'none' }                                    // the baseline has no classes
  | { kind: 'stated'; classes: string[]; evidence: string[] }
  | { kind: 'unstated' };                               // compared against the loosest class only

export interface Match {
  baseline: Baseline;
  /** Evidence, rendered in the run's language. */
  reasons: string[];
  classState: ClassState;
  /** Requirement citations of this edition (or undated) of the baseline ("应符合GB 18401 B类的规定"). */
  citedAsRequirement: Citation[];
}

function blockText(c: Clause): string {
  return c.blocks.map((b) => (b.kind === 'text' ? b.text : '')).join('\n');
}

/** Drops what a text says the document does NOT cover ("不适用于…", "婴幼儿内衣除外", "不包括…",
 *  "本产品不适合36个月及以下婴幼儿穿着"). */
function withoutExclusions(text: string): string {
  return text
    .split(/[。；;\n]/)
    .map((s) => s.replace(/不适用于.*$/, '').split(/[，,]/).filter((p) => !/除外|不包括|不含|不适用|不适合|不适宜|不宜|不适于|不可用于|不得用于|禁止用于/.test(p)).join('，'))
    .join('。');
}

/** "A类不合格", "A类、B类缺陷": defect classes of the inspection rules, not product classes. */
const DEFECT_CLASS = /[A-Z]类(?:[、和及或][A-Z]类)*(?:不合格|缺陷|检验|项目|问题|故障)/g;

function scopeOf(doc: StandardDocument): string {
  const scopes = clausesOf(doc, 'scope');
  const text = scopes.map(blockText).join('\n');
  return withoutExclusions(text);
}

export function productText(doc: StandardDocument): ProductText {
  const title = doc.cover.titleZh?.value ?? doc.bodyTitle?.value ?? '';
  return { title: title.replace(/\s+/g, ''), scope: scopeOf(doc).replace(/[ \t\u3000]+/g, '') };
}

function findTerm(text: string, terms: readonly string[]): string | null {
  return terms.find((t) => text.includes(t)) ?? null;
}

/** What follows a word that names the purpose of another product, in the same phrase: "木地板|铺装用硅烷改性聚醚胶粘剂",
 *  "木家具|表面涂装用的水性清漆", "实木地板、实木复合地板|粘贴用的胶", "床垫|用弹簧". 使用/食用/饮用… are verbs and
 *  用品/用具/用于 other words, not this construction. */
const PURPOSE_TAIL = /^[^\s，,。；;：:（）()]{0,16}?(?<![使食饮服穿适作利享应采选试引运])用的?(?![品具途于户量法])[\u4e00-\u9fff]{2}/;

/** "用于木家具表面的水性漆": the same purpose stated before the word ("适用于" is not it). */
const PURPOSE_HEAD = /(?<!适)用于[^\s，,、。；;：:（）()]{0,6}$/;
const PURPOSE_HEAD_TAIL = /^[^\s，,、。；;：:（）()]{0,6}?的[\u4e00-\u9fff]{2}/;

/** Verbs that make what follows them, up to a "…的" before the head noun, the thing the product is used on, in or
 *  with: "放置在家庭书桌、办公桌上使用的LED台灯", "用于室内木家具、木门窗表面涂装的水性木器涂料", "用于盛装米饭、面条、糕点等即食
 *  食品的一次性餐盒". Lists (、) and long phrases are allowed here, which PURPOSE_HEAD does not allow. */
const PURPOSE_VERB = /(?<!适)用于|用在|放置|放在|置于|安装在|安装于|盛装|盛放|包装|涂装|涂饰|配套/;
const CLAUSE_END = /[，,。；;：:\n]/;

/** A word in the modifier of a purpose phrase: after a purpose verb of its clause and before the "的" that closes the
 *  modifier. */
function inPurposeModifier(text: string, i: number, k: string): boolean {
  let start = i;
  while (start > 0 && !CLAUSE_END.test(text[start - 1]!)) start--;
  if (!PURPOSE_VERB.test(text.slice(start, i))) return false;
  const after = text.slice(i + k.length);
  const end = after.search(CLAUSE_END);
  return /的[\u4e00-\u9fffA-Za-z]/.test(end < 0 ? after : after.slice(0, end));
}

/** "蛋糕味奶糖", "火锅风味薯片": a product word naming a flavour of another product. */
const FLAVOUR_TAIL = /^(?:口?味|风味)[\u4e00-\u9fff]/;

/** "以小麦粉、植物油、白砂糖为主要原料": a word inside a list of raw materials. */
const MATERIALS_HEAD = /以[^。；;，,：:]*$/;
const MATERIALS_TAIL = /^[^。；;，,：:]*?为(?:主要)?(?:原料|原辅料|主料|配料)/;

/** The first keyword naming the product in a text: an occurrence that only says what another product is for
 *  (a flooring adhesive, a furniture lacquer) does not count, nor — for foods — one in a list of raw materials: an
 *  ingredient is not the product ("以小麦粉、植物油、白砂糖为主要原料" does not make a biscuit an edible oil). Materials of
 *  other products do name what is regulated (the 皮革 of a leather wallet) and keep counting. */
function findProductWord(text: string, keywords: readonly string[], ingredient = false): string | null {
  const purpose = (i: number, k: string): boolean => {
    const tail = text.slice(i + k.length);
    if (ingredient && MATERIALS_HEAD.test(text.slice(0, i)) && MATERIALS_TAIL.test(tail)) return true;
    return PURPOSE_TAIL.test(tail) || (PURPOSE_HEAD.test(text.slice(0, i)) && PURPOSE_HEAD_TAIL.test(tail)) || inPurposeModifier(text, i, k)
      || FLAVOUR_TAIL.test(tail);
  };
  return keywords.find((k) => {
    for (let i = text.indexOf(k); i >= 0; i = text.indexOf(k, i + 1)) if (!purpose(i, k)) return true;
    return false;
  }) ?? null;
}

const METHOD_CONTEXT = /方法|测定|检测|试验|检验|测试|计算/;
const REQUIREMENT_CONTEXT = /符合|满足|达到|执行|不低于|优于/;

/** Element of each numbered clause ("5.1" → 'test-methods'): its own element or its nearest parent's that is not
 *  'other'. Built in one walk so that looking up every citation's clause is not a walk per citation; the last clause
 *  with a number wins, as a duplicated number did when each lookup walked the whole tree. */
function elementsByClauseNumber(doc: StandardDocument): Map<string, Clause['element']> {
  const elements = new Map<string, Clause['element']>();
  walkClauses(doc.clauses, (c, parents) => {
    if (c.number) elements.set(c.number, [c, ...parents].map((x) => x.element).find((e) => e !== 'other') ?? c.element);
  });
  return elements;
}

/** Citations that require compliance with a standard (not methods, not the reference list). */
export function requirementCitations(doc: StandardDocument): Citation[] {
  const elements = elementsByClauseNumber(doc);
  return doc.citations.filter((c) => {
    if (c.section !== 'body' && c.section !== 'annex') return false;
    const el = c.loc.clause ? elements.get(c.loc.clause) ?? null : null;
    if (el === 'test-methods' || el === 'normative-references' || el === 'inspection-rules') return false;
    return REQUIREMENT_CONTEXT.test(c.context) && !METHOD_CONTEXT.test(c.context.replace(/试验方法|检验规则/g, ''));
  });
}

/** Keys of a baseline and every edition it replaced or that replaced it (one product line). */
function lineageKeys(cat: Catalogue, b: Baseline): Set<string> {
  const keys = new Set([b.key]);
  for (const r of b.replaces) keys.add(r.replace(/-\d{4}$/, ''));
  for (const o of cat.baselines) if (o.replacedBy === b.id || b.replacedBy === o.id) keys.add(o.key);
  return keys;
}

/** The edition of a baseline's line in force on the audit date (follows replacedBy). */
function inForce(cat: Catalogue, b: Baseline, auditDate: string): Baseline | null {
  let cur: Baseline = b;
  for (let i = 0; i < 10 && cur.replacedBy; i++) {
    const next = findBaseline(cat, cur.replacedBy);
    if (!next || !next.effective || next.effective > auditDate) break;
    cur = next;
  }
  if (cur.effective && cur.effective > auditDate) return null;
  return cur.status === 'withdrawn' ? null : cur;
}

const T = {
  title: { zh: '标题“{t}”含“{k}”', en: 'title "{t}" contains "{k}"' },
  scope: { zh: '范围含“{k}”', en: 'scope mentions "{k}"' },
  cited: { zh: '要求引用 {c}（{x}）', en: 'requirement cites {c} ({x})' },
  explicit: { zh: '指定基线 {id}', en: 'baseline {id} given explicitly' },
  implied: { zh: '{by} 要求产品同时符合本标准', en: '{by} requires products to meet this standard as well' },
  superseded: { zh: '{old} 已被 {cur} 代替（{date} 实施），按现行版本核查', en: '{old} was replaced by {cur} (in force {date}); checked against the current edition' },
} as const;

function say(lang: Lang, key: keyof typeof T, data: Record<string, string>): string {
  return T[key][lang].replace(/\{(\w+)\}/g, (_, k: string) => data[k] ?? '');
}

// ---------------------------------------------------------------- classes

const LETTER_CLASS = /^[A-Z]类$/;

/** A foreword sentence about what changed from the previous edition or what it replaces ("将甲醛含量由B类改为A类"):
 *  its classes are history, not the class of this product. */
const CHANGE_NOTE = /代替|替代|修订|修改|更改|改为|增加|删除|删去|调整|变化|相比|废止|年版/;

/** Foreword sentences that state the product's class ("本文件规定的产品属于直接接触皮肤的产品（B类）"). */
function forewordStatements(doc: StandardDocument): string[] {
  const text = (doc.foreword?.blocks ?? []).map((b) => (b.kind === 'text' ? b.text : '')).join('\n');
  // Drafting and publisher lines name companies ("XX婴幼儿用品有限公司"), not the product.
  return text.split(/[。；;\n]/).filter((s) => !CHANGE_NOTE.test(s) && !/起草|提出|归口|公司|专利/.test(s));
}

/** Class statements found in the title, scope, classification, requirements and marking clauses, and in the
 *  foreword's statements about the product. Longest statements win ("非直接接触皮肤" is C, not B); "A类" followed by
 *  不合格/缺陷 is a defect class, not a product class. */
export function statedClasses(doc: StandardDocument, b: Baseline): { classes: string[]; evidence: string[] } {
  if (!b.classes.length) return { classes: [], evidence: [] };
  const zones = [
    doc.cover.titleZh?.value ?? doc.bodyTitle?.value ?? '',
    ...forewordStatements(doc),
    ...clausesOf(doc, 'scope').map(blockText),
    ...clausesOf(doc, 'classification').map(blockText),
    ...requirementClauses(doc).map(blockText),
    ...clausesOf(doc, 'marking').map(blockText),
  ];
  return classesIn(zones.join('\n'), b);
}

/** Class statements of a baseline in a text, strictest first, with the statements found. Full-width letters count
 *  ("Ｂ类"); text that says what is not covered ("婴幼儿用品除外") does not. */
export function classesIn(raw: string, b: Baseline): { classes: string[]; evidence: string[] } {
  let text = withoutExclusions(raw.normalize('NFKC').replace(/[ \t\u3000]+/g, '')).replace(DEFECT_CLASS, '');
  const statements = b.classes
    .flatMap((c) => c.statements.map((s) => ({ id: c.id, s })))
    .sort((x, y) => y.s.length - x.s.length);
  const found = new Set<string>();
  const evidence: string[] = [];
  for (const { id, s } of statements) {
    const re = LETTER_CLASS.test(s)
      ? new RegExp(`(?<![A-Za-z])${s}`, 'g')
      : new RegExp(s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g');
    let hit = false;
    text = text.replace(re, (m) => {
      hit = true;
      return '□'.repeat(m.length);
    });
    if (hit) {
      found.add(id);
      if (!evidence.includes(s)) evidence.push(s);
    }
  }
  // Keep the catalogue's order (strictest first).
  return { classes: b.classes.map((c) => c.id).filter((id) => found.has(id)), evidence };
}

// ---------------------------------------------------------------- matching

interface WordEvidence { where: 'title' | 'scope'; text: string }

/** The first exclusion of a baseline found in a text. A keyword that contains an exclusion names a product the
 *  baseline does cover ("沙发套" is a textile although "沙发" is excluded from GB 18401), so it is masked first.
 *  An exclusion that only straddles a longer product word is a misreading of the words: "婴儿床上用品" is
 *  婴儿 + 床上用品 (bedding, GB 31701), not 婴儿床 (a cot, excluded). */
function excludedBy(b: Baseline, text: string): string | null {
  const s = b.scope;
  if (!s) return null;
  let t = text;
  for (const k of s.keywords) if (s.exclusions.some((e) => e !== k && k.includes(e))) t = t.split(k).join('□');
  const words = [...s.keywords, ...(s.alsoRequire ?? [])];
  const straddles = (e: string, i: number): boolean => words.some((w) => {
    if (w.length <= e.length) return false;
    for (let j = t.indexOf(w); j >= 0; j = t.indexOf(w, j + 1)) if (j < i + e.length && i < j + w.length) return true;
    return false;
  });
  // An excluded word that says what the product is for is no exclusion: "家具用刨花板" is a panel (GB 18580), not furniture.
  return s.exclusions.find((e) => {
    for (let i = t.indexOf(e); i >= 0; i = t.indexOf(e, i + 1)) if (!straddles(e, i) && !PURPOSE_TAIL.test(t.slice(i + e.length))) return true;
    return false;
  }) ?? null;
}

function scopeEvidence(b: Baseline, pt: ProductText, lang: Lang): WordEvidence | null {
  const s = b.scope;
  if (!s) return null;
  const all = pt.title + '\n' + pt.scope;
  if (s.alsoRequire && !findTerm(all, s.alsoRequire)) return null;
  // A title naming the product settles what it is: an excluded word in the scope ("床垫套可拆洗" in a mattress
  // standard) does not undo it. Matched only through the scope, the whole description must be free of exclusions.
  // Keywords that name an audience ("婴幼儿用毛巾", with alsoRequire naming the product) keep every occurrence.
  const find = s.alsoRequire ? findTerm : (text: string, words: readonly string[]) => findProductWord(text, words, b.legalBasis === 'food-safety');
  const kt = find(pt.title, s.keywords);
  if (kt) return excludedBy(b, pt.title) ? null : { where: 'title', text: say(lang, 'title', { t: pt.title, k: kt }) };
  if (excludedBy(b, all)) return null;
  const ks = find(pt.scope, s.keywords);
  if (!ks) return null;
  // "棉针织内衣" whose scope includes 婴幼儿内衣: the product word of the title plus the scope's audience.
  const titled = s.alsoRequire !== undefined && findTerm(pt.title, s.alsoRequire) !== null;
  return { where: titled ? 'title' : 'scope', text: say(lang, 'scope', { k: ks }) };
}

export interface MatchOptions {
  explicit: string[];
  auditDate: string;
  lang: Lang;
}

export function matchBaselines(doc: StandardDocument, cat: Catalogue, opts: MatchOptions): { matches: Match[]; unknown: string[] } {
  const { lang } = opts;
  const pt = productText(doc);
  const citations = requirementCitations(doc);
  const candidates = new Map<string, { b: Baseline; reasons: string[] }>();
  const add = (b: Baseline, reasons: string[]): void => {
    const prev = candidates.get(b.id);
    if (prev) prev.reasons.push(...reasons.filter((r) => !prev.reasons.includes(r)));
    else candidates.set(b.id, { b, reasons: [...reasons] });
  };
  const unknown: string[] = [];
  if (opts.explicit.length) {
    for (const id of opts.explicit) {
      const b = findBaseline(cat, id);
      if (b) add(b, [say(lang, 'explicit', { id: b.id })]);
      else unknown.push(id);
    }
  } else {
    const checkable = cat.baselines.filter((b) => b.scope && (b.indicators.length || b.delegations.length));
    // The title names the product: when it matches a baseline, words that only appear in the scope
    // (materials such as 植物油 in a pastry, 人造板 in a wardrobe) do not bring in other baselines.
    const words = new Map<string, WordEvidence>();
    for (const b of checkable) {
      const ev = scopeEvidence(b, pt, lang);
      if (ev) words.set(b.id, ev);
    }
    const titled = [...words.values()].some((e) => e.where === 'title');
    const byWords = new Map<string, string[]>();
    for (const [id, ev] of words) if (!titled || ev.where === 'title') byWords.set(id, [ev.text]);
    for (const b of checkable) {
      const ev = byWords.get(b.id);
      const all = pt.title + '\n' + pt.scope;
      const excluded = excludedBy(b, all);
      const keys = lineageKeys(cat, b);
      const cite = b.scope?.citation && !excluded ? citations.find((c) => keys.has(c.key)) : undefined;
      // A citation alone counts only when the product words name no baseline at all.
      if (ev) add(b, cite ? [...ev, say(lang, 'cited', { c: cite.raw.trim(), x: cite.context.slice(0, 40) })] : ev);
      else if (cite && byWords.size === 0) add(b, [say(lang, 'cited', { c: cite.raw.trim(), x: cite.context.slice(0, 40) })]);
    }
  }
  // A product of one baseline that must also meet another (GB 31701 → GB 18401) brings it in, unless excluded.
  if (!opts.explicit.length) {
    const all = pt.title + '\n' + pt.scope;
    for (const { b } of [...candidates.values()]) {
      for (const id of b.scope?.implies ?? []) {
        const other = findBaseline(cat, id);
        if (other && !excludedBy(other, all)) add(other, [say(lang, 'implied', { by: b.id })]);
      }
    }
  }
  // Resolve every candidate to the edition in force on the audit date.
  const resolved = new Map<string, { b: Baseline; reasons: string[] }>();
  const put = (cur: Baseline, reasons: string[]): void => {
    const prev = resolved.get(cur.id);
    if (prev) prev.reasons.push(...reasons.filter((r) => !prev.reasons.includes(r)));
    else resolved.set(cur.id, { b: cur, reasons: [...reasons] });
  };
  for (const { b, reasons } of candidates.values()) {
    if (opts.explicit.length) { put(b, reasons); continue; }
    const cur = inForce(cat, b, opts.auditDate);
    if (cur) { put(cur, reasons); continue; }
    // Not yet in force: the editions it replaces still apply, for the products they cover.
    for (const id of b.replaces) {
      const old = findBaseline(cat, id);
      const ev = old ? scopeEvidence(old, pt, lang) : null;
      const oldCur = old && ev ? inForce(cat, old, opts.auditDate) : null;
      if (oldCur) put(oldCur, [ev!.text]);
    }
  }
  // Documents citing a superseded edition: name it as context.
  for (const entry of resolved.values()) {
    for (const c of doc.citations) {
      if (!c.year) continue;
      const old = cat.baselines.find((o) => o.key === c.key && o.year === c.year && o.status === 'replaced' && o.id !== entry.b.id);
      if (!old || !lineageKeys(cat, entry.b).has(old.key)) continue;
      const line = say(lang, 'superseded', { old: old.id, cur: entry.b.id, date: entry.b.effective ?? '?' });
      if (!entry.reasons.includes(line)) entry.reasons.push(line);
    }
  }
  const matches: Match[] = [];
  for (const { b, reasons } of resolved.values()) {
    const keys = lineageKeys(cat, b);
    const citedAsRequirement = citations.filter((c) => keys.has(c.key) && (!c.year || c.year === b.year));
    let classState: ClassState = { kind: 'none' };
    if (b.classes.length) {
      const st = statedClasses(doc, b);
      classState = st.classes.length ? { kind: 'stated', classes: st.classes, evidence: st.evidence } : { kind: 'unstated' };
    }
    matches.push({ baseline: b, reasons, classState, citedAsRequirement });
  }
  matches.sort((a, b) => a.baseline.id.localeCompare(b.baseline.id, 'en', { numeric: true }));
  return { matches, unknown };
}
