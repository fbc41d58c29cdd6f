import { describe, expect, it } from 'vitest';
import type { Polygon } from 'geojson';
import type { PrintData } from './load-print-data.ts';
import { CommunityNotFound, GridNotFound, sheetModels } from './sheet-model.ts';

const square = (x: number, y: number): Polygon => ({ type: 'Polygon', coordinates: [[[x, y], [x + 1, y], [x + 1, y + 1], [x, y + 1], [x, y]]] });

function deepFreeze<T>(o: T): T {
  if (o && typeof o === 'object') {
    Object.freeze(o);
    for (const v of Object.values(o)) deepFreeze(v);
  }
  return o;
}

const grid = (id: string, code: string, communityId: string, x: number) => ({
  type: 'Feature' as const,
  geometry: square(x, 0),
  properties: { id, code, name: `${id} 网格`, communityId, areaId: 'a', version: 1, communityName: '', streetOfficeId: 's', streetOfficeName: '', areaName: '', unitIds: [], unitNames: [] },
});

const data = deepFreeze({
  config: { county: { code: '1', name: '县' }, now: '2026-11-25T02:00:00.000Z', currentWeek: '2026-11-20', bbox: [0, 0, 3, 1] },
  week: '2026-11-20',
  grids: { type: 'FeatureCollection', features: [grid('g1', '001', 'c1', 0), grid('g2', '002', 'c1', 1), grid('g3', '003', 'c2', 2)] },
  communities: {
    type: 'FeatureCollection',
    features: [
      { type: 'Feature', geometry: square(0, 0), properties: { id: 'c1', code: 'c1', name: '甲社区', streetOfficeId: 's', streetOfficeName: '某街道', streetOfficeGuessed: false, gridded: true } },
      { type: 'Feature', geometry: square(2, 0), properties: { id: 'c2', code: 'c2', name: '乙社区', streetOfficeId: 's', streetOfficeName: '某街道', streetOfficeGuessed: false, gridded: true } },
    ],
  },
  status: {
    week: '2026-11-20',
    now: '',
    opensAt: '',
    dueAt: '',
    exempt: false,
    counts: { missing: 1, late: 1, pending: 0, on_time: 1, not_due: 0, exempt: 0 },
    grids: [
      { gridId: 'g1', code: '001', status: 'late', units: [{ unitId: 'u1', unitName: '乙局', status: 'late', submittedAt: '' }] },
      { gridId: 'g2', code: '002', status: 'on_time', units: [{ unitId: 'u2', unitName: '甲局', status: 'on_time', submittedAt: '' }] },
      { gridId: 'g3', code: '003', status: 'missing', units: [{ unitId: 'u3', unitName: '丙局', status: 'missing', submittedAt: null }] },
    ],
  },
  problems: {
    type: 'FeatureCollection',
    total: 2,
    limit: 10,
    offset: 0,
    features: [
      { type: 'Feature', geometry: { type: 'Point', coordinates: [0.5, 0.5] }, properties: { id: 'p1', category: '其他', description: '', status: 'reported', gridId: 'g1', gridCode: '001', createdAt: '', dueAt: null, overdue: true, outsideGrids: false } },
      { type: 'Feature', geometry: { type: 'Point', coordinates: [2.5, 0.5] }, properties: { id: 'p2', category: '其他', description: '', status: 'fixed', gridId: 'g3', gridCode: '003', createdAt: '', dueAt: null, overdue: false, outsideGrids: false } },
    ],
  },
  zones: null,
  coverage: {
    summary: { coveredPct: 99, overlapCount: 1, gapCount: 1, outsideCount: 0, invalidCount: 0 },
    overlaps: [{ grids: ['g1', 'g2'], areaM2: 12, geometry: square(0.9, 0) }],
    gaps: [{ boundary: 'c2', areaM2: 5, neighbors: ['g3'], geometry: square(2.5, 0) }],
    outside: [],
    invalid: [],
  },
}) as unknown as PrintData;

