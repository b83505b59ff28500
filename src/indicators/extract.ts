// Extracts the indicators a standard declares in its requirements: table rows of every usual shape
// (项目|指标|试验方法, comparator/unit in the item cell, header or "单位为…" note, multi-class columns,
// sampling-plan columns) and prose sentences ("甲醛含量应不大于75 mg/kg", "不得检出", "应符合GB 2762的规定").
// Reads only the StandardDocument; knows nothing of baselines.

import type { Block, Clause, Loc, StandardDocument, Table } from '../model/types.ts';
import { findUnit } from './units.ts';
import { normaliseName } from './names.ts';
import {
  type Comparator, type LimitValue, parsePlan, parseValue, standardKeys, trailingComparator,
} from './values.ts';

export interface DeclaredIndicator {
  /** Item name without unit and comparator ("甲醛含量", "耐水色牢度(变色)"). */
  name: string;
  /** Item text as written. */
  item: string;
  value: LimitValue;
  /** Value text as written (cell or sentence part). */
  valueText: string;
  unit: string | null;
  /** Label of the value column in a multi-column table ("A类", "婴幼儿用品"); null for a single value column
   *  or a column without a header. */
  column: string | null;
  /** Position among the value columns when there are several (0-based), e.g. for tables whose header was lost. */
  columnPosition: { index: number; of: number } | null;
  /** Test-method cell of the row ("5.1", "GB/T 2912.1"), or a method cited in the same sentence. */
  method: string | null;
  origin: 'table' | 'prose';
  /** Table number ("1") and caption, for tables. */
  table: { number: string | null; caption: string | null } | null;
  /** Number and title of the clause holding the declaration. */
  clause: { number: string | null; title: string | null };
  loc: Loc;
}

export function walkClauses(clauses: readonly Clause[], visit: (c: Clause, parents: Clause[]) => void, parents: Clause[] = []): void {
  for (const c of clauses) {
    visit(c, parents);
    walkClauses(c.children, visit, [...parents, c]);
  }
}

/** Annexes the requirements point to ("应符合附录A的规定", "见表A.1"): their tables are requirements too. */
function annexesReferredFrom(doc: StandardDocument, reqs: readonly Clause[]): Clause[] {
  const text = reqs.flatMap((c) => c.blocks.map((b) => (b.kind === 'text' ? b.text : ''))).join('\n');
  const letters = new Set([...text.matchAll(/附录\s*([A-Z])|表\s*([A-Z])\.\d/g)].map((m) => m[1] ?? m[2]));
  const out: Clause[] = [];
  const annexes = doc.clauses.filter((c) => c.annex && letters.has(c.annex.letter));
  walkClauses(annexes, (c) => out.push(c));
  return out;
}

/** Chapters that may hold requirements when no chapter is recognised as 要求 ("4 产品质量"). */
const MAYBE_REQUIREMENTS: ReadonlySet<Clause['element']> = new Set(['other', 'general', 'classification']);

/** The requirement clauses (要求/技术要求 and everything below them); failing that, the unclassified chapters. */
export function requirementClauses(doc: StandardDocument): Clause[] {
  const out = clausesOf(doc, 'requirements');
  if (out.length) return [...out, ...annexesReferredFrom(doc, out)];
  const fallback: Clause[] = [];
  walkClauses(doc.clauses.filter((c) => c.annex === null && MAYBE_REQUIREMENTS.has(c.element)), (c) => fallback.push(c));
  return fallback;
}

export function clausesOf(doc: StandardDocument, element: Clause['element']): Clause[] {
  const out: Clause[] = [];
  walkClauses(doc.clauses, (c, parents) => {
    if (c.element === element || parents.some((p) => p.element === element)) out.push(c);
  });
  return out;
}

// Baselines and two completeness rules all need the declared indicators of the same document: extract once.
const declaredCache = new WeakMap<StandardDocument, readonly DeclaredIndicator[]>();

export function extractDeclared(doc: StandardDocument): readonly DeclaredIndicator[] {
  let declared = declaredCache.get(doc);
  if (!declared) {
    declared = extractDeclaredUncached(doc);
    declaredCache.set(doc, declared);
  }
  return declared;
}

function extractDeclaredUncached(doc: StandardDocument): DeclaredIndicator[] {
  const out: DeclaredIndicator[] = [];
  const methodClauses = new Set(clausesOf(doc, 'test-methods').map((c) => c.number).filter((n): n is string => !!n));
  for (const clause of requirementClauses(doc)) {
    const where = { number: clause.number, title: clause.title };
    for (const block of clause.blocks) {
      if (block.kind === 'table') {
        if (isIndicatorTable(block)) out.push(...fromTable(block, where, methodClauses));
      }
      else out.push(...fromProse(block, where));
    }
  }
  return out;
}

