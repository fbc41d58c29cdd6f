import { describe, expect, it } from 'vitest';
import { containsBbox, needsPins, padBbox, type LoadedPins } from './view-bbox.ts';

describe('padBbox', () => {
  it('grows each side by the ratio of the size and clamps to valid degrees', () => {
    expect(padBbox([10, 20, 12, 21], 0.25)).toEqual([9.5, 19.75, 12.5, 21.25]);
    expect(padBbox([-179, -89, 179, 89], 1)[0]).toBe(-180);
  });
});

describe('needsPins', () => {
  const loaded: LoadedPins = { filterKey: 'status=reported', bbox: [0, 0, 10, 10], zoom: 13, truncated: false };
  it('asks when nothing is loaded or the filter changed', () => {
    expect(needsPins(null, '', [1, 1, 2, 2], 13)).toBe(true);
    expect(needsPins(loaded, '', [1, 1, 2, 2], 13)).toBe(true);
  });
  it('keeps complete pins for a view inside the loaded box at any zoom, asks again for one outside', () => {
    expect(needsPins(loaded, 'status=reported', [1, 1, 9, 9], 13)).toBe(false);
    expect(needsPins(loaded, 'status=reported', [4, 4, 5, 5], 18)).toBe(false);
    expect(needsPins(loaded, 'status=reported', [5, 5, 11, 9], 13)).toBe(true);
  });
  it('keeps a cut answer for pans and small zooms, asks again after a real zoom-in', () => {
    const cut = { ...loaded, truncated: true };
    expect(needsPins(cut, 'status=reported', [1, 1, 9, 9], 13)).toBe(false);
    expect(needsPins(cut, 'status=reported', [2, 2, 8, 8], 13.5)).toBe(false);
    expect(needsPins(cut, 'status=reported', [3, 3, 6, 6], 14)).toBe(true);
  });
  it('containsBbox counts shared edges as inside', () => {
    expect(containsBbox([0, 0, 10, 10], [0, 0, 10, 10])).toBe(true);
  });
});
