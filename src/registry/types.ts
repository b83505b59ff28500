// Standards status registry: which editions are current, replaced, withdrawn or not yet in force.
// Data lives in checks/registry/*.yaml; every entry carries its source and confidence.

export type Confidence = 'confirmed' | 'likely';

export interface StatusEntry {
  /** Edition as usually cited, normalised with an ASCII hyphen: "GB 2760-2014". */
  id: string;
  /** code + number without year: "GB 2760". */
  key: string;
  /** Four-digit year of this edition. */
  year: string;
  title: string;
  /** current: in force; replaced: superseded by replacedBy; withdrawn: abolished with no successor;
   *  converted: mandatory turned recommended (e.g. GB 5296.4 → GB/T 5296.4). */
  status: 'current' | 'replaced' | 'withdrawn' | 'converted';
  /** Successor edition ("GB 2760-2024"), when replaced. */
  replacedBy: string | null;
  /** Date the successor was published / comes into force (ISO), when known. */
  replacementIssued: string | null;
  replacementEffective: string | null;
  /** ✅ = confirmed (may raise errors); ◐ = likely (warnings with a verify caveat). ❓ entries are not shipped. */
  confidence: Confidence;
  source: string;
  note?: string;
}

export interface StatusRegistry {
  entries: readonly StatusEntry[];
  /** Look up an edition by key ("GB/T 2912.1") and year ("2009"). */
  lookup(key: string, year: string): StatusEntry | undefined;
  /** All known editions of a key, newest first. */
  editions(key: string): StatusEntry[];
}
