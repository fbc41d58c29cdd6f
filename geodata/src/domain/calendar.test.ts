import { describe, expect, it } from 'vitest';
import { checkWeek, currentWeek, reportStatus, weekDueAt, weekOpensAt, weeksEnding } from './calendar.ts';

const at = (iso: string) => Date.parse(iso);

describe('calendar', () => {
  it('opens Friday 16:00 and is due Monday 12:00 Asia/Shanghai', () => {
    expect(new Date(weekOpensAt('2026-11-20')).toISOString()).toBe('2026-11-20T08:00:00.000Z');
    expect(new Date(weekDueAt('2026-11-20')).toISOString()).toBe('2026-11-23T04:00:00.000Z');
  });

  it('rejects weeks that are not Fridays or not dates', () => {
    expect(checkWeek('2026-11-20')).toEqual({ ok: true, week: '2026-11-20' });
    expect(checkWeek('2026-11-19')).toMatchObject({ ok: false, message: expect.stringContaining('Thursday') });
    expect(checkWeek('2026-02-30')).toMatchObject({ ok: false, message: expect.stringContaining('not a real') });
    expect(checkWeek('20261120')).toMatchObject({ ok: false });
    expect(checkWeek(undefined)).toMatchObject({ ok: false, message: expect.stringContaining('required') });
  });

  it('picks the week whose Friday 16:00 most recently passed', () => {
    expect(currentWeek(at('2026-11-20T15:59:59+08:00'))).toBe('2026-11-13');
    expect(currentWeek(at('2026-11-20T16:00:00+08:00'))).toBe('2026-11-20');
    expect(currentWeek(at('2026-11-25T20:00:00Z'))).toBe('2026-11-20');
    // Thursday 23:30 UTC is already Friday 07:30 in Shanghai, still before 16:00
    expect(currentWeek(at('2026-11-26T23:30:00Z'))).toBe('2026-11-20');
  });

  it('lists weeks oldest first', () => {
    expect(weeksEnding('2026-11-20', 3)).toEqual(['2026-11-06', '2026-11-13', '2026-11-20']);
  });

  it('applies the deadline to the second', () => {
    const week = '2026-11-20';
    const base = { week, exempt: false, now: at('2026-11-25T00:00:00+08:00') };
    expect(reportStatus({ ...base, submittedAt: at('2026-11-23T11:59:59+08:00') })).toBe('on_time');
    expect(reportStatus({ ...base, submittedAt: at('2026-11-23T12:00:00+08:00') })).toBe('on_time');
    expect(reportStatus({ ...base, submittedAt: at('2026-11-23T12:00:01+08:00') })).toBe('late');
    expect(reportStatus({ ...base, submittedAt: null })).toBe('missing');
    expect(reportStatus({ ...base, submittedAt: null, now: at('2026-11-23T11:00:00+08:00') })).toBe('pending');
    expect(reportStatus({ ...base, submittedAt: null, now: at('2026-11-20T15:00:00+08:00') })).toBe('not_due');
    expect(reportStatus({ ...base, submittedAt: null, exempt: true })).toBe('exempt');
  });
});
