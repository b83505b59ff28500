// Heading recognition: typed clause numbers ("5.1　感官要求"), Word numbering labels (numLabel "5.1"),
// annex headings ("附录A（规范性）抽样方案"), and chapter titles whose number was lost (PDF).
import { compact, hasCjk } from './text.ts';
import { isKnownChapterTitle } from './elements.ts';
import { parseLeadingNumber } from './std-number.ts';
import { parseCaption } from './tables.ts';

const SPACE = '[\\s\\u3000]';
const CLAUSE_NUMBER = /^(\d{1,2}(?:[.．]\d{1,2}){0,6})[.．]?(?=[\s\u3000]|[\u4e00-\u9fff（(《“])[\s\u3000]*(.*)$/s;
const ANNEX_CLAUSE_NUMBER = /^([A-Z])[.．](\d{1,2}(?:[.．]\d{1,2}){0,5})[.．]?(?=[\s\u3000]|[\u4e00-\u9fff（(《“])[\s\u3000]*(.*)$/s;
const ANNEX_HEADING = new RegExp(`^附${SPACE}*录${SPACE}*([A-Z]|[一二三四五六七八九十]{1,3})(?![A-Za-z0-9.．])${SPACE}*(.*)$`, 's');
const ANNEX_LABEL = /^[（(]\s*(规范性|资料性|参考性|提示的|标准的|补充件|参考件|规范|资料)(附录)?\s*[)）]/;
const LIST_ITEM = /^(?:[a-z][)）]|\d{1,2}[)）]|[（(]\d{1,2}[)）]|[（(][a-z][)）]|——|—(?!—)|·|•|▪|-\s|\*\s)/;
const NOTE = /^注\s*\d*\s*[:：]|^注\s*\d+\s/;
const EXAMPLE = /^示例\s*\d*\s*[:：]?/;
/** Dot leaders, or a trailing page number after spaces ("1 范围 1"): table-of-contents lines. */
const TOC_LEADERS = /(?<![.…·．_\-])(?:[.…·．_\-]{4,}|…{2,}|\.{3,})\s*(?:\d{1,3}|[IVXⅠ-Ⅻivx]{1,5})?\s*$/;
const TOC_TAIL = new RegExp(`${TOC_LEADERS.source}|(?<![\\s\\u3000])[\\s\\u3000]+(?:\\d{1,3}|[IVXⅠ-Ⅻ]{1,5})$`);
/** What cannot follow a clause number in a heading: units, function words, punctuation, another number. */
const NOT_A_TITLE_START = new RegExp(
  [
    // function words that continue a sentence ("5.2 的规定", "第 4 章", "表 1 中"); a conjunction only before another
    // reference ("5.2 与 5.3", "4.1 和表 2"), since "4.1.1 与水接触的材料……" opens a clause
    '^(?:的|为|是|所(?![需用])|中(?=[的第A-Z0-9])|条(?![件款目])|章(?!节)|款|项(?!目)|规定)',
    '^(?:和|或|与|及|至|到)[\\s\\u3000]*(?:\\d|[A-Z][.．]?\\d|表|图|第|附录|公式|GB|$)',
    '^以(?:[上下内外后前及]|$)',
    // counts and durations ("3 个月内", "5 次后", "2 年")
    '^(?:个|次|只|件|份|批|层|倍|年|月|日|天|周|小时|分钟|秒)(?=[以内后前的，,。及和或、]|$)',
    // punctuation, operators, another number
    '^[~～\\-－—×*/%℃°‰：:，,、。.)）±<>≤≥＜＞=]|^\\d',
    // unit symbols ("5 mg/kg", "3.2 g"), but not a category letter ("6.2 L 类车辆", "5.1 A 级")
    '^(?:mg|g|kg|t|mL|ml|L|m|cm|mm|μm|um|nm|km|h|min|s|d|Pa|kPa|MPa|Hz|dB|lx|cd|mol|kJ|cfu|CFU|MPN)(?![A-Za-z])(?![\\s\\u3000]*[类级型组号])',
  ].join('|'),
);

export interface NumberedLine {
  /** "5.1", "A.2" — normalised with ASCII dots. */
  number: string;
  rest: string;
}

/** A clause number as OCR and typists write it: full-width digits ("７.１"), spaces around the dots ("5. 2. 1"). */
const LOOSE_NUMBER = /^[\d０-９]{1,2}(?:[ \t]?[.．][ \t]?[\d０-９]{1,2})*/;

/**
 * "７.１　出厂检验" → "7.1　出厂检验", "5. 2. 1　内尺寸" → "5.2.1　内尺寸", "6.1、材料" → "6.1 材料". A "、" only after a
 * multi-level number: "1、" opens a list item as often as a chapter.
 */
