// Parsing of standard numbers ("Q/ABC 001—2023", "GB/T 1.1—2020").

export interface ParsedStandardNumber {
  /** "Q/ABC", "GB/T" as written (whitespace-trimmed). */
  code: string;
  /** Whitespace between code and sequence number as written ('' when missing). */
  space: string;
  seq: string;
  /** Connector between sequence and year as written ("—", "-", " "), or null when there is no year. */
  dash: string | null;
  year: string | null;
}

// The "S" after the sequence marks a food-safety enterprise standard (Q/LSY 0004S—2019).
const NUMBER = /^(?<code>.+?)(?<space>\s*)(?<seq>\d+(?:\.\d+)*S?)(?:(?<dash>\s*[—–\-－―‒−~～]{1,2}\s*|\s+)(?<year>\d+))?\s*$/u;

export function parseStandardNumber(raw: string): ParsedStandardNumber | null {
  const s = raw.replace(/[\u3000\u00a0]/g, ' ').trim();
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
