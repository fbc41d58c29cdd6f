import { describe, expect, it } from 'vitest';
import { countdown, pointsChange } from './countdown.ts';

describe('countdown', () => {
  const due = Date.parse('2026-11-23T12:00:00+08:00');
  it('counts whole hours and minutes down to the deadline, and stops at it', () => {
    expect(countdown(due, Date.parse('2026-11-23T09:14:30+08:00'))).toEqual({ hours: 2, minutes: 45 });
    expect(countdown(due, due - 59_999)).toEqual({ hours: 0, minutes: 0 });
    expect(countdown(due, due)).toBeNull();
  });
});

describe('pointsChange', () => {
  it('says the change in percentage points, or nothing without both weeks', () => {
    expect(pointsChange(0.25, 0.75)).toBe(-50);
    expect(pointsChange(0.827, 0.885)).toBe(-5.8);
    expect(pointsChange(null, 0.5)).toBeNull();
  });
});
