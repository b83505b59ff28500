// Walks the body (from chapter 1 to the end) and builds the clause tree with its paragraphs and tables.
// Numbers are accepted by sequence plausibility so that stray lines ("3 个月", table rows, wrapped text) do not
// become clauses, while a drafter's real gaps, duplicates and level mismatches stay visible to the rules.
import type { Block, Clause, ElementKind, Table, TextBlock } from './types.ts';
import type { RawTable } from '../readers/types.ts';
import type { Item, ParaItem } from './items.ts';
import {
  annexFromRest, annexLetterOfLabel, clauseNumberOfLabel, isExample, isListItem, isNote, knownTitleLine, parseAnnexHeading,
  chapterTitleOf, parseAnnexLabel, parseBareNumber, parseNumberedLine, termTitleOf, titleOf, type AnnexLine,
} from './clauses.ts';
import { elementOfTitle, isKnownChapterTitle, sameFamily } from './elements.ts';
import { appendContinuation, buildTable, columnCount, isUnitNote, locOf, parseCaption, type Caption } from './tables.ts';
import { compact } from './text.ts';

export interface BodyResult {
  clauses: Clause[];
  tables: Table[];
  /** Text before the first clause (documents without headings). */
  loose: Block[];
}

/** Heading level stated by a Word style name ("标准文件_章标题" → 1, "标准文件_一级条标题" → 2, "heading 3" → 3). */
export function styleLevel(style: string | null): number | null {
  if (!style) return null;
  if (/章标题/.test(style)) return 1;
  const cn = style.match(/([一二三四五六])级条标题/);
  if (cn) return '一二三四五六'.indexOf(cn[1]!) + 2;
  if (/附录标识|附录标题/.test(style)) return 1;
  const h = style.match(/^(?:heading|标题)\s*(\d)$/i);
  return h ? Number(h[1]) : null;
}

export function hasHeadingStyle(it: ParaItem): boolean {
  return it.headingLevel !== null || styleLevel(it.style) !== null;
}

/** Chapter numbers that GB/T 1.1—2020 fixes for some elements. */
const FIXED_PLACE = new Map<ElementKind, number>([['scope', 1], ['normative-references', 2], ['terms', 3]]);

interface Candidate {
  number: string | null;
  numberSource: Clause['numberSource'];
  title: string | null;
  /** First paragraph of an untitled clause. */
  rest: string | null;
  level: number;
  annex: AnnexLine | null;
  /** Items consumed beyond the current one (annex label/title lines, title after a bare number). */
  consumed: number;
}

class BodyBuilder {
  readonly clauses: Clause[] = [];
  readonly tables: Table[] = [];
  readonly loose: Block[] = [];
  private stack: Clause[] = [];
  private chapter = 0;
  private annexLetter: string | null = null;
  private numberedChapters = 0;
  private lastChild = new Map<string, number>();
  private seen = new Set<ElementKind>();
  /** headingLevel of numbered chapters in md/docx, to place unnumbered headings. */
  private chapterHeadingLevel: number | null = null;

  constructor(private readonly pdf: boolean) {}

  private get current(): Clause | null {
    return this.stack[this.stack.length - 1] ?? null;
  }

  /** Inside the terms chapter (or a terms clause such as "3.1 术语和定义"). */
  private get inTerms(): boolean {
    return this.stack.some((c) => c.element === 'terms');
  }

  /** Inside a numbered term entry (a clause below the terms clause). */
  private get inTermEntry(): boolean {
    const i = this.stack.findIndex((c) => c.element === 'terms');
    return i >= 0 && i < this.stack.length - 1 && this.current!.number !== null;
  }

  private get clauseId(): string | null {
    const c = this.current;
    return c ? (c.number ?? c.title) : null;
  }

  run(items: Item[]): void {
    let pending: PendingCaption | null = null;
    let previousWasTable = false;
    for (let i = 0; i < items.length; i++) {
      const it = items[i]!;
      if (it.kind === 'table') {
        i += this.addTable(it.raw, pending, previousWasTable, items, i);
        pending = null;
        previousWasTable = true;
        continue;
      }
      previousWasTable = false;
      const cand = this.heading(it, items, i);
      if (cand) {
        this.open(cand, it);
        i += cand.consumed;
        continue;
      }
      const caption = captionBefore(items, i);
      if (caption) {
        pending = caption;
        i += caption.consumed;
        continue;
      }
      this.addText(it);
    }
  }

