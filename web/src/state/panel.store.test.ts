import { afterEach, describe, expect, it, vi } from 'vitest';
import { deferred, json, snapshotStores, stubApi } from '../test/api-stub.ts';
import { usePanel } from './panel.store.ts';
import { useView } from './view.store.ts';

const restore = snapshotStores(usePanel, useView);
afterEach(() => {
  restore();
  vi.unstubAllGlobals();
});

describe('panel store', () => {
  it('shows the detail of the grid selected last, dropping an answer that comes late for the one before', async () => {
    const answers = new Map([
      ['g1', deferred<Response>()],
      ['g2', deferred<Response>()],
    ]);
    stubApi((_, path) => answers.get(path.split('/api/grids/')[1].split('?')[0])!.promise);
    usePanel.getState().sync({ grid: 'g1', at: null }, '2026-11-20');
    usePanel.getState().sync({ grid: 'g2', at: null }, '2026-11-20');
    answers.get('g2')!.resolve(json(200, { grid: { id: 'g2' } }));
    answers.get('g1')!.resolve(json(200, { grid: { id: 'g1' } }));
    await vi.waitFor(() => expect(usePanel.getState().detail?.load.state).toBe('ready'));
    await new Promise((r) => setTimeout(r, 0));
    expect(usePanel.getState().detail).toMatchObject({ key: 'g2@2026-11-20', load: { data: { grid: { id: 'g2' } } } });
  });

  it('a click asks who answers for the place, then selects its grid with the clicked spot', async () => {
    const seen = stubApi(() => json(200, { grid: { id: 'chengzhong-1' }, zones: [] }));
    await usePanel.getState().inspectAt([105.6, 27.1]);
    expect(seen.map((r) => r.path)).toEqual(['/api/locate?lon=105.6&lat=27.1']);
    expect(useView.getState().selection).toEqual({ grid: 'chengzhong-1', at: [105.6, 27.1] });
  });

  it('a click outside every grid still marks the spot, with no grid', async () => {
    stubApi(() => json(200, { grid: null, zones: [] }));
    await usePanel.getState().inspectAt([106.2, 27.5]);
    expect(useView.getState().selection).toEqual({ grid: null, at: [106.2, 27.5] });
  });

  it('no selection: nothing to show, nothing asked', () => {
    const seen = stubApi(() => json(200, {}));
    usePanel.setState({ detail: { key: 'g1@2026-11-20', load: { state: 'loading' } } });
    usePanel.getState().sync({ grid: null, at: null }, '2026-11-20');
    expect(usePanel.getState()).toMatchObject({ detail: null, place: null });
    expect(seen).toEqual([]);
  });
});
