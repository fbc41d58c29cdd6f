import { describe, expect, it } from 'vitest';
import type { UnitHolding } from '@wangge/geodata';
import { gridChoices, openPicks, picksChanged } from './unit-grids.ts';

const held = (gridId: string, lead: boolean, from: string | null, to: string | null): UnitHolding => ({ gridId, code: gridId, name: gridId, lead, from, to });
const grids = [
  { id: 'g3', code: '520521001001003', name: '东关社区第3网格' },
  { id: 'g1', code: '520521001001001', name: '东关社区第1网格' },
  { id: 'g2', code: '520521002001001', name: '红旗社区第1网格' },
];

describe('the unit grids form', () => {
  it('starts from the open holdings: one that ends (handed on next week) is not picked, one that starts next week is', () => {
    const picks = openPicks([held('g1', true, null, '2026-11-27'), held('g1', false, '2026-11-27', null), held('g2', false, null, null)]);
    expect([...picks]).toEqual([
      ['g1', false],
      ['g2', false],
    ]);
  });

  it('filters by code or name, every word, picked grids first', () => {
    const picked = new Map([['g3', true]]);
    expect(gridChoices(grids, '', picked).map((g) => g.id)).toEqual(['g3', 'g1', 'g2']);
    expect(gridChoices(grids, '东关 第1', picked).map((g) => g.id)).toEqual(['g1']);
    expect(gridChoices(grids, '520521002', picked).map((g) => g.id)).toEqual(['g2']);
  });

  it('sees a lead made member, a grid added or dropped as a change, the same picks in another order as none', () => {
    const before = new Map([
      ['g1', true],
      ['g2', false],
    ]);
    expect(picksChanged(before, new Map([['g2', false], ['g1', true]]))).toBe(false);
    expect(picksChanged(before, new Map([['g1', false], ['g2', false]]))).toBe(true);
    expect(picksChanged(before, new Map([['g1', true]]))).toBe(true);
    expect(picksChanged(before, new Map([...before, ['g3', false]]))).toBe(true);
  });
});
