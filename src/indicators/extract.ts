// Extracts the indicators a standard declares in its requirements: table rows of every usual shape
// (项目|指标|试验方法, comparator/unit in the item cell, header or "单位为…" note, multi-class columns,
// sampling-plan columns) and prose sentences ("甲醛含量应不大于75 mg/kg", "不得检出", "应符合GB 2762的规定").
// Reads only the StandardDocument; knows nothing of baselines.

import type { Block, Clause, Loc, StandardDocument, Table } from '../model/types.ts';
import { parseCaption } from '../model/tables.ts';
import { findUnit, normaliseUnit } from './units.ts';
import { expandList, normaliseName } from './names.ts';
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
  /** Label of the value column even when it is the only one ("B类指标", "要求"); null outside tables. */
  header: string | null;
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
  return collectDeclared(doc).flatMap((d) => {
    const slashed = slashList(d);
    if (slashed) return slashed;
    const names = expandList(d.name);
    return names.length > 1 ? names.map((name) => ({ ...d, name })) : [d];
  });
}

const PLAIN_LIMIT = /^(?:[≤≥<>≦≧]\s*)?\d+(?:\.\d+)?$/;

/**
 * "可溶性铅/镉/铬/汞 | ≤90/75/60/60": one limit per name, in order. Names after the first share its prefix (可溶性); a
 * comparator written once holds for all. Only when there are as many plain numbers as names: "DBP/BBP/DEHP ≤0.1%"
 * may be a total and stays one item.
 */
function slashList(d: DeclaredIndicator): DeclaredIndicator[] | null {
  const names = d.name.split(/[/／]/);
  if (names.length < 2 || names.some((n) => !n)) return null;
  const values = d.valueText.split(/[/／]/).map((v) => v.trim());
  if (values.length !== names.length || !values.every((v) => PLAIN_LIMIT.test(v))) return null;
  const [head, ...rest] = names as [string, ...string[]];
  const width = rest[0]!.length;
  if (rest.some((n) => n.length !== width || n.length > 4)) return null;
  const prefix = head.length > width ? head.slice(0, head.length - width) : '';
  const written = d.value.kind === 'bound' ? d.value.comparator : null;
  const out: DeclaredIndicator[] = [];
  for (const [k, text] of values.entries()) {
    const v = parseValue(text, { grade: d.unit === '级' });
    if (v.kind !== 'bound') return null;
    out.push({ ...d, name: k === 0 ? head : prefix + names[k], value: v.comparator ? v : { ...v, comparator: written }, valueText: text });
  }
  return out;
}

function collectDeclared(doc: StandardDocument): DeclaredIndicator[] {
  const out: DeclaredIndicator[] = [];
  const methodClauses = new Set(clausesOf(doc, 'test-methods').map((c) => c.number).filter((n): n is string => !!n));
  for (const clause of requirementClauses(doc)) {
    const where = { number: clause.number, title: clause.title };
    // After a caption or a table, lines may be table rows the reader could not align ("游离甲醛 ≤ mg/kg 300").
    let inTable = false;
    clause.blocks.forEach((block, k) => {
      if (block.kind === 'table') {
        inTable = true;
        if (isIndicatorTable(block)) out.push(...fromTable(block, where, methodClauses, noteUnits(clause.blocks, k + 1)));
        return;
      }
      if (parseCaption(block.text)) { inTable = true; return; }
      if (inTable) {
        const row = fromRowLine(block.text, block.loc, where, methodClauses);
        if (row) { out.push(row); return; }
        if (HEADERISH.test(block.text) && !/\d/.test(block.text)) return;
        inTable = false;
      }
      out.push(...fromProse(block, where));
    });
  }
  return out;
}

/** Units a note under a table gives: "注：单位为毫克每千克。" (every cell) or "注：甲醛含量的单位为mg/kg，色牢度的单位为级。"
 *  (the items whose name contains the subject). */
