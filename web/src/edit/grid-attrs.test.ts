import { describe, expect, it } from 'vitest';
import { choices, communityAt, newGridProperties, nextCode } from './grid-attrs.ts';
import { at, grid, row, rowCommunity } from './test-kit.ts';

describe('grid attributes', () => {
  it('numbers a new grid after the highest sequence in its community', () => {
    const grids = [...row().features, grid('g12', [[0, 0], [1, 0], [1, 1]], { code: '520521001001012' }), grid('x', [[0, 0], [1, 0], [1, 1]], { code: '520521001002020' })];
    expect(nextCode('520521001001', grids)).toBe('520521001001013');
    expect(nextCode('520521001009', grids)).toBe('520521001009001');
    expect(nextCode('520521001001', [grid('full', [[0, 0], [1, 0], [1, 1]], { code: '520521001001999' })])).toBeNull();
  });

  it('finds the community under a point', () => {
    expect(communityAt(rowCommunity(), at(150, 50) as [number, number])?.properties.id).toBe('c1');
    expect(communityAt(rowCommunity(), at(150, 500) as [number, number])).toBeNull();
  });

  it('gives a new grid its community, the next code and a model grid’s 片区 and units', () => {
    const grids = row().features;
    const p = newGridProperties('n1', rowCommunity().features[0], grids, grids[1], '新网格');
    expect(p).toMatchObject({ id: 'n1', code: '520521001001004', name: '新网格', communityId: 'c1', areaId: 'area-1', unitIds: ['u1'], version: 0 });
  });

  it('lists the 片区 and units in use, once each', () => {
    const grids = [...row().features, grid('g4', [[0, 0], [1, 0], [1, 1]], { areaId: 'area-2', areaName: '第二片区', unitIds: ['u2', 'u1'], unitNames: ['财政局', '县委办'] })];
    const c = choices(grids, null);
    expect(c.areas.map((a) => a.id)).toEqual(['area-1', 'area-2']);
    expect(c.units).toHaveLength(2);
  });

  it('lists every unit and 片区 the API knows, also those holding no grid, with the ones in use', () => {
    const org = { units: [{ id: 'u9', name: '丙局' }, { id: 'u1', name: '县委办' }], areas: [{ id: 'area-10', name: '第十片区' }, { id: 'area-2', name: '第二片区' }] };
    const c = choices(row().features, null, org);
    expect(c.areas.map((a) => a.id)).toEqual(['area-1', 'area-2', 'area-10']);
    // 丙 (bǐng) before 县 (xiàn) in pinyin order
    expect(c.units).toEqual([{ id: 'u9', name: '丙局' }, { id: 'u1', name: '县委办' }]);
  });
});
