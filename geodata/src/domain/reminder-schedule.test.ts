import { describe, expect, it } from 'vitest';
import { REMINDER_JOBS, dueSlot, latestSlot } from './reminder-schedule.ts';

const at = (iso: string) => Date.parse(iso);
const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

// 2026-11-20 is a Friday, 2026-11-23 the Monday after it (checked against a printed calendar).
describe('latestSlot', () => {
  it('is the time itself when now is exactly on it, else the one before', () => {
    const friday = REMINDER_JOBS.goToGrid.at;
    // 15:00 in Shanghai is 07:00 UTC
    expect(iso(latestSlot(friday, at('2026-11-20T15:00:00+08:00')))).toBe('2026-11-20T07:00:00.000Z');
    expect(iso(latestSlot(friday, at('2026-11-20T14:59:59+08:00')))).toBe('2026-11-13T07:00:00.000Z');
    expect(iso(latestSlot(friday, at('2026-11-25T10:00:00+08:00')))).toBe('2026-11-20T07:00:00.000Z');
  });

  it('reads the day in Shanghai, not in UTC', () => {
    // Sunday 23:30 UTC is Monday 07:30 in Shanghai: before Monday 09:00, so the Monday a week earlier
    expect(iso(latestSlot(REMINDER_JOBS.reportDue.at, at('2026-11-22T23:30:00Z')))).toBe('2026-11-16T01:00:00.000Z');
    // Monday 01:00 UTC is Monday 09:00 in Shanghai
    expect(iso(latestSlot(REMINDER_JOBS.reportDue.at, at('2026-11-23T01:00:00Z')))).toBe('2026-11-23T01:00:00.000Z');
  });

  it('runs a daily job on every day', () => {
    expect(iso(latestSlot(REMINDER_JOBS.overdueProblems.at, at('2026-11-25T07:59:00+08:00')))).toBe('2026-11-24T00:00:00.000Z');
    expect(iso(latestSlot(REMINDER_JOBS.overdueProblems.at, at('2026-11-25T08:00:00+08:00')))).toBe('2026-11-25T00:00:00.000Z');
  });

  it('refuses a time on no day', () => {
    expect(() => latestSlot({ days: [], hour: 1, minute: 0 }, 0)).toThrow(/at least one day/);
  });
});

describe('dueSlot', () => {
  it('catches up a missed slot within its window only', () => {
    // Friday 15:00 + 9 h = Saturday 00:00
    expect(iso(dueSlot(REMINDER_JOBS.goToGrid, at('2026-11-20T23:59:00+08:00')))).toBe('2026-11-20T07:00:00.000Z');
    expect(dueSlot(REMINDER_JOBS.goToGrid, at('2026-11-21T00:00:01+08:00'))).toBeNull();
    // Monday 09:00 + 3 h = the 12:00 deadline
    expect(iso(dueSlot(REMINDER_JOBS.reportDue, at('2026-11-23T12:00:00+08:00')))).toBe('2026-11-23T01:00:00.000Z');
    expect(dueSlot(REMINDER_JOBS.reportDue, at('2026-11-23T12:00:01+08:00'))).toBeNull();
  });
});
