import { describe, expect, it } from 'vitest';
import type { CommunitiesResponse, GridApiProps } from '@wangge/geodata';
import { exportUrl, filterOptions, NO_FILTERS, setFilter } from './place-filters.ts';

const grid = (id: string, code: string, communityId: string, streetOfficeId: string, areaId: string, units: [string, string][]): GridApiProps =>
  Object.freeze({
    id,
    code,
    name: id,
    communityId,
    areaId,
    version: 1,
    communityName: communityId,
    streetOfficeId,
    streetOfficeName: { s1: '红旗街道', s2: '顺德街道' }[streetOfficeId]!,
    areaName: { a1: '第一片区', a2: '第二片区', a10: '第十片区' }[areaId]!,
    unitIds: units.map((u) => u[0]),
    unitNames: units.map((u) => u[1]),
  });

const grids = [
  grid('g1', '520521001001001', 'c1', 's1', 'a1', [['zhifa', '县综合行政执法局']]),
  grid('g2', '520521001002001', 'c2', 's1', 'a2', [['jiaoyu', '县教育局'], ['zhifa', '县综合行政执法局']]),
  grid('g3', '520521002003001', 'c3', 's2', 'a2', [['anjian', '县应急管理局']]),
  grid('g4', '520521001001002', 'c1', 's1', 'a10', []),
];

const communities = {
  type: 'FeatureCollection',
  features: [
    { code: '003', id: 'c3', streetOfficeId: 's2' },
    { code: '001', id: 'c1', streetOfficeId: 's1' },
    { code: '002', id: 'c2', streetOfficeId: 's1' },
    { code: '009', id: 'c9', streetOfficeId: 's1' },
  ].map((p) => ({ type: 'Feature', geometry: null, properties: { ...p, name: `社区${p.code}`, gridded: true, streetOfficeGuessed: false, streetOfficeName: '' } })),
} as unknown as CommunitiesResponse;

describe('filterOptions', () => {
  it('lists every place and unit once: places in the county order, communities with grids only, units by name', () => {
    const o = filterOptions(grids, communities, NO_FILTERS, 'zh-CN');
    expect(o.streetOffices.map((x) => x.id)).toEqual(['s1', 's2']);
    expect(o.areas.map((x) => x.name)).toEqual(['第一片区', '第二片区', '第十片区']);
    expect(o.communities.map((x) => x.id)).toEqual(['c1', 'c2', 'c3']);
    expect(o.units.map((x) => x.id)).toEqual(['jiaoyu', 'anjian', 'zhifa']);
  });

  it('narrows communities to the street office and units to the chosen places', () => {
    const o = filterOptions(grids, communities, { ...NO_FILTERS, streetOffice: 's1', area: 'a1' }, 'zh-CN');
    expect(o.communities.map((x) => x.id)).toEqual(['c1', 'c2']);
    expect(o.units.map((x) => x.id)).toEqual(['zhifa']);
  });
});

describe('setFilter', () => {
  it('drops a community that is not in the newly chosen street office', () => {
    const f = { ...NO_FILTERS, community: 'c1' };
    expect(setFilter(f, 'streetOffice', 's2', grids)).toEqual({ ...NO_FILTERS, streetOffice: 's2' });
    expect(setFilter(f, 'streetOffice', 's1', grids)).toEqual({ ...NO_FILTERS, streetOffice: 's1', community: 'c1' });
  });
});

describe('exportUrl', () => {
  it('passes the week, the active filters and the format', () => {
    expect(exportUrl('/api/overdue', '2026-11-20', NO_FILTERS, 'csv')).toBe('/api/overdue?week=2026-11-20&format=csv');
    expect(exportUrl('/api/status-table', '2026-11-20', { ...NO_FILTERS, area: 'a2', unit: 'zhifa' }, 'xlsx')).toBe(
      '/api/status-table?week=2026-11-20&area=a2&unit=zhifa&format=xlsx',
    );
  });
});