interface NoteUnits { all: string | null; byItem: { subject: string; unit: string }[] }

const NOTE_START = /^注\s*\d*\s*[:：]/;
/** Subjects of a note that mean every value of the table ("表中数值的单位为…"). */
const WHOLE_TABLE = /^(?:表中|本表|表内|上表)?(?:所有|各项)?(?:数值|数据|指标值?|限量值?|限值)$/;
const NOTE_UNIT = /^(?:注\s*\d*\s*[:：]\s*)?(.*?)的?单位(?:均)?(?:为|是|：|:)\s*(.+)$/;

function noteUnits(blocks: readonly Block[], from: number): NoteUnits | null {
  const out: NoteUnits = { all: null, byItem: [] };
  for (let k = from; k < blocks.length; k++) {
    const b = blocks[k]!;
    if (b.kind !== 'text' || !NOTE_START.test(b.text.trim())) break;
    for (const part of b.text.trim().split(/[，,；;。]/)) {
      const m = NOTE_UNIT.exec(part.trim());
      const unit = m ? findUnit(m[2]!) : null;
      if (!m || !unit) continue;
      const subject = normaliseName(m[1]!.replace(/^注\s*\d*\s*[:：]/, ''));
      if (subject && !WHOLE_TABLE.test(subject)) out.byItem.push({ subject, unit });
      else out.all ??= unit;
    }
  }
  return out.all || out.byItem.length ? out : null;
}

function noteUnitFor(note: NoteUnits | null, name: string): string | null {
  if (!note) return null;
  const n = normaliseName(name);
  return note.byItem.find((x) => n.includes(x.subject))?.unit ?? note.all;
}

/**
 * One table row that reached the model as a line of text: item name, then optional comparator, unit or "—" cells,
 * then one value, optionally followed by a test method — a standard ("甲醛 ≤ mg/kg 300 GB/T 2912.1") or a clause of
 * the test-methods chapter ("pH值 — 4.0～8.5 5.2"). Sentences never match.
 */
export function fromRowLine(text: string, loc: Loc, clause: DeclaredIndicator['clause'], methodClauses: ReadonlySet<string> = new Set()): DeclaredIndicator | null {
  if (/[。，；,;：:]/.test(text)) return null;
  let line = text.replace(/[\s\u3000]+/g, ' ').trim();
  let method: string | null = null;
  const std = /\s((?:GB|[A-Z]{2})(?:\/T)?\s*\d+(?:\.\d+)*(?:[—\-]\d{4})?)$/.exec(line);
  if (std) { method = std[1]!; line = line.slice(0, std.index).trim(); }
  const tokens = line.split(' ');
  if (!method && tokens.length > 2 && methodClauses.has(tokens[tokens.length - 1]!) && parseValue(tokens[tokens.length - 2]!).kind !== 'text') {
    method = tokens.pop()!;
  }
  if (tokens.length < 2) return null;
  const valueText = tokens[tokens.length - 1]!;
  let k = 1;
  while (k < tokens.length - 1 && !COMPARATOR_CELL.test(tokens[k]!) && !isUnitCell(tokens[k]!) && !/^[—\-–]$/.test(tokens[k]!)) k++;
  const middle = tokens.slice(k, -1);
  if (!middle.every((x) => COMPARATOR_CELL.test(x) || isUnitCell(x) || /^[—\-–]$/.test(x))) return null;
  const item = tokens.slice(0, k).join(' ');
  if (!/[\u4e00-\u9fff]/.test(item) || /\d$/.test(item)) return null;
  const parts = parseItemCell(item);
  const unit = findUnit(valueText) ?? middle.map((x) => (isUnitCell(x) ? findUnit(x) : null)).find((u) => u) ?? parts.unit;
  let value = parseValue(valueText, { grade: unit === '级' });
  if (value.kind === 'text' || value.kind === 'reference' || value.kind === 'plan') return null;
  const written = middle.find((x) => COMPARATOR_CELL.test(x));
  if (value.kind === 'bound' && value.comparator === null) {
    value = { ...value, comparator: parts.comparator ?? (written ? trailingComparator(written)?.comparator ?? null : null) };
  }
  return {
    name: parts.name, item, value, valueText, unit, column: null, columnPosition: null, header: null, method, origin: 'table',
    table: null, clause, loc,
  };
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
  const withLimits = rows.filter((r) => r.slice(1).some((c) => parseValue(c).kind !== 'text' || SUB_ITEM_VALUE.test(clean(c))));
  return rows.length > 0 && withLimits.length * 2 >= rows.length;
}

