import { describe, expect, it } from 'vitest';
import type { AssessmentPointsResponse } from '@wangge/geodata';
import { pointCounts, scoreChange } from './assessment-summary.ts';

describe('assessment summary', () => {
  it('counts points, the illustrative ones and those outside every grid', () => {
    const point = (example: boolean, flagged: boolean) => ({ type: 'Feature', geometry: { type: 'Point', coordinates: [0, 0] }, properties: { example, flagged } });
    const fc = { type: 'FeatureCollection', features: [point(true, false), point(true, true), point(false, false)] } as unknown as AssessmentPointsResponse;
    expect(pointCounts(fc)).toEqual({ count: 3, examples: 2, flagged: 1 });
  });

  it('signs the change against the previous round to one decimal', () => {
    expect(scoreChange({ score: 100, previous: 70 })).toBe('+30.0');
    expect(scoreChange({ score: 62.5, previous: 66.7 })).toBe('−4.2');
    expect(scoreChange({ score: 60, previous: 60 })).toBe('±0.0');
    expect(scoreChange({ score: 60, previous: null })).toBeNull();
  });
});