  /** Adds a table (or continues one); returns how many following items it consumed (a caption under it). */
  private addTable(raw: RawTable, pending: PendingCaption | null, previousWasTable: boolean, items: Item[], i: number): number {
    let caption = pending?.caption ?? null;
    const unit = pending?.unit ?? caption?.unitNote ?? null;
    if (caption?.continued) {
      const target = [...this.tables].reverse().find((t) => t.number === caption!.number);
      if (target) {
        appendContinuation(target, raw, this.clauseId, this.pdf);
        return 0;
      }
    }
    const prev = this.tables[this.tables.length - 1];
    const lastPage = prev?.rowLocs[prev.rowLocs.length - 1]?.page ?? prev?.loc.page ?? null;
    const newPage = raw.pos.page === null || lastPage === null || raw.pos.page !== lastPage;
    if (!caption && this.pdf && previousWasTable && prev && newPage && columnCount(prev) === columnCount(raw)) {
      // A PDF table split by a page break: same columns, no caption of its own.
      appendContinuation(prev, raw, this.clauseId, this.pdf);
      return 0;
    }
    let consumed = 0;
    if (!caption) {
      // Tolerate a caption written under the table when the next table does not claim it.
      const next = items[i + 1];
      const cap = next?.kind === 'para' ? parseCaption(next.text) : null;
      if (cap && items[i + 2]?.kind !== 'table') {
        caption = cap;
        consumed = 1;
      }
    }
    const table = buildTable(raw, caption, unit ?? caption?.unitNote ?? null, this.clauseId, this.pdf);
    this.tables.push(table);
    this.append(table);
    return consumed;
  }

  private addText(it: ParaItem): void {
    const list = it.numLabel !== null;
    const text = list ? `${it.numLabel} ${it.text}` : it.text;
    for (const piece of text.split('\n').map((s) => s.trim()).filter(Boolean)) {
      const block: TextBlock = { kind: 'text', text: piece, role: roleOf(piece, list), loc: locOf(it.pos, this.clauseId) };
      this.append(block);
    }
  }

  private append(block: Block): void {
    const c = this.current;
    if (c) c.blocks.push(block);
    else this.loose.push(block);
  }

  private open(cand: Candidate, it: ParaItem): void {
    const element: ElementKind = cand.annex ? 'annex' : elementOfTitle(cand.title);
    const clause: Clause = {
      number: cand.number, title: cand.title, level: cand.level, element, numberSource: cand.numberSource,
      annex: cand.annex ? { letter: cand.annex.letter, label: cand.annex.label, labelRaw: cand.annex.labelRaw } : null,
      blocks: [], children: [], loc: locOf(it.pos, cand.number ?? cand.title),
    };
    if (cand.level === 1) {
      // Unnumbered chapters ("# 范围" in an md2std source) also fix the heading level of chapters.
      if (!cand.annex) this.chapterHeadingLevel ??= it.headingLevel;
      this.stack = [clause];
      this.clauses.push(clause);
      if (cand.level === 1 && !cand.annex) this.seen.add(element);
    } else {
      while (this.stack.length && this.current!.level >= cand.level) this.stack.pop();
      const parent = this.current;
      if (parent) parent.children.push(clause);
      else this.clauses.push(clause);
      this.stack.push(clause);
    }
    this.record(cand, it);
    if (cand.rest) {
      this.append({ kind: 'text', text: cand.rest, role: roleOf(cand.rest, false), loc: locOf(it.pos, clause.number) });
    }
  }

  private record(cand: Candidate, it: ParaItem): void {
    if (cand.annex) {
      this.annexLetter = cand.annex.letter;
      return;
    }
    if (!cand.number) return;
    const parts = cand.number.split('.');
    if (parts.length === 1) {
      this.chapter = Number(parts[0]);
      this.numberedChapters++;
      this.chapterHeadingLevel ??= it.headingLevel;
    }
    for (let d = 1; d < parts.length; d++) this.lastChild.set(parts.slice(0, d).join('.'), Number(parts[d]));
  }

