import { describe, expect, it } from 'vitest';
import { decodeRosterPeriod, rosterFlags } from './roster.ts';

describe('roster periods', () => {
  it('takes real dates, with an open or later end', () => {
    expect(decodeRosterPeriod('2026-11-25', undefined)).toEqual({ ok: true, value: { from: '2026-11-25', to: null } });
    expect(decodeRosterPeriod('2026-11-25', '2026-11-26')).toEqual({ ok: true, value: { from: '2026-11-25', to: '2026-11-26' } });
  });

  it('refuses a missing or unreal start, and a period ending before (or as) it starts', () => {
    expect(decodeRosterPeriod(undefined, null)).toMatchObject({ ok: false, code: 'bad_field', field: 'from' });
    expect(decodeRosterPeriod('2026-11-31', null)).toMatchObject({ ok: false, code: 'bad_field', message: 'from "2026-11-31" is not a date (YYYY-MM-DD)' });
    expect(decodeRosterPeriod('2026-11-25', '2026-11-25')).toMatchObject({ ok: false, code: 'bad_period', field: 'to' });
    expect(decodeRosterPeriod('2026-11-25', '2026-10-01')).toMatchObject({ ok: false, code: 'bad_period', message: expect.stringContaining('to 2026-10-01') });
  });

  it('flags a grid without a manager or with fewer than two supervisors', () => {
    expect(rosterFlags({ name: 'a' }, [1, 2])).toEqual([]);
    expect(rosterFlags(null, [1])).toEqual(['no_manager', 'too_few_supervisors']);
  });
});
