import { afterEach, describe, expect, it, vi } from 'vitest';
import { json, stubApi } from '../test/api-stub.ts';
import { loadPrintData } from './load-print-data.ts';
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
});