  /** Decides whether a paragraph is a heading (or untitled clause) and what it is. */
  private heading(it: ParaItem, items: Item[], i: number): Candidate | null {
    const strongLevel = it.headingLevel ?? styleLevel(it.style);
    const strong = strongLevel !== null;
    const next = items[i + 1]?.kind === 'para' ? (items[i + 1] as ParaItem) : null;

    // Word numbering labels.
    if (it.numLabel) {
      const letter = annexLetterOfLabel(it.numLabel);
      if (letter) {
        const annex = annexFromRest(letter, it.text) ?? { letter, labelRaw: null, label: null, title: it.text.trim() || null };
        return { ...this.annexCandidate(annex, next, items, i), numberSource: 'auto' };
      }
      const num = clauseNumberOfLabel(it.numLabel, strong);
      // A plain "1" label on an ordinary sentence is a numbered list, not a chapter.
      if (!num || (!strong && !num.includes('.') && chapterTitleOf(it.text) === null)) return null;
      return this.numbered(num, it.text, 'auto', true);
    }

    const annex = parseAnnexHeading(it.orig);
    if (annex && (annex.labelRaw || annex.title || strong || it.pageBreakBefore || (next && parseAnnexLabel(next.text))
      || annexClausesFollow(annex.letter, items, i))) {
      return this.annexCandidate(annex, next, items, i);
    }

    // A label line alone ("（规范性）") opens an annex whose "附录X" line was Word numbering lost in .doc/PDF.
    const orphanLabel = parseAnnexLabel(it.text);
    if (orphanLabel && !orphanLabel.after && this.stack.length > 0) {
      const letter = this.annexLetter && /^[A-Y]$/.test(this.annexLetter) ? String.fromCharCode(this.annexLetter.charCodeAt(0) + 1) : 'A';
      const cand = this.annexCandidate({ letter, labelRaw: orphanLabel.labelRaw, label: orphanLabel.label, title: null }, next, items, i);
      return { ...cand, number: null, numberSource: 'none' };
    }

    const numbered = parseNumberedLine(it.orig);
    if (numbered) {
      const cand = this.numbered(numbered.number, this.pdf ? parseNumberedLine(it.text)?.rest ?? numbered.rest : numbered.rest, 'text', strong);
      return cand && !strong && this.contradictedLater(cand, items, i) ? null : cand;
    }

    const bare = parseBareNumber(it.orig);
    const bareTitle = bare && next && !parseNumberedLine(next.orig) ? (this.inTerms ? termTitleOf : titleOf)(next.text) : null;
    if (bare && bareTitle) {
      const cand = this.numbered(bare, next!.text, 'text', strong, bareTitle);
      if (cand) cand.consumed = 1;
      return cand;
    }

    // "4⏎缩略语 Abbreviations": a chapter number alone on its line, when it is the next chapter.
    const bareChapter = it.numLabel === null ? it.orig.trim().match(/^\d{1,2}$/)?.[0] : undefined;
    if (bareChapter && next && next.numLabel === null && !parseNumberedLine(next.orig) && !this.annexLetter) {
      const n = Number(bareChapter);
      const title = chapterTitleOf(next.text);
      if (title && (n === this.chapter + 1 || n === this.clauses.length + 1)) {
        const cand = this.numbered(bareChapter, next.text, 'text', strong, title);
        if (cand) return { ...cand, consumed: 1 };
      }
    }

    const c = compact(it.text);
    if (c === '参考文献' || c === '索引') return this.unnumbered(c, 1);
    const known = knownTitleLine(it.text);
    if (known) {
      const kind = elementOfTitle(known);
      const cur = this.stack[0]?.element ?? null;
      if ((strong || this.numberedChapters === 0) && !this.seen.has(kind) && !(cur && sameFamily(cur, kind))) {
        return this.unnumbered(known, 1);
      }
      // An element with a fixed place (2 规范性引用文件, 3 术语和定义) whose number was lost, right after the chapter before.
      const place = FIXED_PLACE.get(kind);
      if (place !== undefined && place === this.chapter + 1 && !this.seen.has(kind) && !this.annexLetter) {
        this.chapter = place;
        return this.unnumbered(known, 1);
      }
    }
    // A second preferred term of an entry ("## 服务中介 service broker" after "## 服务代理 service agent").
    if (strong && this.inTermEntry && !isKnownChapterTitle(it.text)) return null;
    if (strong && titleOf(it.text)) {
      const offset = this.chapterHeadingLevel ?? strongLevel;
      const level = Math.max(1, strongLevel - offset + 1);
      if (level > 1 && !this.current) return null;
      return this.unnumbered(it.text, level);
    }
    return null;
  }

