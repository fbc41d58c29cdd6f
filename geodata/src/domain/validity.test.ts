import { describe, expect, it } from 'vitest';
import { EFFECTIVE, effectiveWeek, inForceIn, weekClosesAt } from './validity.ts';

const at = (iso: string) => Date.parse(iso);

describe('periods of validity', () => {
  it('are in force from their first week up to, not including, their last', () => {
    const p = { validFrom: '2026-11-13', validTo: '2026-11-27' };
    expect(['2026-11-06', '2026-11-13', '2026-11-20', '2026-11-27'].map((w) => inForceIn(p, w))).toEqual([false, true, true, false]);
    expect(inForceIn({ validFrom: null, validTo: null }, '2000-01-07')).toBe(true);
    expect(inForceIn({ validFrom: '2026-11-20', validTo: '2026-11-20' }, '2026-11-20')).toBe(false);
  });

  it('start a change made on Monday morning next Friday, or in the running week when asked', () => {
    // Monday 2026-11-23 10:30: the running week is Friday 2026-11-20's, due at 12:00 today
    const monday = at('2026-11-23T10:30:00+08:00');
    expect(effectiveWeek(monday)).toBe('2026-11-27');
    expect(effectiveWeek(monday, EFFECTIVE.thisWeek)).toBe('2026-11-20');
    // Friday 15:59 still belongs to the week before; 16:00 opens the new one
    expect(effectiveWeek(at('2026-11-27T15:59:00+08:00'))).toBe('2026-11-27');
    expect(effectiveWeek(at('2026-11-27T16:00:00+08:00'))).toBe('2026-12-04');
  });

  it('close a week 72 h after its Monday 12:00 deadline unless told otherwise', () => {
    expect(new Date(weekClosesAt('2026-11-20')).toISOString()).toBe('2026-11-26T04:00:00.000Z');
    expect(new Date(weekClosesAt('2026-11-20', 0)).toISOString()).toBe('2026-11-23T04:00:00.000Z');
  });
});
