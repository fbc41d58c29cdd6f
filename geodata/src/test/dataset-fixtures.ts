import { rect } from './coverage-fixtures.ts';

/**
 * A county dataset's files as a county's data team would write them: one community of 200 × 100 m
 * near Dafang split into two grids of 100 × 100 m, each with a unit, a manager and two supervisors.
 * A fresh copy per call, so a test can break one field.
 */
export function tinyDatasetFiles() {
  const grid = (id: string, code: string, x0: number, x1: number) => ({ ...rect(undefined, x0, 0, x1, 100), properties: { id, code, name: `${id} 网格`, communityId: 'C1', areaId: 'A1' } });
  const staff = (gridId: string) => [
    { id: `${gridId}-m`, name: '网格长', phone: '100-0000-0001', role: 'manager', gridId },
    { id: `${gridId}-s1`, name: '督导员甲', phone: '100-0000-0002', role: 'supervisor', gridId },
    { id: `${gridId}-s2`, name: '督导员乙', phone: '100-0000-0003', role: 'supervisor', gridId },
  ];
  return {
    communities: {
      type: 'FeatureCollection',
      features: [{ ...rect(undefined, 0, 0, 200, 100), properties: { id: 'C1', code: '999999001001', name: '试点社区', streetOfficeId: 'S1' } }],
    },
    grids: { type: 'FeatureCollection', features: [grid('G1', '999999001001001', 0, 100), grid('G2', '999999001001002', 100, 200)] },
    zones: {
      type: 'FeatureCollection',
      features: [{ ...rect(undefined, 20, 20, 60, 60), properties: { id: 'Z1', name: '试点农贸市场', kind: 'market', unitIds: ['U2'] } }],
    },
    organisation: {
      county: { code: '999999', name: '试点县' },
      streetOffices: [{ id: 'S1', code: '999999001', name: '试点街道' }],
      areas: [{ id: 'A1', name: '第一片区', leaderTitle: '副县长', leaderPhone: '100-0000-0000' }],
      units: [
        { id: 'U1', name: '住建局', contactName: '联络员', contactPhone: '100-0000-0010' },
        { id: 'U2', name: '市场监管局', contactName: '联络员', contactPhone: '100-0000-0011' },
      ],
      gridUnits: [
        { gridId: 'G1', unitId: 'U1', lead: true },
        { gridId: 'G2', unitId: 'U2', lead: true },
      ],
      people: [...staff('G1'), ...staff('G2')],
    },
    problems: [{ id: 'P1', lon: 105.6065, lat: 27.1472, category: '环境卫生', description: '垃圾堆放', daysAgo: 1, status: 'reported' }],
  };
}
