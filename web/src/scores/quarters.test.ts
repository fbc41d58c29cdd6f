import { describe, expect, it } from 'vitest';
import { percent, quarterOf, recentQuarters } from './quarters.ts';

describe('the 考核 quarter picker', () => {
  it('names the quarter of an instant in Shanghai, not UTC', () => {
    // 2026-12-31T20:00Z is already 2027-01-01 04:00 in Shanghai
    expect(quarterOf(Date.parse('2026-12-31T20:00:00Z'))).toBe('2027Q1');
    expect(quarterOf(Date.parse('2026-12-31T15:59:00Z'))).toBe('2026Q4');
    expect(quarterOf(Date.parse('2026-04-01T00:00:00+08:00'))).toBe('2026Q2');
  });

  it('offers the running quarter and those before it, across a year', () => {
    expect(recentQuarters(Date.parse('2026-11-25T10:00:00+08:00'), 6)).toEqual(['2026Q4', '2026Q3', '2026Q2', '2026Q1', '2025Q4', '2025Q3']);
  });

  it('shows shares as percents with one decimal, nothing counted as a dash', () => {
    expect([percent(2 / 3), percent(1), percent(0), percent(null)]).toEqual(['66.7%', '100.0%', '0.0%', '—']);
  });
});