describe('sheetModels', () => {
  it('makes one county sheet with the counts, the late and missing units (missing first) and every defect', () => {
    const [county] = sheetModels(data, null);
    expect(county.community).toBeNull();
    expect(county.bbox).toEqual([0, 0, 3, 1]);
    expect(county.statusCounts).toMatchObject({ missing: 1, late: 1, on_time: 1 });
    expect(county.overdue.map((r) => [r.unitName, r.status])).toEqual([['丙局', 'missing'], ['乙局', 'late']]);
    expect(county.problemCounts).toMatchObject({ reported: 1, fixed: 1 });
    expect(county.overdueProblems).toEqual([{ category: '其他', gridCode: '001', status: 'reported' }]);
    expect(county.defectRows).toEqual([{ kind: 'overlap', grids: ['001', '002'], areaM2: 12 }, { kind: 'gap', grids: ['003'], areaM2: 5 }]);
    expect(county.grids.features.map((f) => [f.properties.id, (f.properties as { status?: string }).status])).toEqual([['g1', 'late'], ['g2', 'on_time'], ['g3', 'missing']]);
  });

  it('gives each gridded community its own sheet with only its grids, problems and defects', () => {
    const [c1, c2] = sheetModels(data, 'all');
    expect(c1.community).toEqual({ id: 'c1', name: '甲社区', streetOfficeName: '某街道' });
    expect(c1.grids.features.map((f) => f.properties.id)).toEqual(['g1', 'g2']);
    expect(c1.bbox).toEqual([0, 0, 2, 1]);
    expect(c1.overdue).toHaveLength(1);
    expect(c1.defectCounts).toEqual({ overlap: 1, gap: 0, outside: 0, invalid: 0 });
    expect(c2.problems.map((p) => p.properties.id)).toEqual(['p2']);
    expect(c2.defectCounts.gap).toBe(1);
  });

  it('refuses a community or a selected grid that does not exist', () => {
    expect(() => sheetModels(data, 'nowhere')).toThrow(CommunityNotFound);
    expect(() => sheetModels(data, null, { grid: 'g9', frame: 'town', bbox: null })).toThrow(GridNotFound);
  });

  it('names the selected grid and frames the map on the screen’s view or on that grid, keeping the town’s counts', () => {
    const [view] = sheetModels(data, null, { grid: 'g2', frame: 'view', bbox: [0.5, 0.25, 1.75, 0.75] });
    expect(view.selected).toEqual({ id: 'g2', code: '002', name: 'g2 网格' });
    expect(view.bbox).toEqual([0.5, 0.25, 1.75, 0.75]);
    expect(view.statusCounts).toMatchObject({ missing: 1, late: 1, on_time: 1 });
    const [onGrid] = sheetModels(data, null, { grid: 'g2', frame: 'grid', bbox: null });
    expect(onGrid.bbox).toEqual([1, 0, 2, 1]);
    const [town] = sheetModels(data, null, { grid: 'g2', frame: 'town', bbox: null });
    expect(town.bbox).toEqual([0, 0, 3, 1]);
  });

  it('outlines the selection only on the community sheet that holds it, each framed on its community', () => {
    const [c1, c2] = sheetModels(data, 'all', { grid: 'g3', frame: 'grid', bbox: null });
    expect(c1.selected).toBeNull();
    expect(c1.bbox).toEqual([0, 0, 2, 1]);
    expect(c2.selected?.code).toBe('003');
    expect(c2.bbox).toEqual([2, 0, 3, 1]);
  });

  it('colours a round’s grids and sampled points by their score band, counts the points per band and lists them lowest first', () => {
    const point = (id: string, name: string, communityId: string, gridCode: string | null, x: number) => ({
      type: 'Feature' as const,
      geometry: { type: 'Point' as const, coordinates: [x, 0.5] },
      properties: { id, kind: 'market', name, gridId: null, gridCode, communityId, streetOfficeId: 's', zoneId: null, flagged: gridCode === null, example: false },
    });
    const points = { type: 'FeatureCollection', features: [point('pa', '甲市场', 'c1', '001', 0.5), point('pb', '乙市场', 'c1', '002', 1.5), point('pc', '丙市场', 'c2', '003', 2.5), point('pd', '丁市场', 'c2', '003', 2.7)] };
    // pd was not drawn: it has no score entry and is left off the sheet; pc was drawn and not scored yet
    const assessment = { round: { name: '一轮' }, points, pointScores: { pa: 92.5, pb: 55, pc: null }, gridScores: { g1: 92.5, g2: 55 } };
    const scoredData = deepFreeze({ ...data, assessment }) as unknown as PrintData;
    const [county] = sheetModels(scoredData, null);
    // 92.5 ≥ 90 excellent (#1a9850), 55 < 60 poor (#d73027), null unscored (#b0b7bf); g3 has no score: plain
    expect(county.grids.features.map((f) => [f.properties.id, (f.properties as { scoreColour?: string }).scoreColour])).toEqual([['g1', '#1a9850'], ['g2', '#d73027'], ['g3', undefined]]);
    expect(county.scoredPoints.features.map((f) => [f.properties.id, f.properties.colour, f.properties.label, f.geometry.coordinates])).toEqual([
      ['pa', '#1a9850', '93', [0.5, 0.5]],
      ['pb', '#d73027', '55', [1.5, 0.5]],
      ['pc', '#b0b7bf', '', [2.5, 0.5]],
    ]);
    expect(county.bandCounts).toEqual({ excellent: 1, good: 0, fair: 0, poor: 1, unscored: 1 });
    expect(county.pointRows).toEqual([
      { id: 'pb', name: '乙市场', gridCode: '002', score: 55 },
      { id: 'pa', name: '甲市场', gridCode: '001', score: 92.5 },
      { id: 'pc', name: '丙市场', gridCode: '003', score: null },
    ]);
    const [, c2] = sheetModels(scoredData, 'all');
    expect(c2.scoredPoints.features.map((f) => f.properties.id)).toEqual(['pc']);
    expect(c2.bandCounts.unscored).toBe(1);
    // another kind's sheet has no round: no point drawn, no grid coloured by score
    expect(sheetModels(data, null)[0].scoredPoints.features).toEqual([]);
  });
});