type Role = 'item' | 'value' | 'method' | 'unit' | 'remark' | 'plan' | 'comparator' | 'index';

const ITEM_HEADER = /项\s*目|名\s*称|参\s*数|检验内容|成\s*分/;
const INDEX_HEADER = /^(?:序\s*号|编\s*号|No\.?)$/i;
const METHOD_HEADER = /方\s*法|检验依据|检测依据|试验依据|标准编号/;
const UNIT_HEADER = /^单\s*位$/;
const REMARK_HEADER = /备\s*注|说\s*明|适用范围/;
const PLAN_HEADER = /(?:^|[^A-Za-z])([ncmM])$/;
/** Header of a column grouping the items ("类别 | 项目 | …"). */
const GROUP_HEADER = /^(?:检验|项目)?(?:类\s*别|分\s*类|类\s*型|组\s*别)$/;
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
      INDEX_HEADER.test(label) ? 'index'
        : plan && last.replace(/\s/g, '').length <= 12 ? 'plan'
        : ITEM_HEADER.test(label) && !/指\s*标\s*$|要\s*求\s*$|限\s*[量值]/.test(last) ? 'item'
        : METHOD_HEADER.test(label) ? 'method'
        : UNIT_HEADER.test(last) ? 'unit'
        : REMARK_HEADER.test(label) ? 'remark'
        : 'value';
    cols.push({ role, label, planKey: role === 'plan' ? plan![1]! : null });
  }
  return cols;
}

/** A value cell led by a sub-item word: "干摩 3", "湿摩≥2-3". */
const SUB_ITEM_VALUE = /^([\u4e00-\u9fff]{1,4})\s*((?:≥|≤|≧|≦|<|>|不低于|不小于|不大于)?\s*\d.*)$/;

/** A value labelled by the class it is for: "B类≤75". */
const CLASS_VALUE = /^([A-Z]\s*类)\s*[:：]?\s*((?:≥|≤|≧|≦|<|>|不低于|不小于|不大于|不超过)?\s*\d.*)$/;

/** "干摩≥4，湿摩≥3" (sub-items) or "A类≤20；B类≤75" (a value per class) in one cell: its pieces; otherwise the cell itself. */
function cellPieces(cell: string): string[] {
  const pieces = cell.split(/[，,；;、]\s*/).map((p) => p.trim()).filter(Boolean);
  const labelled = (p: string): boolean => parseValue(p).kind === 'text' && (SUB_ITEM_VALUE.test(p) || CLASS_VALUE.test(p));
  return pieces.length > 1 && pieces.every(labelled) ? pieces : [cell];
}

/** A cell holding only a comparator: PDF/Word exports often put "≤" in a column of its own. */
const COMPARATOR_CELL = /^(?:≤|≦|<=|≥|≧|>=|<|>|不大于|不小于|不高于|不低于|不超过)$/;

function filledCells(rows: string[][], i: number): string[] {
  return rows.map((r) => clean(r[i] ?? '')).filter((c) => c && !/^[—\-–/／]+$/.test(c));
}

/** A cell that is nothing but a unit ("mg/kg", "级", "%", "CFU/g"). */
function isUnitCell(c: string): boolean {
  const u = findUnit(c);
  return u !== null && normaliseUnit(c.trim()) === u;
}