  private unnumbered(title: string, level: number): Candidate {
    return { number: null, numberSource: 'none', title: title.trim(), rest: null, level, annex: null, consumed: 0 };
  }

  private annexCandidate(annex: AnnexLine, next: ParaItem | null, items: Item[], i: number): Candidate {
    let consumed = 0;
    let a = annex;
    let following = next;
    if (!a.labelRaw && following) {
      const label = parseAnnexLabel(following.text);
      if (label) {
        a = { ...a, labelRaw: label.labelRaw, label: label.label, title: a.title ?? (label.after || null) };
        consumed++;
        following = items[i + 1 + consumed]?.kind === 'para' ? (items[i + 1 + consumed] as ParaItem) : null;
      }
    }
    // The title line is at chapter level, or at the annex heading's own level ("## 附录 A" / "## 标题" in Markdown).
    const own = items[i]?.kind === 'para' ? styleLevel((items[i] as ParaItem).style) : null;
    const titleLevel = following ? (styleLevel(following.style) ?? 1) : null;
    const followingIsTitle = following && following.numLabel === null && titleOf(following.text) !== null &&
      !parseNumberedLine(following.orig) && !parseCaption(following.text) && (titleLevel === 1 || titleLevel === own);
    if (!a.title && following && followingIsTitle) {
      a = { ...a, title: following.text.trim() };
      consumed++;
    }
    return { number: a.letter, numberSource: 'text', title: a.title, rest: null, level: 1, annex: a, consumed };
  }

  private numbered(
    number: string, rest: string, source: Clause['numberSource'], strong: boolean, givenTitle: string | null = null,
  ): Candidate | null {
    const title = givenTitle ?? (number.includes('.') ? titleOf(rest) : chapterTitleOf(rest));
    const parts = number.split('.');
    const level = parts.length;
    if (!this.plausible(parts, title, strong || source === 'auto')) return null;
    return {
      number, numberSource: source, title, rest: title === null && rest.trim() ? rest.trim() : null, level,
      annex: null, consumed: 0,
    };
  }

  /**
   * A typed chapter number that a later line contradicts: before any "n.x" clause confirms chapter n, a clause of the
   * current chapter ("4.2") or a chapter between ("5") follows. Table rows whose first cell is a sequence number
   * ("7 驱动电机控制器温度 …") look like chapters; the sequence after them shows they are not.
   */
  private contradictedLater(cand: Candidate, items: Item[], i: number): boolean {
    if (cand.level !== 1 || cand.annex || !cand.number || this.clauses.length === 0) return false;
    if (cand.title !== null && isKnownChapterTitle(cand.title)) return false;
    const n = Number(cand.number);
    for (let j = i + 1; j < Math.min(items.length, i + 400); j++) {
      const it = items[j]!;
      if (it.kind !== 'para') continue;
      if (parseAnnexHeading(it.orig)) return false;
      const line = parseNumberedLine(it.orig);
      const number = line?.number ?? parseBareNumber(it.orig);
      if (!number || /^[A-Z]/.test(number)) continue;
      const parts = number.split('.').map(Number);
      if (parts[0] === n && parts.length > 1) return false;
      if (parts.length > 1 && parts[0] === this.chapter) return true;
      if (parts.length === 1 && parts[0]! > this.chapter && parts[0]! < n && line && chapterTitleOf(line.rest)) return true;
    }
    return false;
  }