// ---------------------------------------------------------------- tables

/** Column headers of indicator tables: 指标, 要求, 限量/限值, 允许偏差, 技术参数, grade/class columns. */
const INDICATOR_HEADER = /指\s*标|要\s*求|限\s*[量值度]|允\s*许|偏\s*差|参\s*数|性\s*能|规定值|标准值|[试检]\s*验\s*方\s*法|[ABC]\s*类|等\s*级|[一二三优特]\s*级|[优一]等品|合格品/;

/**
 * Whether a table declares indicators: an indicator-like header, or limits (numbers, ranges, 无/不得检出, sampling
 * plans, "符合GB …") in most of its rows. Code and enumeration tables (序号|地区|名称|标识, 主体类型|编码规则|说明)
 * declare nothing, even when they sit in a chapter that may hold requirements.
 */
export function isIndicatorTable(t: Table): boolean {
  const header = (t.header.length ? t.header.flat() : t.rows[0] ?? []).join(' ');
  if (INDICATOR_HEADER.test(header)) return true;
  const rows = t.rows.filter((r) => r.length > 1);
  const withLimits = rows.filter((r) => r.slice(1).some((c) => parseValue(c).kind !== 'text'));
  return rows.length > 0 && withLimits.length * 2 >= rows.length;
}

type Role = 'item' | 'value' | 'method' | 'unit' | 'remark' | 'plan';

const ITEM_HEADER = /项\s*目|名\s*称|参\s*数|检验内容|成\s*分/;
const METHOD_HEADER = /方\s*法|检验依据|检测依据|试验依据|标准编号/;
const UNIT_HEADER = /^单\s*位$/;
const REMARK_HEADER = /备\s*注|说\s*明|适用范围/;
const PLAN_HEADER = /(?:^|[^A-Za-z])([ncmM])$/;
const HEADERISH = /项\s*目|指\s*标|要\s*求|方\s*法|限\s*量|单\s*位|[ABC]类/;

function clean(s: string): string {
  return s.replace(/[\s\u3000]+/g, ' ').trim();
}

interface Column { role: Role; label: string; planKey: string | null }

function columnsOf(header: string[][], width: number): Column[] {
  const cols: Column[] = [];
  for (let c = 0; c < width; c++) {
    const parts: string[] = [];
    for (const row of header) {
      const t = clean(row[c] ?? '');
      if (t && parts[parts.length - 1] !== t) parts.push(t);
    }
    const label = parts.join(' ');
    const last = parts[parts.length - 1] ?? '';
    const plan = PLAN_HEADER.exec(last.replace(/\s/g, ''));
    const role: Role =
      plan && last.replace(/\s/g, '').length <= 12 ? 'plan'
        : ITEM_HEADER.test(label) && !/指\s*标\s*$|要\s*求\s*$|限\s*[量值]/.test(last) ? 'item'
        : METHOD_HEADER.test(label) ? 'method'
        : UNIT_HEADER.test(last) ? 'unit'
        : REMARK_HEADER.test(label) ? 'remark'
        : 'value';
    cols.push({ role, label, planKey: role === 'plan' ? plan![1]! : null });
  }
  if (!cols.some((c) => c.role === 'item') && cols.length) cols[0]!.role = 'item';
  return cols;
}

interface ItemParts { name: string; unit: string | null; comparator: Comparator | null }

/** "甲醛含量/(mg/kg)　≤" → name 甲醛含量, unit mg/kg, comparator ≤. */
export function parseItemCell(raw: string): ItemParts {
  let s = clean(raw);
  let comparator: Comparator | null = null;
  const tc = trailingComparator(s);
  if (tc) { comparator = tc.comparator; s = tc.rest; }
  const unit = findUnit(s.replace(/\(以[^)]*计\)|（以[^）]*计）/g, ''));
  return { name: normaliseName(s), unit, comparator };
}

/** All rows of a table (header rows first) with their locations. */
function rowsWithLocs(t: Table): { cells: string[]; loc: Loc }[] {
  const all = [...t.header, ...t.rows];
  const bodyOnly = t.rowLocs.length === t.rows.length && t.rowLocs.length !== all.length;
  return all.map((cells, k) => {
    const loc = t.rowLocs.length === all.length ? t.rowLocs[k] : bodyOnly && k >= t.header.length ? t.rowLocs[k - t.header.length] : undefined;
    return { cells, loc: loc ?? t.loc };
  });
}

/** A "header" row that holds values ("甲醛含量/(mg/kg) ≤ | 75 | 300") is a data row whose real header was lost. */
function looksLikeData(row: string[]): boolean {
  return !row.some((c) => HEADERISH.test(c)) && row.slice(1).some((c) => parseValue(c).kind !== 'text');
}

