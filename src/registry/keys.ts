// Normalised spellings of standard numbers, shared by the registry and the reference rules.
// Key = code + one space + number ("GB/T 2912.1"); id = key + ASCII hyphen + year ("GB/T 2912.1-2009").

const FULLWIDTH = /[\uFF01-\uFF5E]/g;

/** Folds full-width ASCII look-alikes (／．Ｔ１) and all whitespace variants; keeps CJK untouched. */
function foldAscii(s: string): string {
  return s.replace(FULLWIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/[\s\u3000]+/g, ' ').trim();
}

/** "GB/T2912.1", "gb/t  2912.1", "ＧＢ／Ｔ 2912.1" → "GB/T 2912.1"; "DB50/ 105" → "DB50/105". */
export function normaliseKey(raw: string): string {
  const s = foldAscii(raw).toUpperCase().replace(/\s*\/\s*/g, '/');
  const m = /^([A-Z]+(?:\/[A-Z]+)?)\s*(\d.*)$/.exec(s);
  if (m && !/^DBS?\d/.test(s)) return `${m[1]} ${m[2]!.replace(/\s+/g, '')}`;
  return s.replace(/\s+/g, '');
}

/** compactKey results: the reference rules key the same few numbers for every (entry, citation) pair of a document. */
const compactKeys = new Map<string, string>();
/** Bound on the memo, so that a long batch cannot grow it without limit. */
const COMPACT_KEYS_MAX = 20_000;

/** Whitespace-free form used for matching ("GB/T2912.1"): tolerant of the spacing the builder or author chose. */
export function compactKey(raw: string): string {
  let key = compactKeys.get(raw);
  if (key === undefined) {
    key = normaliseKey(raw).replace(/\s+/g, '');
    if (compactKeys.size >= COMPACT_KEYS_MAX) compactKeys.clear();
    compactKeys.set(raw, key);
  }
  return key;
}

/** "GB 2760-2014" → "GB 2760—2014" for messages (the well-formed em-dash spelling). */
export function displayId(id: string): string {
  return id.replace(/-(\d{4})$/, '—$1');
}

export function displayRef(key: string, year: string | null): string {
  return year ? `${key}—${year}` : key;
}
