import { describe, expect, it } from 'vitest';
import { dealByArea, mergedPeople, mergedUnits, relativeArea, splitPeople } from './responsibility.ts';

const p = (name: string) => ({ name, phone: `1380000${name.padStart(4, '0')}` });

describe('a merge proposes everything both grids had', () => {
  it('keeps every unit, the kept grid’s lead first, each once', () => {
    expect(mergedUnits(['u1', 'u2'], ['u3', 'u2', 'u4'])).toEqual(['u1', 'u2', 'u3', 'u4']);
  });

  it('keeps the kept grid’s manager; the other manager and all supervisors become supervisors, each once', () => {
    expect(mergedPeople({ manager: p('1'), supervisors: [p('2'), p('3')] }, { manager: p('4'), supervisors: [p('3'), p('5')] })).toEqual({
      manager: p('1'),
      supervisors: [p('2'), p('3'), p('4'), p('5')],
    });
    expect(mergedPeople({ manager: null, supervisors: [] }, { manager: p('4'), supervisors: [p('5')] })).toEqual({ manager: p('4'), supervisors: [p('5')] });
  });
});

describe('a split deals units and people by area', () => {
  it('gives each half a share in proportion to its area, the larger half the head of the list', () => {
    // 3:1 → of four, one to the small half
    expect(dealByArea(['a', 'b', 'c', 'd'], 3, 1)).toEqual({ kept: ['a', 'b', 'c'], made: ['d'] });
    // the new half is the larger (1:3): it takes the head
    expect(dealByArea(['a', 'b', 'c', 'd'], 1, 3)).toEqual({ kept: ['d'], made: ['a', 'b', 'c'] });
    // 9:1 of two still leaves one to each half
    expect(dealByArea(['a', 'b'], 9, 1)).toEqual({ kept: ['a'], made: ['b'] });
  });

  it('a single unit goes to both halves; the manager to the larger', () => {
    expect(dealByArea(['a'], 1, 1)).toEqual({ kept: ['a'], made: ['a'] });
    expect(splitPeople({ manager: p('1'), supervisors: [p('2'), p('3')] }, 1, 2)).toEqual({
      kept: { manager: null, supervisors: [p('3')] },
      made: { manager: p('1'), supervisors: [p('2')] },
    });
  });

  it('compares the halves by area: a 2×1 rectangle is twice a 1×1 square, a hole subtracts', () => {
    const rect = (w: number, h: number) => [[0, 0], [w, 0], [w, h], [0, h], [0, 0]];
    expect(relativeArea({ type: 'Polygon', coordinates: [rect(2, 1)] })).toBeCloseTo(2);
    expect(relativeArea({ type: 'Polygon', coordinates: [rect(2, 2), [[0.5, 0.5], [1, 0.5], [1, 1], [0.5, 1], [0.5, 0.5]]] })).toBeCloseTo(3.75);
  });
});