/** Without a header, a column of test-method clause numbers or standard numbers is the method column. */
function isMethodColumn(cells: string[], methodClauses: ReadonlySet<string>): boolean {
  const filled = cells.map(clean).filter((c) => c && !/^[—\-–/／]+$/.test(c));
  return filled.length > 0 && filled.every((c) => methodClauses.has(c) || /^(?:GB|[A-Z]{2})(?:\/T)?\s*\d/.test(c) || /^按/.test(c));
}

function fromTable(t: Table, clause: DeclaredIndicator['clause'], methodClauses: ReadonlySet<string>): DeclaredIndicator[] {
  const all = rowsWithLocs(t);
  let headerCount = t.header.length;
  if (headerCount && t.header.every(looksLikeData)) headerCount = 0;
  if (!headerCount && all.length > 1 && all[0]!.cells.some((c) => HEADERISH.test(c)) && !all[0]!.cells.some((c) => /\d/.test(c))) headerCount = 1;
  const header = all.slice(0, headerCount).map((r) => r.cells);
  const body = all.slice(headerCount);
  const rows = body.map((r) => r.cells);
  const width = Math.max(0, ...header.map((r) => r.length), ...rows.map((r) => r.length));
  const cols = columnsOf(header, width);
  if (!header.length) {
    cols.forEach((c, i) => { if (i > 0 && isMethodColumn(rows.map((r) => r[i] ?? ''), methodClauses)) c.role = 'method'; });
  }
  const valueCols = cols.map((c, i) => ({ ...c, i })).filter((c) => c.role === 'value');
  const planCols = cols.map((c, i) => ({ ...c, i })).filter((c) => c.role === 'plan');
  const tableUnit = t.unitNote ? findUnit(t.unitNote) : null;
  const headerKey = header.map((r) => r.map(clean).join('|'));
  const out: DeclaredIndicator[] = [];
  let group: ItemParts | null = null;
  let prevItems: string[] = [];
  rows.forEach((row, ri) => {
    const cells = row.map(clean);
    if (headerKey.includes(cells.join('|'))) return; // header repeated after a page break
    const itemIdx = cols.map((c, i) => (c.role === 'item' ? i : -1)).filter((i) => i >= 0);
    let items = itemIdx.map((i) => cells[i] ?? '');
    // A vertically merged first item cell continues the previous row's item.
    if (items.length && items[0] === '' && items.some((x) => x) && prevItems[0]) items[0] = prevItems[0];
    items = items.filter((x, k) => x && items.indexOf(x) === k);
    if (!items.length) return;
    const valuesInRow = [...valueCols, ...planCols].map((c) => cells[c.i] ?? '').filter((x) => x && x !== items[0]);
    if (!valuesInRow.length) {
      // A group row ("色牢度/级　≥") spanning the table: its unit/comparator carry over.
      group = parseItemCell(items[0]!);
      prevItems = items;
      return;
    }
    prevItems = items;
    const parts = items.map(parseItemCell);
    const head = parts[0]!;
    const name = parts.length > 1
      ? head.name + parts.slice(1).map((p) => `(${p.name})`).join('')
      : head.name;
    const itemUnit = parts.map((p) => p.unit).find((u) => u) ?? null;
    const itemComparator = parts.map((p) => p.comparator).find((c) => c) ?? null;
    const methodCell = cols.findIndex((c) => c.role === 'method');
    const unitCell = cols.findIndex((c) => c.role === 'unit');
    const method = methodCell >= 0 ? cells[methodCell] || null : null;
    const colUnit = unitCell >= 0 ? findUnit(cells[unitCell] ?? '') : null;
    const loc = body[ri]!.loc;
    const base = {
      name, item: items.join(' '), method, origin: 'table' as const,
      table: { number: t.number, caption: t.caption }, clause, loc,
    };
    if (planCols.length >= 3) {
      const text = planCols.map((c) => `${c.planKey}=${cells[c.i] ?? ''}`).join(', ');
      const plan = parsePlan(text);
      if (plan) {
        out.push({ ...base, value: plan, valueText: text, unit: itemUnit ?? colUnit ?? tableUnit, column: null, columnPosition: null });
        return;
      }
    }
    for (const vc of valueCols) {
      const text = cells[vc.i] ?? '';
      if (!text || /^[—\-–/／]+$/.test(text)) continue;
      const headerUnit = findUnit(vc.label);
      const unit = findUnit(text) ?? itemUnit ?? headerUnit ?? colUnit ?? group?.unit ?? tableUnit;
      let value = parseValue(text, { grade: unit === '级' });
      if (value.kind === 'bound' && value.comparator === null) {
        const hc = trailingComparator(vc.label)?.comparator ?? null;
        value = { ...value, comparator: itemComparator ?? hc ?? group?.comparator ?? null };
      }
      const position = valueCols.length > 1 ? { index: valueCols.indexOf(vc), of: valueCols.length } : null;
      out.push({ ...base, value, valueText: text, unit, column: valueCols.length > 1 ? vc.label || null : null, columnPosition: position });
    }
  });
  return out;
}

