import { describe, expect, it } from 'vitest';
import { checkQuarter, checkScoreWeights } from './scores.ts';

describe('checkQuarter', () => {
  it('gives each quarter its first and last day', () => {
    expect(['2026Q1', '2026Q2', '2026Q3', '2026Q4', '2028Q1'].map((q) => checkQuarter(q))).toEqual([
      { ok: true, value: { quarter: '2026Q1', from: '2026-01-01', to: '2026-03-31' } },
      { ok: true, value: { quarter: '2026Q2', from: '2026-04-01', to: '2026-06-30' } },
      { ok: true, value: { quarter: '2026Q3', from: '2026-07-01', to: '2026-09-30' } },
      { ok: true, value: { quarter: '2026Q4', from: '2026-10-01', to: '2026-12-31' } },
      { ok: true, value: { quarter: '2028Q1', from: '2028-01-01', to: '2028-03-31' } },
    ]);
  });

  it('names what is wrong with a bad one', () => {
    expect(checkQuarter(undefined)).toEqual({ ok: false, message: 'quarter is required, e.g. 2026Q4' });
    expect(checkQuarter('2026Q0')).toEqual({ ok: false, message: 'quarter "2026Q0" is not a quarter like 2026Q4' });
    expect(checkQuarter('2026q4').ok).toBe(false);
  });
});

describe('checkScoreWeights', () => {
  it('takes percent weights of every indicator that add up to 100, fractions included', () => {
    expect(checkScoreWeights({ onTime: 33.5, fixedOnTime: 13.5, rework: 33, assessment: 20 })).toEqual({ ok: true, value: { onTime: 33.5, fixedOnTime: 13.5, rework: 33, assessment: 20 } });
    // a table from before the mock assessment counted: it gets 0
    expect(checkScoreWeights({ onTime: 33.5, fixedOnTime: 33.5, rework: 33 })).toEqual({ ok: true, value: { onTime: 33.5, fixedOnTime: 33.5, rework: 33, assessment: 0 } });
    expect(checkScoreWeights(null).ok).toBe(false);
    expect(checkScoreWeights({ onTime: 101, fixedOnTime: 0, rework: -1 })).toEqual({ ok: false, message: 'the weight of onTime must be a number of percent from 0 to 100 (got 101)' });
  });
});