function normaliseNumber(t: string): string {
  const tidy = t.replace(LOOSE_NUMBER, (n) => n.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace(/[ \t]/g, ''));
  return tidy.replace(/^(\d{1,2}(?:[.．]\d{1,2})+)、/, '$1 ');
}

/** A line that starts with a clause number followed by text that could be a heading/clause. */
export function parseNumberedLine(text: string): NumberedLine | null {
  const t = normaliseNumber(text.trimStart());
  let m = t.match(CLAUSE_NUMBER);
  let number: string;
  let rest: string;
  if (m) {
    number = m[1]!.replace(/．/g, '.');
    rest = m[2]!;
  } else {
    m = t.match(ANNEX_CLAUSE_NUMBER);
    if (!m) return null;
    number = `${m[1]}.${m[2]!.replace(/．/g, '.')}`;
    rest = m[3]!;
  }
  rest = rest.trim();
  // "6.1 附加试验项目 1" is a heading; "1 范围 1" (a chapter title followed by a number) is a TOC line.
  const tocLike = number.includes('.') ? TOC_LEADERS.test(rest) : TOC_TAIL.test(rest);
  if (NOT_A_TITLE_START.test(rest) || tocLike) return null;
  // "3. GB/T 191 包装储运图示标志" is a numbered reference entry, not chapter 3.
  if (parseLeadingNumber(rest) !== null || /^《/.test(rest)) return null;
  if (!hasCjk(rest) && !/^[A-Za-z]{2,}/.test(rest)) return null;
  return { number, rest };
}

/** A bare clause number on its own line ("5.1"): PDF/doc exports sometimes put the title on the next line. */
export function parseBareNumber(text: string): string | null {
  const m = normaliseNumber(text.trim()).match(/^(\d{1,2}(?:[.．]\d{1,2}){1,6}|[A-Z][.．]\d{1,2}(?:[.．]\d{1,2}){0,5})$/);
  return m ? m[1]!.replace(/．/g, '.') : null;
}

/** Requirement verbs outside common compounds (应用, 响应, 可靠 …) mark a sentence, not a title. */
const REQUIREMENT = /(?<![响供反适相对效感])应(?![用急力变答聘届该])|(?<!适)宜(?![人居])|不得|必须|严禁/;

/** A short heading title, or null when the text reads as the first sentence of an untitled clause. */
export function titleOf(rest: string): string | null {
  const c = compact(rest);
  // Latin letters count half: term entries carry their English equivalent ("家政服务　domestic service").
  const weight = c.replace(/[A-Za-z]/g, '').length + (c.match(/[A-Za-z]/g)?.length ?? 0) / 2;
  if (!c || weight > 30) return null;
  if (/[。；;，,：:！？]/.test(c)) return null;
  if (REQUIREMENT.test(c)) return null;
  return rest.trim();
}

/**
 * The term line of a term entry ("身份标识码 identification code; ID", "quality of service: QoS"): any length or
 * punctuation, but not a sentence (a definition ends with "。") nor a note or list item.
 */
export function termTitleOf(rest: string): string | null {
  const t = rest.trim();
  const c = compact(t);
  if (!c || c.length > 150 || /[。！？]$/.test(c) || isNote(t) || isExample(t) || isListItem(t)) return null;
  return t;
}

/** Chapter titles as titleOf, plus a known element title with stray end punctuation ("5 试验方法。"), kept as written. */
export function chapterTitleOf(rest: string): string | null {
  return titleOf(rest) ?? (isKnownChapterTitle(rest.trim().replace(/[。：:.]$/, '')) ? rest.trim() : null);
}

export interface AnnexLine {
  letter: string;
  labelRaw: string | null;
  label: '规范性' | '资料性' | null;
  /** Title on the same line, if any. */
  title: string | null;
}

/** Parses an annex label text ("（规范性）", "（资料性附录）") at the start of `text`. */
export function parseAnnexLabel(text: string): { labelRaw: string; label: '规范性' | '资料性' | null; after: string } | null {
  const t = text.trim();
  const m = t.match(ANNEX_LABEL);
  if (!m) return null;
  const exact = !m[2] && (m[1] === '规范性' || m[1] === '资料性');
  return { labelRaw: m[0], label: exact ? (m[1] as '规范性' | '资料性') : null, after: t.slice(m[0].length).trim() };
}

/** "附录A（规范性）抽样方案" / "附录 A" / "附录一"; null for sentences that mention an annex ("附录A给出了…"). */
export function parseAnnexHeading(text: string): AnnexLine | null {
  const m = text.trim().match(ANNEX_HEADING);
  if (!m) return null;
  return annexFromRest(m[1]!, m[2]!);
}

