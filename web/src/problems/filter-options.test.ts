import { describe, expect, it } from 'vitest';
import type { GridsResponse, ZonesResponse } from '@wangge/geodata';
import { gridOptions, unitOptions } from './filter-options.ts';

const grids = {
  type: 'FeatureCollection',
  features: [
    { properties: { id: 'g2', code: '520521001001002', name: '乙', unitIds: ['zhifa', 'jiaojing'], unitNames: ['城市综合执法大队', '交警大队'] } },
    { properties: { id: 'g1', code: '520521001001001', name: '甲', unitIds: ['zhifa'], unitNames: ['城市综合执法大队'] } },
  ],
} as unknown as GridsResponse;
const zones = { type: 'FeatureCollection', features: [{ properties: { id: 'z', unitIds: ['shichang'], unitNames: ['市场监管局'] } }] } as unknown as ZonesResponse;

describe('filter options', () => {
  it('lists grids by code with the short code and name', () => {
    expect(gridOptions(grids)).toEqual([
      { id: 'g1', label: '001001 甲' },
      { id: 'g2', label: '001002 乙' },
    ]);
    expect(gridOptions(null)).toEqual([]);
  });

  it('lists each unit once, from grids and zones', () => {
    expect(unitOptions(grids, zones, 'zh-CN').map((u) => u.id).sort()).toEqual(['jiaojing', 'shichang', 'zhifa']);
  });
});
