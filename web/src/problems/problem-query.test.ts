import { describe, expect, it } from 'vitest';
import { activeFilterCount, NO_FILTER, problemQuery, toggleValue, weekDates } from './problem-query.ts';

describe('problemQuery', () => {
  it('is empty for no filter', () => {
    expect(problemQuery(NO_FILTER)).toBe('');
  });

  it('writes every field in a fixed order with readable commas', () => {
    const q = problemQuery(
      { statuses: ['reported', 'assigned'], categories: ['环境卫生', '小广告/乱张贴'], from: '2026-11-01', to: '2026-11-25', grid: 'chengzhong-1', unit: 'zhifa', owner: 'shichang', overdue: true },
      { bbox: [105.58, 27.12, 105.64, 27.17], limit: 5000, offset: 50, format: 'csv' },
    );
    expect(q).toBe(
      'status=reported,assigned&category=%E7%8E%AF%E5%A2%83%E5%8D%AB%E7%94%9F,%E5%B0%8F%E5%B9%BF%E5%91%8A%2F%E4%B9%B1%E5%BC%A0%E8%B4%B4' +
        '&from=2026-11-01&to=2026-11-25&grid=chengzhong-1&unit=zhifa&owner=shichang&overdue=1&bbox=105.58,27.12,105.64,27.17&limit=5000&offset=50&format=csv',
    );
    const read = new URLSearchParams(q);
    expect(read.get('category')!.split(',')).toEqual(['环境卫生', '小广告/乱张贴']);
  });

  it('asks for pins last, after the page', () => {
    expect(problemQuery({ ...NO_FILTER, overdue: true }, { limit: 5000, fields: 'pin' })).toBe('overdue=1&limit=5000&fields=pin');
  });

  it('rounds the box to about a metre and leaves offset 0 out', () => {
    expect(problemQuery(NO_FILTER, { bbox: [105.123456789, 27.1, 105.2, 27.2000049], limit: 10, offset: 0 })).toBe('bbox=105.12346,27.1,105.2,27.2&limit=10');
  });
});

describe('activeFilterCount', () => {
  it('counts a date range once', () => {
    expect(activeFilterCount(NO_FILTER)).toBe(0);
    expect(activeFilterCount({ ...NO_FILTER, from: '2026-11-01', to: '2026-11-02', overdue: true })).toBe(2);
  });
});

describe('toggleValue', () => {
  it('adds and removes, keeping the order of the options', () => {
    const order = ['a', 'b', 'c'];
    expect(toggleValue(['c'], 'a', order)).toEqual(['a', 'c']);
    expect(toggleValue(['a', 'c'], 'a', order)).toEqual(['c']);
  });
});

describe('weekDates', () => {
  it('runs from the Friday to the Thursday after, across a month and a year end', () => {
    expect(weekDates('2026-11-20')).toEqual({ from: '2026-11-20', to: '2026-11-26' });
    expect(weekDates('2026-11-27')).toEqual({ from: '2026-11-27', to: '2026-12-03' });
    expect(weekDates('2027-12-31')).toEqual({ from: '2027-12-31', to: '2028-01-06' });
  });
});
