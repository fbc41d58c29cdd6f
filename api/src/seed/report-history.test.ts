import { describe, expect, it } from 'vitest';
import { dafang } from '@wangge/geodata/dafang';
import { DEFAULT_REPORT_REQUIREMENTS, checkReport } from '@wangge/geodata';
import { reportHistory } from './report-history.ts';

describe('the seeded report history', () => {
  it('holds reports that meet the default requirements but for photos (the seed stores none)', () => {
    const now = Date.parse('2026-11-25T10:00:00+08:00');
    const reports = reportHistory(dafang.organisation.gridUnits, now);
    expect(reports.length).toBeGreaterThan(100);
    const withoutPhotos = { ...DEFAULT_REPORT_REQUIREMENTS, minPhotos: 0 };
    const lacking = reports.filter((r) => checkReport(r, 0, withoutPhotos, '2026-11-25').length > 0);
    expect(lacking).toEqual([]);
    expect(checkReport(reports[0], 0, DEFAULT_REPORT_REQUIREMENTS)).toEqual([{ field: 'photos', problem: 'too_few', need: 1, have: 0 }]);
  });
});
