// Lenient parsing of a written standard number ("Q/ABC 001—2023", "GB/T 1.1—2020") into its parts, for the rules
// that judge how a number is written: unlike the model's finder it also splits what is not a valid number
// ("CQMY 001—2024", "Q/重庆美衣 001"). Connectors and the sequence grammar come from the model, so both agree.
import type { CoverField } from '../../model/types.ts';
import { CJK_ONE_DASH, SEQUENCE_LETTERS, YEAR_DASH_CHARS, findStandardNumbers, foldFullWidthAlnum, formatRef } from '../../model/std-number.ts';

export interface ParsedStandardNumber {
  /** "Q/ABC", "Q/370783 SDJ", "GB/T" as written (whitespace-trimmed, full-width letters and digits folded). */
  code: string;
  /** Whitespace between code and sequence number as written ('' when missing). */
  space: string;
  /** "001", "4052.2", "0004S" (food safety), "J003" (classified sequence). */
  seq: string;
  /** Connector between sequence and year as written ("—", "-", "一", " "), or null when there is no year. */
  dash: string | null;
  year: string | null;
}

// Classification letters open a sequence only after whitespace ("Q/ZJHL J003"): glued letters belong to the code
// ("Q/ABC001"). A code glued to the sequence ends in a non-digit (the lookbehind), as in the model.
const SEQ = `(?:(?<=\\s)${SEQUENCE_LETTERS})?\\d+(?:\\.\\d+)*S?`;
// "~"/"～" are range marks typed for the dash in some covers; the model does not take them as year connectors.
const DASH = `\\s*(?:[${YEAR_DASH_CHARS}~～]{1,2}|${CJK_ONE_DASH})\\s*`;
const NUMBER = new RegExp(`^(?<code>.+?)(?<space>\\s*)(?<=\\D)(?<seq>${SEQ})(?:(?<dash>${DASH}|\\s+)(?<year>\\d+))?\\s*$`, 'u');

export function parseStandardNumber(raw: string): ParsedStandardNumber | null {
  const s = foldFullWidthAlnum(raw).replace(/[\u3000\u00a0]/g, ' ').trim();
  const m = NUMBER.exec(s);
  if (!m?.groups) return null;
  const g = m.groups;
  return {
    code: g.code!.trim(),
    space: g.space ?? '',
    seq: g.seq!,
    dash: g.dash === undefined ? null : (g.dash.trim() || ' '),
    year: g.year ?? null,
  };
}

/**
 * The number of a cover field as written. The cover number's value is its written text; a 代替 entry's value is
 * the normalised number, and its raw is the whole line (which may hold the document's own number and several
 * replaced ones), so the written form is the number on that line that normalises to the value.
 */
export function writtenNumber(field: CoverField): string {
  const onLine = findStandardNumbers(field.raw);
  const same = onLine.find((m) => m.text.trim() === field.value) ?? onLine.find((m) => formatRef(m.ref) === field.value);
  return same ? same.text.trim() : field.value;
}