/**
 * Roles of columns without a header label (a merged header cell, or a table whose header was lost), read from their
 * cells: a column of comparators, a column of units, a running number (序号), or the sub-item column next to the item
 * ("耐水色牢度/级 ≥ | 变色 | 4"; "重金属含量 | 可溶性铅 | ≤90").
 */
function refineRoles(cols: Column[], rows: string[][], headerless: boolean): void {
  cols.forEach((c, i) => {
    if (c.role !== 'value' || c.label) return;
    const cells = filledCells(rows, i);
    if (!cells.length) return;
    if (cells.every((x) => COMPARATOR_CELL.test(x))) c.role = 'comparator';
    else if (cells.every(isUnitCell)) c.role = 'unit';
    else if (headerless && i === 0 && cells.length > 1 && cells.every((x, k) => x === String(k + 1))) c.role = 'index';
  });
  if (!cols.some((c) => c.role === 'item')) {
    const first = cols.findIndex((c) => c.role !== 'index');
    if (first >= 0) cols[first]!.role = 'item';
  }
  const itemAt = cols.findIndex((c) => c.role === 'item');
  // "类别 | 项目 | 单位 | 指标": a column of group names left of the items ("化学性能", "色牢度") is part of the item.
  for (let i = 0; i < itemAt; i++) {
    const c = cols[i]!;
    if (c.role !== 'value' || (c.label && !GROUP_HEADER.test(c.label))) continue;
    const cells = filledCells(rows, i);
    if (cells.length && cells.every((x) => parseValue(x).kind === 'text' && !isUnitCell(x) && !SUB_ITEM_VALUE.test(x))) c.role = 'item';
  }
  const next = cols[itemAt + 1];
  if (itemAt >= 0 && next && next.role === 'value' && !next.label && cols.slice(itemAt + 2).some((c) => c.role === 'value' || c.role === 'plan')) {
    const cells = filledCells(rows, itemAt + 1);
    if (cells.length && cells.every((x) => parseValue(x).kind === 'text' && !isUnitCell(x))) next.role = 'item';
  }
}

function isHeaderContinuation(cells: readonly string[]): boolean {
  const filled = cells.map(clean).filter((c) => c && !/^[—\-–/／]+$/.test(c));
  return filled.length > 0 && !clean(cells[0] ?? '')
    && filled.every((c) => isUnitCell(c) || (parseValue(c).kind === 'text' && !COMPARATOR_CELL.test(c) && !SUB_ITEM_VALUE.test(c)));
}

