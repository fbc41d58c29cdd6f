import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CoverageReport, CoverageResponse } from '@wangge/geodata';
import { json, snapshotStores, stubApi } from '../test/api-stub.ts';
import { shownReport, useCoverage, type LiveCoverage } from './coverage.store.ts';

const restore = snapshotStores(useCoverage);
afterEach(() => {
  restore();
  vi.unstubAllGlobals();
});

const stored = { ok: true, summary: { grids: 30 } } as unknown as CoverageResponse;
const live: LiveCoverage = { report: { ok: false, summary: { grids: 31 } } as unknown as CoverageReport, ms: 12, grids: [] };

describe('coverage store', () => {
  it('asks the server once for the stored grids’ report, and again only when told to', async () => {
    const seen = stubApi(() => json(200, stored));
    await useCoverage.getState().loadStored();
    await useCoverage.getState().loadStored();
    expect(seen).toHaveLength(1);
    await useCoverage.getState().reloadStored();
    expect(seen).toHaveLength(2);
  });

  it('shows the live check while grids are edited, else the stored report once loaded', () => {
    expect(shownReport({ stored: null, live: null })).toBeNull();
    expect(shownReport({ stored: { state: 'ready', data: stored }, live: null })).toBe(stored);
    expect(shownReport({ stored: { state: 'ready', data: stored }, live })).toBe(live.report);
    expect(shownReport({ stored: { state: 'loading' }, live: null })).toBeNull();
  });

  it('every click on a defect asks the map to move, the same one again too; closing the view forgets the focus', () => {
    const focus = { key: 'gap:c1', bbox: [105.6, 27.1, 105.61, 27.11] as [number, number, number, number] };
    useCoverage.getState().setShown(true);
    useCoverage.getState().focusOn(focus);
    useCoverage.getState().focusOn(focus);
    expect(useCoverage.getState()).toMatchObject({ focus, focusRequest: 2 });
    useCoverage.getState().setShown(false);
    expect(useCoverage.getState()).toMatchObject({ shown: false, focus: null });
  });
});
