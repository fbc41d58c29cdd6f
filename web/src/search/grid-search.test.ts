import { describe, expect, it } from 'vitest';
import type { GridApiProps } from '@wangge/geodata';
import { searchGrids } from './grid-search.ts';

const grid = (id: string, code: string, name: string, communityName: string, unitNames: string[]): GridApiProps =>
  Object.freeze({
    id,
    code,
    name,
    communityId: `c-${communityName}`,
    areaId: 'a1',
    version: 1,
    communityName,
    streetOfficeId: 's1',
    streetOfficeName: '红旗街道',
    areaName: '第一片区',
    unitIds: unitNames.map((_, i) => `u${i}`),
    unitNames,
  });

const GRIDS = Object.freeze([
  grid('g1', '520521001001001', '城中一网格', '城中社区', ['城市综合执法大队', '交警大队']),
  grid('g2', '520521001001002', '城中二网格', '城中社区', ['教育局']),
  grid('g3', '520521003002001', '北郊一网格', '北郊社区', ['市场监管局']),
  grid('g4', '520521002003001', '南门网格', '城南社区', ['卫计局', '教育局']),
]);

const ids = (q: string) => searchGrids(GRIDS, q).map((h) => h.id);

describe('searchGrids', () => {
  it('finds a grid by its full code first', () => {
    expect(ids('520521001001002')).toEqual(['g2']);
    expect(ids(' 520521 001001002 ')).toEqual(['g2']);
  });

  it('finds by code prefix and by the community + sequence tail', () => {
    expect(ids('520521001')).toEqual(['g1', 'g2']);
    expect(ids('002001')).toEqual(['g3']);
  });

  it('finds by name, exact names before partial ones', () => {
    expect(ids('城中')).toEqual(['g1', 'g2']);
    expect(ids('南门网格')).toEqual(['g4']);
  });

  it('finds by unit name and says which unit matched', () => {
    const hits = searchGrids(GRIDS, '教育');
    expect(hits.map((h) => h.id)).toEqual(['g2', 'g4']);
    expect(hits.map((h) => h.matchedUnit)).toEqual(['教育局', '教育局']);
  });

  it('falls back to the community name', () => {
    expect(ids('北郊社区')).toEqual(['g3']);
  });

  it('ignores case and returns nothing for an empty or unknown query', () => {
    expect(searchGrids([grid('x', 'ABC001', 'Hotel Row', 'Old Town', [])], 'hotel')).toHaveLength(1);
    expect(ids('  ')).toEqual([]);
    expect(ids('机场')).toEqual([]);
  });

  it('stops at the limit', () => {
    expect(searchGrids(GRIDS, '5205', 2)).toHaveLength(2);
  });
});