// ---------------------------------------------------------------- prose

const VERB = String.raw`(?:应|须|均应|应当|不应|不得)?`;
const CMP = String.raw`(?:不大于|不超过|不高于|不小于|不低于|小于或等于|大于或等于|小于等于|大于等于|≤|≦|≥|≧|<|>|小于|大于|低于|高于)`;
const NUMS = String.raw`(?:10(?:\^-?\d+|[⁰¹²³⁴⁵⁶⁷⁸⁹⁻]+)|\d+(?:\.\d+)?(?:\s*[×xX*]\s*10(?:\^-?\d+|[⁰¹²³⁴⁵⁶⁷⁸⁹⁻]+))?)`;
const BOUND_RE = new RegExp(String.raw`^(.*?)${VERB}(?:为)?\s*(${CMP}\s*${NUMS}(?:\s*[-～~〜至]\s*${NUMS})?)\s*(.*)$`);
const RANGE_RE = new RegExp(String.raw`^(.*?)${VERB}(?:为|在|控制在)\s*(${NUMS}\s*[%％]?\s*(?:～|~|〜|-|–|至)\s*${NUMS})\s*(.*)$`);
const ABSENT_AFTER_RE = /^(.{1,30}?)(?:应|均应|应当)?(?:为)?(不得检出|不应检出|未检出|禁用|为无)$/;
const ABSENT_BEFORE_RE = /^(?:(?:本?产品|成品)(?:的|中)?)?(?:应|均应|应当)?(不得使用|不得检出|不得含有|不得添加|禁止使用|禁用|无)([^、，,]{1,12})$/;
const REFERENCE_RE = /(符合|执行|按照|按)/;

function sentencesOf(text: string): string[] {
  return text.split(/[。；;\n]/).map((s) => s.trim()).filter(Boolean);
}

/** The subject of a requirement: the text before the verb, without leading "产品的"/"其". */
function subject(s: string): string {
  return normaliseName(s.replace(/^(?:产品|本产品|成品|其)(?:的|中)?/, '').replace(/(?:应|须|均|应当)+$/, ''));
}

function fromProse(block: Block, clause: DeclaredIndicator['clause']): DeclaredIndicator[] {
  if (block.kind !== 'text') return [];
  const out: DeclaredIndicator[] = [];
  const push = (name: string, item: string, value: LimitValue, valueText: string, unit: string | null, method: string | null): void => {
    out.push({ name, item, value, valueText, unit, column: null, columnPosition: null, method, origin: 'prose', table: null, clause, loc: block.loc });
  };
  for (const sentence of sentencesOf(block.text)) {
    const methodStd = /按\s*(?:GB|[A-Z]{2})[^，,]*/.exec(sentence);
    const method = methodStd && /方法|测定|检验|检测|试验/.test(methodStd[0]) ? methodStd[0] : null;
    const parts = sentence.split(/[，,]/).map((p) => p.trim()).filter(Boolean);
    let carried = '';
    for (const part of parts) {
      const keys = standardKeys(part);
      if (keys.length && REFERENCE_RE.test(part) && /规定|要求|执行/.test(part) && !/方法|测定|检验|检测|试验/.test(part)) {
        const name = subject(part.split(/应|须|符合|执行|按/)[0] ?? '') || carried;
        push(name, part, { kind: 'reference', standards: keys }, part, null, null);
        continue;
      }
      const range = RANGE_RE.exec(part);
      const bound = range ? null : BOUND_RE.exec(part);
      const m = range ?? bound;
      if (m) {
        const name = subject(m[1]!) || carried;
        if (!name) continue;
        const unit = findUnit(m[2]!) ?? findUnit(m[3] ?? '') ?? findUnit(m[1]!);
        // "8%～12%": the unit written after each number
        const value = parseValue(m[2]!.replace(/[%％](?=\s*[～~〜\-–至])/, ''), { grade: unit === '级' });
        if (value.kind === 'text') continue;
        push(name, part, value, part.slice(part.indexOf(m[2]!)).trim(), unit, method);
        continue;
      }
      const after = ABSENT_AFTER_RE.exec(part);
      const before = after ? null : ABSENT_BEFORE_RE.exec(part);
      if (after) {
        const name = subject(after[1]!) || carried;
        if (name) push(name, part, { kind: 'absent', text: after[2]!.replace(/^为/, '') }, after[2]!, null, method);
        continue;
      }
      if (before) {
        push(normaliseName(before[2]!), part, { kind: 'absent', text: before[1]! }, before[1]!, null, method);
        continue;
      }
      carried = subject(part.replace(/应.*$/, ''));
    }
  }
  return out;
}
