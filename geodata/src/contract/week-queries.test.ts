import { describe, expect, it } from 'vitest';
import { queryString } from './decoded.ts';
import { decodeOverdueQuery, decodeStatusQuery, decodeTrendsQuery, encodeOverdueQuery, encodeStatusQuery, encodeTrendsQuery, NO_PLACE_FILTER, type OverdueQuery, type TrendsQuery } from './week-queries.ts';

const bad = (message: string, code = 'bad_query') => ({ ok: false, code, message });

describe('GET /api/status query', () => {
  it('reads back what it writes', () => {
    expect(decodeStatusQuery(encodeStatusQuery({ week: '2026-11-20' }))).toEqual({ ok: true, value: { week: '2026-11-20' } });
  });

  it('names a bad week with the code bad_week', () => {
    const cases: [string, string][] = [
      ['', 'week is required (YYYY-MM-DD, a Friday)'],
      ['week=', 'week is required (YYYY-MM-DD, a Friday)'],
      ['week=2026-11-19', 'week "2026-11-19" is a Thursday; weeks are named by their Friday'],
      ['week=2026-13-01', 'week "2026-13-01" is not a real calendar date'],
      ['week=yesterday', 'week "yesterday" is not a date in the form YYYY-MM-DD'],
    ];
    for (const [q, message] of cases) expect(decodeStatusQuery(new URLSearchParams(q)), q).toEqual(bad(message, 'bad_week'));
  });
});

describe('GET /api/overdue and /api/status-table query', () => {
  it('reads back what it writes, with places as the accountability filters spell them', () => {
    const full: OverdueQuery = { week: '2026-11-20', place: { streetOffice: 'S1', community: 'C-2', area: 'a2', unit: 'zhifa' }, format: 'xlsx' };
    for (const q of [full, { week: '2026-11-13', place: NO_PLACE_FILTER, format: 'json' as const }]) expect(decodeOverdueQuery(encodeOverdueQuery(q))).toEqual({ ok: true, value: q });
    expect(queryString(encodeOverdueQuery({ ...full, place: { ...NO_PLACE_FILTER, area: 'a2', unit: 'zhifa' } }))).toBe('week=2026-11-20&area=a2&unit=zhifa&format=xlsx');
  });

  it('names what is wrong', () => {
    expect(decodeOverdueQuery(new URLSearchParams('week=2026-11-20&format=pdf'))).toEqual(bad('format "pdf" must be json, csv or xlsx'));
    expect(decodeOverdueQuery(new URLSearchParams('week=2026-11-20&community=<b>'))).toEqual(bad('community "<b>" is not an id'));
    expect(decodeOverdueQuery(new URLSearchParams('format=csv'))).toEqual(bad('week is required (YYYY-MM-DD, a Friday)', 'bad_week'));
  });
});

describe('GET /api/trends query', () => {
  it('reads back what it writes, and fills the defaults: this week, 12 weeks, overall', () => {
    const q: TrendsQuery = { week: '2026-11-20', weeks: 12, by: 'streetOffice' };
    expect(decodeTrendsQuery(encodeTrendsQuery(q))).toEqual({ ok: true, value: q });
    expect(queryString(encodeTrendsQuery(q))).toBe('week=2026-11-20&weeks=12&by=streetOffice');
    expect(decodeTrendsQuery({})).toEqual({ ok: true, value: { week: null, weeks: 12, by: 'overall' } });
  });

  it('names what is wrong', () => {
    expect(decodeTrendsQuery({ by: 'grid' })).toEqual(bad('by "grid" must be overall, streetOffice, area or unit'));
    expect(decodeTrendsQuery({ weeks: '60' })).toEqual(bad('weeks must be a whole number from 1 to 52'));
  });
});
