import { describe, expect, it } from 'vitest';
import { weekDueAt } from '@wangge/geodata';
import { countdown, durationMessage } from './countdown.ts';

const due = weekDueAt('2026-11-20'); // Monday 2026-11-23 12:00 in Shanghai
const at = (iso: string) => Date.parse(iso);

describe('countdown', () => {
  it('counts days and hours while more than a day is left', () => {
    expect(countdown(at('2026-11-20T16:00:00+08:00'), due)).toEqual({ overdue: false, span: { key: 'time.daysHours', params: { days: 2, hours: 20 } } });
  });

  it('counts hours and minutes on the last day, and minutes in the last hour', () => {
    expect(countdown(at('2026-11-23T10:00:00+08:00'), due).span).toEqual({ key: 'time.hoursMinutes', params: { hours: 2, minutes: 0 } });
    expect(countdown(at('2026-11-23T11:15:30+08:00'), due).span).toEqual({ key: 'time.minutes', params: { minutes: 44 } });
  });

  it('never shows zero time left before the deadline, and the due instant is still on time', () => {
    expect(countdown(at('2026-11-23T11:59:45+08:00'), due)).toEqual({ overdue: false, span: { key: 'time.minutes', params: { minutes: 1 } } });
    expect(countdown(due, due).overdue).toBe(false);
  });

  it('turns overdue one moment after the deadline and counts the time since', () => {
    expect(countdown(due + 1, due)).toEqual({ overdue: true, span: { key: 'time.minutes', params: { minutes: 0 } } });
    expect(countdown(at('2026-11-25T10:00:00+08:00'), due)).toEqual({ overdue: true, span: { key: 'time.daysHours', params: { days: 1, hours: 22 } } });
  });
});

describe('durationMessage', () => {
  it('drops seconds and never goes negative', () => {
    expect(durationMessage(59_999)).toEqual({ key: 'time.minutes', params: { minutes: 0 } });
    expect(durationMessage(-5)).toEqual({ key: 'time.minutes', params: { minutes: 0 } });
    expect(durationMessage(25 * 3_600_000)).toEqual({ key: 'time.daysHours', params: { days: 1, hours: 1 } });
  });
});