/** The unit a value column's label gives ("限量值/(mg/m³)", "指标/%"); grade names ("一级", "优级") are not the unit 级. */
function headerUnit(label: string): string | null {
  const u = findUnit(label);
  if (u === '级' && !/[/／(（]\s*级/.test(label)) return null;
  return u;
}

interface ItemParts { name: string; unit: string | null; comparator: Comparator | null }

/** "甲醛含量/(mg/kg)　≤" → name 甲醛含量, unit mg/kg, comparator ≤. */
export function parseItemCell(raw: string): ItemParts {
  let s = clean(raw);
  let comparator: Comparator | null = null;
  const tc = trailingComparator(s);
  if (tc) { comparator = tc.comparator; s = tc.rest; }
  let unit = findUnit(s.replace(/\(以[^)]*计\)|（以[^）]*计）/g, ''));
  // "甲醛释放量（E0级）", "一级": a grade label in the name, not the unit 级 ("耐水色牢度/级", "（级）").
  if (unit === '级' && !/[/／(（,，]\s*级\s*[)）]?\s*$|[/／]\s*级/.test(s)) unit = null;
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

/** Label of a row of limits in a transposed table ("元素 | 锑(Sb) | 砷(As) …" over "限量值 | 60 | 25 …"). */
const VALUE_ROW_LABEL = /^(?:最\s*大\s*)?(?:限\s*量\s*值?|限\s*值|指\s*标\s*值?|要\s*求|标准值|规定值)/;

/**
 * A table with the items across the top and one to three rows of limits below is read as the usual item-per-row
 * table. Class or grade names across the top ("项目 | A类 | B类") are value columns, not items.
 */
function untransposed(t: Table): Table {
  const all = [...t.header, ...t.rows].map((r) => r.map(clean));
  const [head, ...rest] = all;
  if (!head || head.length < 3 || rest.length < 1 || rest.length > 3) return t;
  const items = head.slice(1);
  if (items.some((c) => !c || parseValue(c).kind !== 'text' || INDICATOR_HEADER.test(c))) return t;
  // One row of limits may be labelled by what it applies to ("除造型黏土和指画颜料外的任何玩具材料 | 60 | 25 …");
  // several rows need a limit label each, or they are ordinary rows of a table with text headers.
  const labelled = (r: string[]): boolean => rest.length === 1 || VALUE_ROW_LABEL.test(r[0] ?? '');
  if (!rest.every((r) => labelled(r) && r.slice(1).some((c) => c) && r.slice(1).every((c) => !c || parseValue(c).kind !== 'text'))) return t;
  return {
    ...t,
    header: [[head[0]!, ...rest.map((r) => r[0]!)]],
    rows: items.map((name, k) => [name, ...rest.map((r) => r[k + 1] ?? '')]),
    rowLocs: [],
  };
}

function fromTable(table: Table, clause: DeclaredIndicator['clause'], methodClauses: ReadonlySet<string>, note: NoteUnits | null = null): DeclaredIndicator[] {
  const t = untransposed(table);
  const all = rowsWithLocs(t);
  let headerCount = t.header.length;
  if (headerCount && t.header.every(looksLikeData)) headerCount = 0;
  if (!headerCount && all.length > 1 && all[0]!.cells.some((c) => HEADERISH.test(c)) && !all[0]!.cells.some((c) => /\d/.test(c))) headerCount = 1;
  // A row of units or labels with an empty item cell under the header ("| | mg/m³ |", "| | 婴幼儿用品 | 直接接触皮肤 |")
  // is the header's second row, as merged Word header cells come out in text.
  while (headerCount && headerCount < all.length && isHeaderContinuation(all[headerCount]!.cells)) headerCount++;
  const header = all.slice(0, headerCount).map((r) => r.cells);
  const body = all.slice(headerCount);
  const rows = body.map((r) => r.cells);
  const width = Math.max(0, ...header.map((r) => r.length), ...rows.map((r) => r.length));
  const cols = columnsOf(header, width);
  if (!header.length) {
    cols.forEach((c, i) => { if (i > 0 && isMethodColumn(rows.map((r) => r[i] ?? ''), methodClauses)) c.role = 'method'; });
  }
  refineRoles(cols, rows, !header.length);
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
      // A hand-aligned text row whose value slid into the item column ("p H 值 4.0～8.5 | ").
      const slid = fromRowLine(cells.filter(Boolean).join(' '), body[ri]!.loc, clause, methodClauses);
      if (slid) {
        out.push({ ...slid, table: { number: t.number, caption: t.caption } });
        prevItems = items;
        return;
      }
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
    const comparatorCell = cols.findIndex((c) => c.role === 'comparator');
    const rowComparator = comparatorCell >= 0 ? trailingComparator(cells[comparatorCell] ?? '')?.comparator ?? null : null;
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
        out.push({ ...base, value: plan, valueText: text, unit: itemUnit ?? colUnit ?? tableUnit ?? noteUnitFor(note, name), column: null, columnPosition: null, header: null });
        return;
      }
      // "霉菌 | — | — | 150 | —" or "霉菌/(CFU/g) ≤ | 150 | | | |" (one cell merged across n/c/m/M): no sampling plan,
      // the one filled cell is a plain maximum, as the GB tables write 霉菌.
      // A lone number under n or c with no comparator anywhere is an incomplete plan, not a limit.
      const filled = planCols.filter((c) => !/^[—\-–/／]*$/.test((cells[c.i] ?? '').trim()));
      const only = filled.length === 1 ? (cells[filled[0]!.i] ?? '').trim() : '';
      const own = /^[≤<≥>]/.test(only);
      if (/\d/.test(only) && (own || itemComparator !== null || filled[0]!.planKey === 'm' || filled[0]!.planKey === 'M')) {
        const valueText = own ? only : `${itemComparator ?? '≤'}${only}`;
        out.push({ ...base, value: parseValue(valueText), valueText, unit: itemUnit ?? colUnit ?? tableUnit ?? noteUnitFor(note, name), column: null, columnPosition: null, header: null });
        return;
      }
    }
    for (const vc of valueCols) {
      const cell = cells[vc.i] ?? '';
      if (!cell || /^[—\-–/／]+$/.test(cell)) continue;
      const pieces = cellPieces(cell);
      for (const [k, piece] of pieces.entries()) {
        // "干摩 3" | "湿摩 2-3" under one item: the word before the value is a sub-item; "B类≤75" a class column.
        const perClass = pieces.length > 1 ? CLASS_VALUE.exec(piece) : null;
        const sub = parseValue(piece).kind === 'text' && !perClass ? SUB_ITEM_VALUE.exec(piece) : null;
        const text = perClass ? perClass[2]! : sub ? sub[2]! : piece;
        const subItem = sub ? { name: `${name}(${sub[1]})`, item: `${items.join(' ')} ${sub[1]}` } : {};
        const unit = findUnit(text) ?? itemUnit ?? headerUnit(vc.label) ?? colUnit ?? group?.unit ?? tableUnit ?? noteUnitFor(note, name);
        let value = parseValue(text, { grade: unit === '级' });
        if (value.kind === 'bound' && value.comparator === null) {
          const hc = trailingComparator(vc.label)?.comparator ?? null;
          value = { ...value, comparator: itemComparator ?? rowComparator ?? hc ?? group?.comparator ?? null };
        }
        if (perClass) {
          out.push({ ...base, value, valueText: text, unit, column: perClass[1]!.replace(/\s+/g, ''), columnPosition: { index: k, of: pieces.length }, header: vc.label || null });
          continue;
        }
        const position = valueCols.length > 1 ? { index: valueCols.indexOf(vc), of: valueCols.length } : null;
        out.push({ ...base, ...subItem, value, valueText: text, unit, column: valueCols.length > 1 ? vc.label || null : null, columnPosition: position, header: vc.label || null });
      }
    }
  });
  return out;
}

