import { describe, expect, it } from 'vitest';
import { countTicks } from './stats-scale.ts';

describe('countTicks', () => {
  it('steps in round numbers up to the first tick at or above the maximum', () => {
    expect(countTicks(7)).toEqual([0, 2, 4, 6, 8]);
    expect(countTicks(4)).toEqual([0, 1, 2, 3, 4]);
    expect(countTicks(1234)).toEqual([0, 500, 1000, 1500]);
    expect(countTicks(20)).toEqual([0, 5, 10, 15, 20]);
  });

  it('never steps by a fraction of a problem, and an empty chart still has an axis', () => {
    expect(countTicks(1)).toEqual([0, 1]);
    expect(countTicks(0)).toEqual([0, 1]);
  });
});
