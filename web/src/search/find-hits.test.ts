import { describe, expect, it } from 'vitest';
import { searchOptions } from './find-hits.ts';

describe('the header search’s choices', () => {
  it('lists the grids, then people in post, then places, each with a key of its own', () => {
    const options = searchOptions([{ id: 'G1', code: '1', name: '甲', communityName: '甲社区', matchedUnit: null }], {
      people: [{ name: '王五', phone: '13800000001', role: 'manager', gridId: 'G2', gridCode: '2', gridName: '乙' }],
      places: [{ id: 'Z1', name: '农贸市场', kind: 'market', center: [100, 30] }],
    });
    expect(options.map((o) => [o.kind, o.key])).toEqual([
      ['grid', 'grid:G1'],
      ['person', 'person:G2:王五:13800000001'],
      ['place', 'place:Z1'],
    ]);
    expect(searchOptions([], null)).toEqual([]);
  });
});