// ---------------------------------------------------------------- prose

const VERB = String.raw`(?:应|须|均应|应当|不应|不得)?`;
const CMP = String.raw`(?:(?:不应|不得)(?:超过|大于|高于|小于|低于)|不大于|不超过|不高于|不小于|不低于|小于或等于|大于或等于|小于等于|大于等于|≤|≦|≥|≧|<|>|小于|大于|低于|高于)`;
const NUMS = String.raw`(?:\d{1,3}(?:,\d{3})+(?![\d,])(?:\.\d+)?|10(?:\^-?\d+|[⁰¹²³⁴⁵⁶⁷⁸⁹⁻]+)|\d+(?:\.\d+)?(?:[eE][+\-]?\d{1,2}(?![\d.])|\s*[×xX*]\s*10(?:\^-?\d+|[⁰¹²³⁴⁵⁶⁷⁸⁹⁻]+))?)`;
const BOUND_RE = new RegExp(String.raw`^(.*?)${VERB}(?:为)?\s*(${CMP}\s*${NUMS}(?:\s*[-～~〜至]\s*${NUMS})?)\s*(.*)$`);
const RANGE_RE = new RegExp(String.raw`^(.*?)${VERB}(?:为|在|控制在)\s*(${NUMS}\s*[%％]?\s*(?:～|~|〜|-|–|至)\s*${NUMS})\s*(.*)$`);
/** "pH值4.0～8.5" in a run-on list: a short name right before the range. Only a wave dash or 至 — a hyphen after a
 *  name is a standard number or a date ("GB 5009.229-2016"); and no verb in the name — "pH值可放宽至4.0～10.5"
 *  (GB 18401 note a, copied under a table) is an exception, not a declared limit. */
