import { afterEach, describe, expect, it, vi } from 'vitest';
import { deferred, json, snapshotStores, stubApi } from '../test/api-stub.ts';
import { useGridHistory } from './history.store.ts';

const restore = snapshotStores(useGridHistory);
afterEach(() => {
  restore();
  vi.unstubAllGlobals();
});

describe('grid history store', () => {
  it('shows the history of the grid asked for last, dropping a late answer for another', async () => {
    const answers = { g1: deferred<Response>(), g2: deferred<Response>() };
    stubApi((_, path) => answers[path.split('/')[3] as 'g1' | 'g2'].promise);
    const first = useGridHistory.getState().open('g1');
    const second = useGridHistory.getState().open('g2');
    answers.g2.resolve(json(200, [{ id: 2, action: 'update' }]));
    answers.g1.resolve(json(200, [{ id: 1, action: 'update' }]));
    await Promise.all([first, second]);
    expect(useGridHistory.getState()).toMatchObject({ gridId: 'g2', entries: { state: 'ready', data: [{ id: 2 }] } });
  });

  it('closing forgets the version drawn on the map', async () => {
    useGridHistory.setState({ gridId: 'g1', shown: { entry: 1, geometry: { type: 'Polygon', coordinates: [] } } });
    await useGridHistory.getState().open(null);
    expect(useGridHistory.getState()).toMatchObject({ gridId: null, entries: null, shown: null });
  });
});
