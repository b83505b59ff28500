// Status of dated references at an audit date, from the bundled registry (no document pipeline involved).
import { describe, expect, it } from 'vitest';
import { loadRegistry } from '../src/registry/load.ts';
import { assessEdition, currentEdition } from '../src/rules/util/refs-status.ts';
import { covers } from '../src/rules/util/refs-match.ts';

const reg = loadRegistry();
const at = (key: string, year: string, date = '2026-11-23') => assessEdition(reg, key, year, date);

describe('assessEdition', () => {
  it('replaced on or before the audit date, with the edition in force today', () => {
    expect(at('GB 2760', '2014')).toMatchObject({ kind: 'replaced', by: 'GB 2760-2024', current: 'GB 2760-2024', date: '2025-02-08' });
    // 2017 → 2022 (2023-06-30) → 2025 (2026-09-02, ◐): the chain is followed up to the audit date
    expect(at('GB 2762', '2017')).toMatchObject({ kind: 'replaced', by: 'GB 2762-2022', current: 'GB 2762-2025' });
    expect(at('GB 2762', '2017', '2026-01-01')).toMatchObject({ kind: 'replaced', current: 'GB 2762-2022' });
    expect(at('GB/T 1.1', '2000')).toMatchObject({ kind: 'replaced', current: 'GB/T 1.1-2020' });
  });

  it('replacement published but not yet in force: upcoming; the new edition itself: not yet in force', () => {
    expect(at('GB/T 3920', '2008')).toMatchObject({ kind: 'upcoming', by: 'GB/T 3920-2024', date: '2027-01-01' });
    expect(at('GB/T 3920', '2024')).toMatchObject({ kind: 'not-yet-in-force', date: '2027-01-01' });
    expect(at('GB/T 3920', '2024', '2027-01-01')).toBeNull();
    expect(at('GB/T 3920', '2008', '2027-01-01')).toMatchObject({ kind: 'replaced' });
  });

  it('converted, wrong prefix, current and unknown editions', () => {
    expect(at('GB 5296.4', '2012')).toMatchObject({ kind: 'converted', by: 'GB/T 5296.4-2012' });
    expect(at('GB 8372', '2017')).toMatchObject({ kind: 'wrong-prefix', entry: { id: 'GB/T 8372-2017' } });
    expect(at('GB/T 18401', '2010')).toMatchObject({ kind: 'wrong-prefix', entry: { id: 'GB 18401-2010' } });
    expect(at('GB/T 2912.1', '2009')).toBeNull();
    expect(at('GB/T 99999', '2001')).toBeNull();
  });

  it('currentEdition stops at an edition that is not in the registry', () => {
    expect(currentEdition(reg, reg.lookup('GB 6675', '2003')!, '2026-11-23')).toBe('GB 6675.1~4-2014');
  });
});

describe('covers (list entry ↔ citation by code + number)', () => {
  const ref = (key: string, allParts = false) => ({ key, code: '', number: '', allParts });
  it('matches regardless of spacing and year; all-parts entries cover their parts', () => {
    expect(covers(ref('GB/T 2912.1'), ref('GB/T2912.1'))).toBe(true);
    expect(covers(ref('GB 6675', true), ref('GB 6675.4'))).toBe(true);
    expect(covers(ref('GB 6675.4'), ref('GB 6675', true))).toBe(true);
    expect(covers(ref('GB/T 2912'), ref('GB/T 2912.1'))).toBe(false);
    expect(covers(ref('GB/T 191'), ref('GB/T 1910'))).toBe(false);
  });
});