const BARE_RANGE_RE = new RegExp(String.raw`^([^可应须放允至达按:：]{0,15}?[\u4e00-\u9fff)）])\s*(${NUMS}\s*[%％]?\s*(?:～|~|〜|至)\s*${NUMS})\s*(.*)$`);
const ABSENT_AFTER_RE = /^(.{1,30}?)(?:应|均应|应当)?(?:为)?(不得检出|不应检出|未检出|禁用|为无)$/;
/** "甲醛含量在75 mg/kg以下", "耐光色牢度在4级以上". */
const SUFFIX_RE = new RegExp(String.raw`^(.*?)${VERB}(?:为|在|控制在)\s*(${NUMS}\s*[^\d\s]{0,8}?\s*(?:以下|以内|以上))\s*(.*)$`);
const ABSENT_BEFORE_RE = /^(?:(?:本?产品|成品)(?:的|中)?)?(?:应|均应|应当)?(不得使用|不应使用|严禁使用|不得检出|不得含有|不应含有|不得有|不应有|不得添加|不应添加|禁止使用|禁用|无)([^、，,]{1,12})$/;
const REFERENCE_RE = /(符合|执行|按照|按)/;

/** "b) pH值：4.0～7.5", "f) 异味：无": an item and its value after a colon, as requirement lists write them. */
const COLON_RE = /^(.{1,30}?)[:：]\s*(.+)$/;

const RESPECTIVELY_RE = new RegExp(String.raw`^(.+?)(?:应|均应)?分别(?:应|为|应为)?\s*(${CMP})?\s*(.+)$`);

/** "苯、甲苯、二甲苯释放量分别应不大于0.06 mg/m³、0.15 mg/m³、0.20 mg/m³": one limit per name, in order. */
function respectively(part: string): { name: string; value: LimitValue; valueText: string; unit: string | null }[] {
  const m = RESPECTIVELY_RE.exec(part);
  if (!m) return [];
  const names = expandList(subject(m[1]!)).flatMap((n) => n.split('、'));
  const values = m[3]!.split(/、|和|及/).map((v) => v.trim()).filter(Boolean);
  if (names.length < 2 || names.length !== values.length) return [];
  const out = values.map((v, k) => {
    const unit = findUnit(v) ?? findUnit(values[values.length - 1]!);
    return { name: names[k]!, value: parseValue((m[2] ?? '') + v, { grade: unit === '级' }), valueText: (m[2] ?? '') + v, unit };
  });
  return out.every((o) => o.value.kind === 'bound' || o.value.kind === 'range') ? out : [];
}

/** The unit written after the item name ("总迁移量（4%乙酸，70 ℃，2 h）/（mg/dm²）"), before any unit inside it. */
function unitAfterName(name: string): string | null {
  const m = /[/／]\s*[（(]?([^/／（）()]+(?:[/／][^/／（）()]+)?)[)）]?\s*$/.exec(name);
  return m ? findUnit(m[1]!) : null;
}

/** "1,000": a comma between digit groups is a thousands separator, not a break between phrases. */
const THOUSANDS = /^\d,\d{3}(?!\d)/;

/** A sentence's parts between commas, not splitting inside brackets: "总迁移量（4%乙酸，70 ℃，2 h）≤10" is one part.
 *  With unbalanced brackets every comma splits. */
