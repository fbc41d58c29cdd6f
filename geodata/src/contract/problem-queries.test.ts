import { describe, expect, it } from 'vitest';
import { queryString } from './decoded.ts';
import { NO_PROBLEM_FILTER, type ProblemFilter } from './problem-filter.ts';
import { decodeProblemListQuery, decodeProblemStatsQuery, encodeProblemListQuery, encodeProblemStatsQuery, PROBLEM_LIST_DEFAULTS, type ProblemListQuery, type ProblemStatsQuery } from './problem-queries.ts';

const FILTER: ProblemFilter = { statuses: ['assigned'], categories: ['公厕卫生'], from: '2026-11-01', to: null, grid: null, unit: 'zhifa', owner: null, overdue: true };
const LIST: ProblemListQuery = { filter: FILTER, bbox: [105.58, 27.12, 105.64, 27.17], limit: 5000, offset: 50, format: 'csv', fields: null };

const bad = (message: string, code = 'bad_query') => ({ ok: false, code, message });

describe('GET /api/problems query', () => {
  it('reads back what it writes', () => {
    const pins: ProblemListQuery = { ...PROBLEM_LIST_DEFAULTS, filter: NO_PROBLEM_FILTER, bbox: [105.5, 27.1, 105.7, 27.2], limit: 5000, fields: 'pin' };
    for (const q of [LIST, pins, { ...PROBLEM_LIST_DEFAULTS, filter: NO_PROBLEM_FILTER }]) expect(decodeProblemListQuery(encodeProblemListQuery(q))).toEqual({ ok: true, value: q });
  });

  it('leaves the defaults out and keeps a fixed order, so equal queries are equal strings', () => {
    expect(queryString(encodeProblemListQuery({ ...PROBLEM_LIST_DEFAULTS, filter: NO_PROBLEM_FILTER }))).toBe('');
    expect(queryString(encodeProblemListQuery(LIST))).toBe(
      'status=assigned&category=%E5%85%AC%E5%8E%95%E5%8D%AB%E7%94%9F&from=2026-11-01&unit=zhifa&overdue=1&bbox=105.58,27.12,105.64,27.17&limit=5000&offset=50&format=csv',
    );
    // five decimals: about a metre
    expect(queryString(encodeProblemListQuery({ ...LIST, filter: NO_PROBLEM_FILTER, bbox: [105.123456789, 27.1, 105.2, 27.2000049], limit: 10, offset: 0, format: 'json' }))).toBe(
      'bbox=105.12346,27.1,105.2,27.2&limit=10',
    );
  });

  it('names what is wrong', () => {
    const cases: [string, string][] = [
      ['status=open', 'status has unknown values: open (allowed: reported, assigned, in_progress, fixed, verified)'],
      ['limit=50001', 'limit must be a whole number from 0 to 50000'],
      ['limit=1.5', 'limit must be a whole number from 0 to 50000'],
      ['offset=-1', `offset must be a whole number from 0 to ${Number.MAX_SAFE_INTEGER}`],
      ['bbox=1,2,3', 'bbox "1,2,3" is not west,south,east,north in degrees (west < east, south < north)'],
      ['bbox=100.02,30,100.01,30.01', 'bbox "100.02,30,100.01,30.01" is not west,south,east,north in degrees (west < east, south < north)'],
      ['format=pdf', 'format "pdf" must be json, csv or xlsx'],
      ['fields=all', 'fields "all" must be "pin" (or left out for every field)'],
      ['fields=pin&format=csv', 'fields=pin is for the map; exports carry every field: leave one of them out'],
    ];
    for (const [q, message] of cases) expect(decodeProblemListQuery(new URLSearchParams(q)), q).toEqual(bad(message));
  });
});

describe('GET /api/problems/stats query', () => {
  const STATS: ProblemStatsQuery = { filter: FILTER, bbox: null, week: '2026-11-20', weeks: 12, by: 'unit', format: 'xlsx' };

  it('reads back what it writes, and fills the defaults: this week, 12 weeks, by grid', () => {
    for (const q of [STATS, { ...STATS, by: 'owner' as const }, { ...STATS, filter: NO_PROBLEM_FILTER, week: null, weeks: 1, by: 'category' as const, format: 'json' as const }]) {
      expect(decodeProblemStatsQuery(encodeProblemStatsQuery(q))).toEqual({ ok: true, value: q });
    }
    expect(decodeProblemStatsQuery({})).toEqual({ ok: true, value: { filter: NO_PROBLEM_FILTER, bbox: null, week: null, weeks: 12, by: 'grid', format: 'json' } });
    expect(queryString(encodeProblemStatsQuery({ ...STATS, filter: NO_PROBLEM_FILTER, format: 'json' }))).toBe('week=2026-11-20&weeks=12&by=unit');
  });

  it('names what is wrong, a bad week with its own code', () => {
    const cases: [string, string][] = [
      ['by=street', 'by "street" must be one of grid, unit, owner, category, community'],
      ['weeks=0', 'weeks must be a whole number from 1 to 52'],
      ['weeks=53', 'weeks must be a whole number from 1 to 52'],
      ['weeks=2.5', 'weeks must be a whole number from 1 to 52'],
      ['status=open', 'status has unknown values: open (allowed: reported, assigned, in_progress, fixed, verified)'],
    ];
    for (const [q, message] of cases) expect(decodeProblemStatsQuery(new URLSearchParams(q)), q).toEqual(bad(message));
    expect(decodeProblemStatsQuery(new URLSearchParams('week=2026-11-19'))).toEqual(bad('week "2026-11-19" is a Thursday; weeks are named by their Friday', 'bad_week'));
  });
});
