import { describe, expect, it } from 'vitest';
import { earlierWeek, formatWeekDate, formatWeekShort, formatWeekWindow, nextWeek, pickerWeeks, previousWeek } from './weeks.ts';

describe('week picker', () => {
  it('lists recent weeks newest first, ending with the current week', () => {
    expect(pickerWeeks('2026-11-20', '2026-11-20', 3)).toEqual(['2026-11-20', '2026-11-13', '2026-11-06']);
  });

  it('keeps an older shown week in the list', () => {
    expect(pickerWeeks('2026-11-20', '2026-01-02', 2)).toEqual(['2026-11-20', '2026-11-13', '2026-01-02']);
  });

  it('offers no week before the deployment’s first, and the arrow stops there', () => {
    expect(pickerWeeks('2026-11-20', '2026-11-20', 4, '2026-11-06')).toEqual(['2026-11-20', '2026-11-13', '2026-11-06']);
    expect(pickerWeeks('2026-11-20', '2026-10-30', 4, '2026-11-06')).toEqual(['2026-11-20', '2026-11-13', '2026-11-06']);
    expect(earlierWeek('2026-11-13', '2026-11-06')).toBe('2026-11-06');
    expect(earlierWeek('2026-11-06', '2026-11-06')).toBeNull();
    expect(earlierWeek('2026-11-06', null)).toBe('2026-10-30');
  });

  it('steps across month and year ends and stops at the current week', () => {
    expect(previousWeek('2027-01-01')).toBe('2026-12-25');
    expect(nextWeek('2026-11-13', '2026-11-20')).toBe('2026-11-20');
    expect(nextWeek('2026-11-20', '2026-11-20')).toBeNull();
  });
});

describe('week formatting', () => {
  it('names the Friday in both languages', () => {
    expect(formatWeekDate('2026-11-20', 'zh-CN')).toBe('11月20日');
    expect(formatWeekDate('2026-11-20', 'en-GB')).toBe('20 Nov');
    expect(formatWeekShort('2026-11-20', 'zh-CN')).toBe('11/20');
    expect(formatWeekShort('2026-11-06', 'en-GB')).toBe('06/11');
  });

  it('gives the Friday opening and the Monday deadline', () => {
    expect(formatWeekWindow('2026-11-20', 'en-GB')).toEqual({ from: 'Fri 20 Nov, 16:00', due: 'Mon 23 Nov, 12:00' });
    expect(formatWeekWindow('2026-11-20', 'zh-CN')).toEqual({ from: '11月20日周五 16:00', due: '11月23日周一 12:00' });
  });
});
