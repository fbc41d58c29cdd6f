import { describe, expect, it } from 'vitest';
import { printT } from './i18n/index.ts';
import { dataTimeLine, defaultTitle, formatDataTime, isoWeekOfFriday } from './week-title.ts';

describe('isoWeekOfFriday', () => {
  it('numbers weeks as ISO 8601 does (checked against a calendar)', () => {
    expect(isoWeekOfFriday('2026-11-20')).toEqual({ year: 2026, n: 47 });
    expect(isoWeekOfFriday('2026-01-02')).toEqual({ year: 2026, n: 1 });
    // 2021-01-01 is a Friday in ISO week 53 of 2020
    expect(isoWeekOfFriday('2021-01-01')).toEqual({ year: 2020, n: 53 });
    expect(isoWeekOfFriday('2026-12-25')).toEqual({ year: 2026, n: 52 });
    expect(isoWeekOfFriday('2027-01-01')).toEqual({ year: 2026, n: 53 });
  });
});

describe('titles', () => {
  it('defaults to the campaign title with the week number, in either language', () => {
    expect(defaultTitle(printT('zh'), 'status', '2026-11-20', '大方县')).toBe('大方县创建全国文明城市网格化管理 — 第 47 周 报送情况');
    expect(defaultTitle(printT('en'), 'problems', '2026-11-20', 'Dafang')).toBe('Dafang civilised-city grid management — week 47 problems');
  });

  it('shows the data time in Shanghai time whatever the machine zone', () => {
    expect(formatDataTime('2026-11-25T02:00:00.000Z', 'zh-CN')).toBe('2026年11月25日 10:00');
  });

  it('prints a closed week at its closing time, so reprinting it later gives the same sheet', () => {
    const zh = printT('zh');
    expect(dataTimeLine(zh, 'zh-CN', '2026-12-01T07:31:00.000Z', '2026-11-30T06:00:00.000Z')).toBe('数据冻结于：2026年11月30日 14:00（本周已关闭）');
    expect(dataTimeLine(zh, 'zh-CN', '2026-12-01T07:31:00.000Z', null)).toBe('数据时间：2026年12月1日 15:31');
  });
});