  private plausible(parts: string[], title: string | null, strong: boolean): boolean {
    if (strong) return true;
    const titled = title !== null;
    if (parts.length === 1) {
      if (!titled) return false;
      // A known element title is strong evidence: it survives gaps, duplicates and a chapter after the annexes.
      if (isKnownChapterTitle(title)) return true;
      const n = Number(parts[0]);
      if (this.annexLetter) return false;
      // The body starts at its first chapter, whatever its number (a document may lack chapters 1–3).
      if (this.clauses.length === 0) return true;
      return n > this.chapter && n <= this.chapter + 3;
    }
    const head = parts[0]!;
    if (/^[A-Z]$/.test(head)) {
      if (head !== this.annexLetter) return false;
    } else if (this.annexLetter) {
      return false;
    } else if (Number(head) !== this.chapter) {
      // "6.1 组批" right after chapter 5's clauses: chapter 6's heading is missing. Kept (under chapter 5) so that
      // the numbering rule can report it; later "6.x" clauses follow the usual sequence checks.
      const orphanStart = titled && parts.length === 2 && Number(parts[1]) <= 3;
      if (Number(head) !== this.chapter + 1 || !(orphanStart || this.lastChild.has(head))) return false;
    }
    for (let d = 1; d < parts.length; d++) {
      const comp = Number(parts[d]);
      const prev = this.lastChild.get(parts.slice(0, d).join('.'));
      const last = d === parts.length - 1;
      if (prev === undefined) {
        if (comp < 1 || comp > 3) return false;
      } else if (last) {
        if (comp === prev ? !titled : comp < prev || comp > prev + 3) return false;
      } else if (comp < prev || comp > prev + 3) {
        return false;
      }
    }
    return true;
  }
}

interface PendingCaption {
  caption: Caption;
  unit: string | null;
  /** Items after the caption that belong to it (a unit note line). */
  consumed: number;
}

/** A caption at items[i] (optionally with a "单位为…" line before or after it) directly followed by a table. */
function captionBefore(items: Item[], i: number): PendingCaption | null {
  const text = (j: number) => (items[j]?.kind === 'para' ? (items[j] as ParaItem).text : null);
  const isTable = (j: number) => items[j]?.kind === 'table';
  const here = text(i)!;
  const cap = parseCaption(here);
  if (cap && isTable(i + 1)) return { caption: cap, unit: null, consumed: 0 };
  if (cap && isUnitNote(text(i + 1) ?? '') && isTable(i + 2)) return { caption: cap, unit: text(i + 1), consumed: 1 };
  const capNext = isUnitNote(here) ? parseCaption(text(i + 1) ?? '') : null;
  if (capNext && isTable(i + 2)) return { caption: capNext, unit: here, consumed: 1 };
  return null;
}

function roleOf(text: string, list: boolean): TextBlock['role'] {
  if (isNote(text)) return 'note';
  if (isExample(text)) return 'example';
  if (list || isListItem(text)) return 'list-item';
  return 'text';
}

export function buildBody(items: Item[], pdf: boolean): BodyResult {
  const b = new BodyBuilder(pdf);
  b.run(items);
  return { clauses: b.clauses, tables: b.tables, loose: b.loose };
}

/**
 * How well a paragraph opens the body: 'scope' for "1 范围" / "范围", 'first' for another titled chapter 1,
 * 'chapter' for any other titled chapter-level number, or null.
 */
export function bodyStartKind(it: ParaItem): 'scope' | 'first' | 'chapter' | null {
  let number: string | null = null;
  let title: string | null = null;
  if (it.numLabel) {
    number = clauseNumberOfLabel(it.numLabel, hasHeadingStyle(it));
    title = chapterTitleOf(it.text);
  } else {
    const n = parseNumberedLine(it.orig);
    if (n) {
      number = n.number;
      title = chapterTitleOf(n.rest);
    } else if (compact(it.text) === '范围') {
      return 'scope';
    }
  }
  if (title === null || number === null || number.includes('.')) return null;
  if (number !== '1') return 'chapter';
  return elementOfTitle(title) === 'scope' ? 'scope' : 'first';
}

/** "附录A" alone on a line of plain text with no label, followed within a few lines by its first clause "A.1": an
 *  unlabelled annex heading (the label is what annex/label reports missing), not a sentence about an annex. */
function annexClausesFollow(letter: string, items: readonly Item[], i: number): boolean {
  for (const it of items.slice(i + 1, i + 4)) {
    if (it.kind !== 'para') return false;
    if (new RegExp(`^${letter}[.．]1(?![.．\\d])`).test(it.orig.trim())) return true;
  }
  return false;
}
