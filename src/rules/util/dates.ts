// Calendar helpers for cover dates ("YYYY-MM-DD").

export interface Ymd { y: number; m: number; d: number }

/** Parses an ISO date and checks that it exists on the calendar (2024-02-30 does not). */
export function parseIsoDate(s: string | null | undefined): Ymd | null {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec((s ?? '').trim());
  if (!m) return null;
  const y = Number(m[1]), mo = Number(m[2]), d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1) return null;
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  return d <= days ? { y, m: mo, d } : null;
}

export function compareYmd(a: Ymd, b: Ymd): number {
  return a.y - b.y || a.m - b.m || a.d - b.d;
}

export function formatYmd(a: Ymd): string {
  return `${a.y}-${String(a.m).padStart(2, '0')}-${String(a.d).padStart(2, '0')}`;
}

/** Same day n years later (29 Feb falls back to 28 Feb). */
export function addYears(a: Ymd, n: number): Ymd {
  const days = new Date(Date.UTC(a.y + n, a.m, 0)).getUTCDate();
  return { y: a.y + n, m: a.m, d: Math.min(a.d, days) };
}
