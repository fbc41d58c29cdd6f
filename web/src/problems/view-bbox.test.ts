import { describe, expect, it } from 'vitest';
import { containsBbox, needsPins, padBbox, type LoadedPins } from './view-bbox.ts';

describe('padBbox', () => {
  it('grows each side by the ratio of the size and clamps to valid degrees', () => {
    expect(padBbox([10, 20, 12, 21], 0.25)).toEqual([9.5, 19.75, 12.5, 21.25]);
    expect(padBbox([-179, -89, 179, 89], 1)[0]).toBe(-180);
  });
});

describe('needsPins', () => {
  const loaded: LoadedPins = { filterKey: 'status=reported', bbox: [0, 0, 10, 10], truncated: false };
  it('asks when nothing is loaded or the filter changed', () => {
    expect(needsPins(null, '', [1, 1, 2, 2])).toBe(true);
    expect(needsPins(loaded, '', [1, 1, 2, 2])).toBe(true);
  });
  it('keeps complete pins for a view inside the loaded box, asks again for one outside', () => {
    expect(needsPins(loaded, 'status=reported', [1, 1, 9, 9])).toBe(false);
    expect(needsPins(loaded, 'status=reported', [5, 5, 11, 9])).toBe(true);
  });
  it('always asks again when the last answer was cut at the limit', () => {
    expect(needsPins({ ...loaded, truncated: true }, 'status=reported', [1, 1, 2, 2])).toBe(true);
  });
  it('containsBbox counts shared edges as inside', () => {
    expect(containsBbox([0, 0, 10, 10], [0, 0, 10, 10])).toBe(true);
  });
});
