// Chapter 2 (规范性引用文件): lead-in paragraphs, then one entry per document (standards and, wrongly, laws).
import type { Block, Clause, Loc, ReferenceEntry, StandardDocument, TextBlock } from './types.ts';
import { parseLeadingNumber } from './std-number.ts';
import { compact } from './text.ts';

/** Markers drafters put before entries: "1.", "[1]", "（1）", "a)", "——", "·". */
const MARKER = /^(\[\d{1,3}\]|［\d{1,3}］|[（(]\d{1,3}[)）]|\d{1,3}[.、．)）](?!\d)|[a-z][)）.]|——|—|·|•|●|▪|-|\*)[\s\u3000]*/;
const TRAILING = /(?<![；;。，,.、])[；;。，,.、]+$/;
/** 《…》 titles, or short titles of laws and regulations ("中华人民共和国产品质量法", "食品生产许可管理办法"). */
const LAW = /^《[^》]+》|^(?!本|下列|凡)[^，,。；：:《》]{2,30}(法|条例|办法|规定|细则)(（[^）]*）)?$/;

function splitMarker(text: string): { marker: string | null; body: string } {
  const m = text.match(MARKER);
  // "GB/T …" never starts with a marker; a leading "-" is only a marker when something follows.
  if (!m || !text.slice(m[0].length).trim()) return { marker: null, body: text };
  return { marker: m[1]!, body: text.slice(m[0].length) };
}

function entryOf(block: TextBlock): ReferenceEntry | null {
  const raw = block.text.trim();
  const { marker, body } = splitMarker(raw);
  const trailingMatch = body.match(TRAILING);
  const trailing = trailingMatch ? trailingMatch[0] : null;
  const core = trailing ? body.slice(0, -trailing.length) : body;
  const num = parseLeadingNumber(core);
  if (num) {
    const title = core.slice(core.indexOf(num.text) + num.text.length).replace(/^[\s\u3000]+/, '').trim();
    return { raw, ...num.ref, title: title || null, kind: 'standard', marker, trailing, loc: block.loc };
  }
  if (LAW.test(compact(core))) {
    const title = core.trim();
    return {
      raw, code: '', number: '', year: null, yearSep: null, allParts: false, title, key: compact(title).replace(/[《》]/g, ''),
      kind: 'law', marker, trailing, loc: block.loc,
    };
  }
  return null;
}

/**
 * A list laid out in columns (a borderless Word table, or a text export whose "code  title" gaps were read as a
 * table) is still a list: each row that starts with a document number is one entry.
 */
function rowsAsText(block: Block): TextBlock[] {
  if (block.kind === 'text') return [block];
  const rows = [...block.header.map((r) => ({ r, loc: block.loc })), ...block.rows.map((r, i) => ({ r, loc: block.rowLocs[i] ?? block.loc }))];
  return rows
    .map(({ r, loc }) => ({ text: r.map((c) => c.trim()).filter(Boolean).join('\u3000'), loc }))
    .filter(({ text }) => parseLeadingNumber(text))
    .map(({ text, loc }) => ({ kind: 'text', text, role: 'text', loc }));
}

export function parseReferences(clause: Clause, wrapped: boolean): NonNullable<StandardDocument['references']> {
  const leadIn: string[] = [];
  let leadInLoc: Loc | null = null;
  const entries: ReferenceEntry[] = [];
  const texts = [clause, ...clause.children].flatMap((c) => c.blocks).flatMap(rowsAsText);
  for (const block of texts) {
    const entry = entryOf(block);
    if (entry) {
      entries.push(entry);
      continue;
    }
    const last = entries[entries.length - 1];
    if (last && block.role !== 'text' && block.role !== 'list-item') continue; // a note under the list
    if (!last) {
      leadIn.push(block.text);
      leadInLoc ??= block.loc;
      continue;
    }
    if (wrapped && !last.trailing && block.role === 'text' && !/[。]$/.test(block.text)) {
      // A wrapped entry title (PDF/txt line that the joiner could not attach): continue the previous entry.
      last.raw += block.text.trim();
      last.title = (last.title ?? '') + block.text.trim();
      continue;
    }
    entries.push({
      raw: block.text, code: '', number: '', year: null, yearSep: null, allParts: false, title: block.text.trim(),
      key: compact(block.text), kind: 'other', marker: null, trailing: null, loc: block.loc,
    });
  }
  return { clause, leadIn: leadIn.length ? leadIn.join('') : null, leadInLoc, entries };
}
