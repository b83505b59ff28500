// Status of a dated reference at the audit date, from the standards status registry (rules-b).
import type { StatusEntry, StatusRegistry } from '../../registry/types.ts';

export type EditionFinding =
  | { kind: 'replaced'; entry: StatusEntry; by: string; current: string; date: string | null }
  | { kind: 'upcoming'; entry: StatusEntry; by: string; date: string }
  | { kind: 'withdrawn'; entry: StatusEntry; date: string | null }
  | { kind: 'converted'; entry: StatusEntry; by: string; date: string | null }
  | { kind: 'not-yet-in-force'; entry: StatusEntry; previous: StatusEntry; date: string }
  | { kind: 'wrong-prefix'; entry: StatusEntry };

const MAX_CHAIN = 8;

function splitId(id: string): { key: string; year: string } | null {
  const m = /^(.*)-(\d{4})$/.exec(id);
  return m ? { key: m[1]!, year: m[2]! } : null;
}

/** Follows replacedBy while the replacement is in force at the audit date: the edition to cite today. */
export function currentEdition(reg: StatusRegistry, entry: StatusEntry, auditDate: string): string {
  let e = entry;
  for (let i = 0; i < MAX_CHAIN; i++) {
    if (e.status !== 'replaced' || !e.replacedBy) break;
    if (e.replacementEffective && e.replacementEffective > auditDate) break;
    const next = splitId(e.replacedBy);
    const found = next ? reg.lookup(next.key, next.year) : undefined;
    if (!found) return e.replacedBy;
    e = found;
  }
  return e.id;
}

/** The entry whose replacement is this edition (to learn when this edition came into force). */
function predecessorOf(reg: StatusRegistry, entry: StatusEntry): StatusEntry | undefined {
  return reg.entries.find((e) => e.replacedBy === entry.id && e.replacementEffective !== null);
}

/** "GB 8372" ↔ "GB/T 8372": the same number under the other national prefix. */
function otherPrefix(key: string): string | null {
  if (/^GB\/T /.test(key)) return key.replace(/^GB\/T /, 'GB ');
  if (/^GB /.test(key)) return key.replace(/^GB /, 'GB/T ');
  return null;
}

/** What is wrong with citing edition key—year at auditDate, or null when nothing is known to be wrong. */
export function assessEdition(reg: StatusRegistry, key: string, year: string, auditDate: string): EditionFinding | null {
  const entry = reg.lookup(key, year);
  if (!entry) {
    const alt = otherPrefix(key);
    const altEntry = alt ? reg.lookup(alt, year) : undefined;
    return altEntry ? { kind: 'wrong-prefix', entry: altEntry } : null;
  }
  switch (entry.status) {
    case 'withdrawn':
      return { kind: 'withdrawn', entry, date: entry.replacementEffective };
    case 'converted':
      return { kind: 'converted', entry, by: entry.replacedBy ?? '', date: entry.replacementEffective };
    case 'replaced': {
      const by = entry.replacedBy ?? '';
      const date = entry.replacementEffective;
      if (date && date > auditDate) return { kind: 'upcoming', entry, by, date };
      return { kind: 'replaced', entry, by, current: currentEdition(reg, entry, auditDate), date };
    }
    case 'current': {
      const prev = predecessorOf(reg, entry);
      if (prev?.replacementEffective && prev.replacementEffective > auditDate) {
        return { kind: 'not-yet-in-force', entry, previous: prev, date: prev.replacementEffective };
      }
      return null;
    }
  }
}