function commaParts(sentence: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < sentence.length; i++) {
    const c = sentence[i];
    if (c === '（' || c === '(') depth++;
    else if ((c === '）' || c === ')') && depth > 0) depth--;
    else if ((c === '，' || (c === ',' && !THOUSANDS.test(sentence.slice(Math.max(0, i - 1), i + 5)))) && depth === 0) {
      parts.push(sentence.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(sentence.slice(start));
  const split = depth === 0 ? parts : sentence.split(/[，,]/);
  return split.map((p) => p.trim()).filter(Boolean);
}

function sentencesOf(text: string): string[] {
  return text.split(/[。；;\n]/).map((s) => s.trim()).filter(Boolean);
}

/** List markers before an item: "a)", "1）", "（2）", "——", "•". */
const LIST_MARK = /^\s*(?:[a-z\d]{1,2}\s*[)）]|[（(][a-z\d]{1,2}[)）]|[—–\-•·]+)\s*/;

/** Words that restate or continue the previous phrase ("应达到E1级，即不大于0.124 mg/m³"): what follows them has the
 *  previous phrase's subject. */
const CONNECTIVE = /^(?:即|亦即|也即|也就是|其中|且|并且|同时|并|其值)(?:为|是)?/;

/** The subject of a requirement: the text before the verb, without leading "产品的"/"其" or a connective. */
function subject(s: string): string {
  return normaliseName(s.replace(LIST_MARK, '').replace(CONNECTIVE, '').replace(/^(?:产品|本产品|成品|其)(?:的|中)?/, '').replace(/(?:应|须|均|应当)+$/, ''));
}

function fromProse(block: Block, clause: DeclaredIndicator['clause']): DeclaredIndicator[] {
  if (block.kind !== 'text') return [];
  const out: DeclaredIndicator[] = [];
  const push = (name: string, item: string, value: LimitValue, valueText: string, unit: string | null, method: string | null): void => {
    out.push({ name, item, value, valueText, unit, column: null, columnPosition: null, header: null, method, origin: 'prose', table: null, clause, loc: block.loc });
  };
  for (const sentence of sentencesOf(block.text)) {
    const methodStd = /按\s*(?:GB|[A-Z]{2})[^，,]*/.exec(sentence);
    const method = methodStd && /方法|测定|检验|检测|试验/.test(methodStd[0]) ? methodStd[0] : null;
    const parts = commaParts(sentence);
    let carried = '';
    for (const listed of parts) {
      const part = listed.replace(LIST_MARK, '');
      const keys = standardKeys(part);
      if (keys.length && REFERENCE_RE.test(part) && /规定|要求|执行/.test(part) && !/方法|测定|检验|检测|试验/.test(part)) {
        const name = subject(part.split(/应|须|符合|执行|按/)[0] ?? '') || carried;
        push(name, part, { kind: 'reference', standards: keys }, part, null, null);
        // "…应符合GB 18580中E1级的规定，即…≤0.124 mg/m³": the restatement has the same subject.
        carried = name;
        continue;
      }
      const each = respectively(part);
      if (each.length) {
        for (const e of each) push(e.name, part, e.value, e.valueText, e.unit, method);
        continue;
      }
      const colon = COLON_RE.exec(part);
      if (colon && subject(colon[1]!)) {
        const unit = findUnit(colon[2]!);
        const value = parseValue(colon[2]!.replace(/[%％](?=\s*[～~〜\-–至])/, ''), { grade: unit === '级' });
        if (value.kind === 'range' || value.kind === 'absent' || (value.kind === 'bound' && value.comparator !== null)) {
          push(subject(colon[1]!), part, value, colon[2]!.trim(), unit, method);
          continue;
        }
      }
      const range = RANGE_RE.exec(part) ?? BARE_RANGE_RE.exec(part);
      const bound = range ? null : BOUND_RE.exec(part) ?? SUFFIX_RE.exec(part);
      const m = range ?? bound;
      if (m) {
        const name = subject(m[1]!) || carried;
        if (!name) continue;
        const unit = findUnit(m[2]!) ?? findUnit(m[3] ?? '') ?? unitAfterName(m[1]!) ?? findUnit(m[1]!);
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
