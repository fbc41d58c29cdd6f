import { describe, expect, it } from 'vitest';
import { checkBbox, checkProblemFilter, problemFilterFromQuery, problemFilterPairs, sheetSizeMm, NO_PROBLEM_FILTER } from './print-sheet.ts';

describe('print sheet words', () => {
  it('turns papers by orientation, width first', () => {
    expect(sheetSizeMm('A3', 'landscape')).toEqual({ width: 420, height: 297 });
    expect(sheetSizeMm('A4', 'portrait')).toEqual({ width: 210, height: 297 });
  });

  it('reads back the query pairs it writes, in the canonical order', () => {
    const filter = { statuses: ['fixed', 'reported'] as const, categories: ['公厕卫生'] as const, from: '2026-11-01', to: '2026-11-20', grid: 'G1', unit: 'U2', overdue: true };
    const pairs = problemFilterPairs({ ...filter, statuses: [...filter.statuses], categories: [...filter.categories] });
    expect(pairs).toEqual([
      ['problemStatus', 'fixed,reported'],
      ['problemCategory', '公厕卫生'],
      ['problemFrom', '2026-11-01'],
      ['problemTo', '2026-11-20'],
      ['problemGrid', 'G1'],
      ['problemUnit', 'U2'],
      ['problemOverdue', '1'],
    ]);
    const q = new URLSearchParams(pairs);
    const back = problemFilterFromQuery((name) => q.get(name));
    // statuses come back in workflow order
    expect(back).toEqual({ ok: true, value: { ...filter, statuses: ['reported', 'fixed'], categories: ['公厕卫生'] } });
    expect(problemFilterPairs(NO_PROBLEM_FILTER)).toEqual([]);
  });

  it('names the first bad value', () => {
    expect(checkProblemFilter({ statuses: 'fixed,done' })).toEqual({ ok: false, message: 'problemStatus has unknown values: done (allowed: reported, assigned, in_progress, fixed, verified)' });
    expect(checkProblemFilter({ from: '2026-11-31' })).toEqual({ ok: false, message: 'problemFrom "2026-11-31" is not a date (YYYY-MM-DD)' });
    expect(checkProblemFilter({ from: '2026-11-20', to: '2026-11-01' })).toEqual({ ok: false, message: 'problemFrom 2026-11-20 is after problemTo 2026-11-01' });
    expect(checkProblemFilter({ unit: 'U 1' })).toEqual({ ok: false, message: 'problemUnit "U 1" is not an id' });
  });

  it('takes a box west < east, south < north, in range', () => {
    expect(checkBbox('105.5,27.1,105.7,27.2')).toEqual({ ok: true, value: [105.5, 27.1, 105.7, 27.2] });
    expect(checkBbox(null)).toEqual({ ok: true, value: null });
    for (const bad of ['105.7,27.1,105.5,27.2', '1,2,3', '27.1,105.5,27.2,105.7', 'a,b,c,d']) expect(checkBbox(bad).ok, bad).toBe(false);
  });
});
