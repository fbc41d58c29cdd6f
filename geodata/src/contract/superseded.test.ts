import { describe, expect, it } from 'vitest';
import { NO_PROBLEM_FILTER } from './problem-filter.ts';
import { checkBbox, checkId, checkProblemFilter, problemFilterFromQuery, problemFilterPairs } from './superseded.ts';

describe('the pre-contract names api/ and scripts/ still call', () => {
  it('write the print filter pairs in the canonical order and read them back', () => {
    const filter = { statuses: ['fixed', 'reported'] as const, categories: ['公厕卫生'] as const, from: '2026-11-01', to: '2026-11-20', grid: 'G1', unit: 'U2', owner: 'U3', overdue: true };
    const pairs = problemFilterPairs({ ...filter, statuses: [...filter.statuses], categories: [...filter.categories] });
    expect(pairs).toEqual([
      ['problemStatus', 'fixed,reported'],
      ['problemCategory', '公厕卫生'],
      ['problemFrom', '2026-11-01'],
      ['problemTo', '2026-11-20'],
      ['problemGrid', 'G1'],
      ['problemUnit', 'U2'],
      ['problemOwner', 'U3'],
      ['problemOverdue', '1'],
    ]);
    const q = new URLSearchParams(pairs);
    // statuses come back in workflow order
    expect(problemFilterFromQuery((name) => q.get(name))).toEqual({ ok: true, value: { ...filter, statuses: ['reported', 'fixed'], categories: ['公厕卫生'] } });
    expect(problemFilterPairs(NO_PROBLEM_FILTER)).toEqual([]);
  });

  it('answer { ok: false, message } naming the first bad value, as before', () => {
    expect(checkProblemFilter({ statuses: 'fixed,done' })).toEqual({ ok: false, message: 'problemStatus has unknown values: done (allowed: reported, assigned, in_progress, fixed, verified)' });
    expect(checkProblemFilter({ from: '2026-11-31' })).toEqual({ ok: false, message: 'problemFrom "2026-11-31" is not a date (YYYY-MM-DD)' });
    expect(checkProblemFilter({ from: '2026-11-20', to: '2026-11-01' })).toEqual({ ok: false, message: 'problemFrom 2026-11-20 is after problemTo 2026-11-01' });
    expect(checkProblemFilter({ unit: 'U 1' })).toEqual({ ok: false, message: 'problemUnit "U 1" is not an id' });
    expect(checkProblemFilter({ grid: '', overdue: true })).toEqual({ ok: true, value: { ...NO_PROBLEM_FILTER, overdue: true } });
    expect(checkId('grid', '../x')).toEqual({ ok: false, message: 'grid "../x" is not an id' });
    expect(checkId('grid', null)).toEqual({ ok: true, value: null });
  });

  it('take a box west < east, south < north, in range', () => {
    expect(checkBbox('105.5,27.1,105.7,27.2')).toEqual({ ok: true, value: [105.5, 27.1, 105.7, 27.2] });
    expect(checkBbox(null)).toEqual({ ok: true, value: null });
    for (const bad of ['105.7,27.1,105.5,27.2', '1,2,3', '27.1,105.5,27.2,105.7', 'a,b,c,d']) expect(checkBbox(bad).ok, bad).toBe(false);
  });
});