/** Annex heading from a Word label ("附录A") and the paragraph text that follows it. */
export function annexFromRest(letter: string, restText: string): AnnexLine | null {
  const rest = restText.trim();
  const label = parseAnnexLabel(rest);
  if (label) return { letter, labelRaw: label.labelRaw, label: label.label, title: label.after ? firstLine(label.after) : null };
  if (!rest) return { letter, labelRaw: null, label: null, title: null };
  // Without a label the rest must read as a title, not as a sentence about the annex.
  if (/^(的|中|给出|规定|所|和|与|或|及|、|，|,|。|为|是|列出|提供|见)/.test(rest) || titleOf(firstLine(rest)) === null) return null;
  return { letter, labelRaw: null, label: null, title: firstLine(rest) };
}

function firstLine(s: string): string {
  return s.split('\n')[0]!.trim();
}

/** Letter of a Word annex label ("附录A", "附录 A", "附录一"), or null. */
export function annexLetterOfLabel(label: string): string | null {
  const m = label.trim().match(ANNEX_HEADING);
  return m && !compact(m[2]!) ? m[1]! : null;
}

/**
 * Word numbering labels that are clause numbers ("5", "5.1", "A.1"). A label with a trailing dot ("1.", "5.1.") is
 * a list number unless the paragraph has a heading style.
 */
export function clauseNumberOfLabel(label: string, headingStyle: boolean): string | null {
  const m = label.trim().match(/^(\d{1,2}(?:[.．]\d{1,2}){0,6}|[A-Z][.．]\d{1,2}(?:[.．]\d{1,2}){0,5})([.．])?$/);
  if (!m || (m[2] && !headingStyle)) return null;
  return m[1]!.replace(/．/g, '.');
}

export function isListItem(text: string): boolean {
  return LIST_ITEM.test(text.trimStart());
}

export function isNote(text: string): boolean {
  return NOTE.test(text.trimStart());
}

export function isExample(text: string): boolean {
  return EXAMPLE.test(text.trimStart());
}

export function isTocLine(text: string): boolean {
  const t = text.trim();
  if (!TOC_TAIL.test(t) || !hasCjk(text)) return false;
  // Without leaders, a wrapped PDF sentence ending in a number ("…本产品不适合 36") looks the same: entries are titles,
  // which have no sentence punctuation.
  return TOC_LEADERS.test(t) || !/[。，；]/.test(t);
}

/** The chapter-title-only line of a document whose numbers were lost ("范围", "规 范 性 引 用 文 件"). */
export function knownTitleLine(text: string): string | null {
  const c = compact(text);
  return c.length <= 16 && isKnownChapterTitle(c) ? c : null;
}

/**
 * Lexical test used by the PDF line joiner: could this line start a new block? (heading, annex, list item,
 * note, example, caption, TOC line, reference entry, front-matter heading)
 */
export function looksLikeBlockStart(text: string): boolean {
  const t = text.trim();
  const c = compact(t);
  return (
    parseNumberedLine(t) !== null || parseBareNumber(t) !== null || parseAnnexHeading(t) !== null ||
    parseAnnexLabel(t) !== null || isListItem(t) || isNote(t) || isExample(t) || parseCaption(t) !== null || isTocLine(t) ||
    knownTitleLine(t) !== null || /^(前言|引言|目次|目录|参考文献|索引)$/.test(c) || /^\[\d+\]/.test(t) || /^单位为/.test(c)
  );
}

/** A line that is a heading by itself (never continued by the next line): numbered title, annex, caption, TOC line. */
export function looksLikeHeading(text: string): boolean {
  const t = text.trim();
  const n = parseNumberedLine(t);
  return (
    (n !== null && titleOf(n.rest) !== null) || parseBareNumber(t) !== null || parseAnnexHeading(t) !== null ||
    parseAnnexLabel(t) !== null || parseCaption(t) !== null || isTocLine(t) || knownTitleLine(t) !== null ||
    /^(前言|引言|目次|目录|参考文献|索引)$/.test(compact(t))
  );
}

/** Sequence numbers and bullets drafters put before reference entries ("1. GB/T 191…", "[2] GB 4806.7…"). */
const ENTRY_LIST_MARKER = /^(?:\[\d{1,3}\]|［\d{1,3}］|[（(]\d{1,3}[)）]|\d{1,3}[.、．)）](?!\d)|——|·|•)[ \t\u3000]*/;

/** Lines that start like a reference-list entry: a standard number or a 《document title》, after any list marker. */
export function looksLikeEntryStart(text: string): boolean {
  const t = text.trim().replace(ENTRY_LIST_MARKER, '');
  return parseLeadingNumber(t) !== null || /^《/.test(t);
}
