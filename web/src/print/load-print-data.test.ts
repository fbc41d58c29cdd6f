import { afterEach, describe, expect, it, vi } from 'vitest';
import { apiError, json, stubApi } from '../test/api-stub.ts';
import { loadPrintData, RoundNotFound } from './load-print-data.ts';
import { parsePrintParams, type PrintParams } from './print-params.ts';

afterEach(() => vi.unstubAllGlobals());

const params = (search: string): PrintParams => {
  const r = parsePrintParams(search);
  if (!r.ok) throw new Error(r.message);
  return r.params;
};

describe('loadPrintData', () => {
  it('draws a week’s status map on the grids in force that week, not today’s', async () => {
    const seen = stubApi((_, path) => json(200, path === '/api/config' ? { currentWeek: '2026-11-20' } : { type: 'FeatureCollection', features: [] }));
    await loadPrintData(params('?week=2026-11-13&kind=status'));
    expect(seen.map((r) => r.path)).toContain('/api/grids?week=2026-11-13');
    expect(seen.map((r) => r.path)).not.toContain('/api/grids');
  });

  it('the current week when none is named; other kinds draw today’s grids', async () => {
    let seen = stubApi((_, path) => json(200, path === '/api/config' ? { currentWeek: '2026-11-20' } : { type: 'FeatureCollection', features: [] }));
    await loadPrintData(params('?kind=status'));
    expect(seen.map((r) => r.path)).toContain('/api/grids?week=2026-11-20');
    vi.unstubAllGlobals();
    seen = stubApi((_, path) => json(200, path === '/api/config' ? { currentWeek: '2026-11-20' } : { type: 'FeatureCollection', features: [] }));
    await loadPrintData(params('?kind=coverage'));
    expect(seen.map((r) => r.path)).toContain('/api/grids');
  });

  it('reads an assessment sheet’s round, points and scores by point and by grid; a sampled point not scored yet is drawn unscored', async () => {
    const round = { id: 'AR1', name: '一轮', sample: [{ pointId: 'pa' }, { pointId: 'pb' }] };
    const seen = stubApi((_, path) => {
      if (path === '/api/config') return json(200, { currentWeek: '2026-11-20' });
      if (path === '/api/assessment/rounds/AR1') return json(200, round);
      if (path.startsWith('/api/assessment/rounds/AR1/scores?by=point')) return json(200, { groups: [{ key: 'pa', score: 75 }] });
      if (path.startsWith('/api/assessment/rounds/AR1/scores?by=grid')) return json(200, { groups: [{ key: 'g1', score: 75 }] });
      return json(200, { type: 'FeatureCollection', features: [] });
    });
    const data = await loadPrintData(params('?kind=assessment&round=AR1'));
    expect(data.assessment?.round).toEqual(round);
    expect(data.assessment?.pointScores).toEqual({ pa: 75, pb: null });
    expect(data.assessment?.gridScores).toEqual({ g1: 75 });
    expect(seen.map((r) => r.path)).toEqual(expect.arrayContaining(['/api/grids', '/api/assessment/points']));
    expect(seen.map((r) => r.path)).not.toContain('/api/status?week=2026-11-20');
  });

  it('names a round that is not there', async () => {
    stubApi((_, path) => (path === '/api/config' ? json(200, { currentWeek: '2026-11-20' }) : path.startsWith('/api/assessment/rounds/') ? apiError(404, 'not_found', 'no such round') : json(200, { type: 'FeatureCollection', features: [] })));
    await expect(loadPrintData(params('?kind=assessment&round=AR9'))).rejects.toEqual(new RoundNotFound('AR9'));
  });
});
