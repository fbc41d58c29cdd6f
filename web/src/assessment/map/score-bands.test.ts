import { describe, expect, it } from 'vitest';
import { bandColour, scoreBand, UNSCORED_COLOUR } from './score-bands.ts';

describe('scoreBand', () => {
  it('puts each score in its band, the bounds in the upper one', () => {
    expect([100, 90, 89.9, 80, 79.9, 60, 59.9, 0].map(scoreBand)).toEqual(['excellent', 'excellent', 'good', 'good', 'fair', 'fair', 'poor', 'poor']);
  });

  it('greys what has no score', () => {
    expect([null, undefined, Number.NaN].map(scoreBand)).toEqual(['unscored', 'unscored', 'unscored']);
    expect(bandColour('unscored')).toBe(UNSCORED_COLOUR);
    expect(new Set(['excellent', 'good', 'fair', 'poor', 'unscored'].map((b) => bandColour(b as never))).size).toBe(5);
  });
});
