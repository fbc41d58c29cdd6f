import { afterEach, describe, expect, it, vi } from 'vitest';
import { useView } from '../state/view.store.ts';
import { apiError, json, snapshotStores, stubApi } from '../test/api-stub.ts';
import { useProblemCard } from './card.store.ts';
import { useFiling } from './filing.store.ts';
import { useProblemQuery } from './query.store.ts';

const restore = snapshotStores(useFiling, useProblemCard, useProblemQuery, useView);
afterEach(() => {
  useFiling.getState().cancel();
  restore();
  vi.unstubAllGlobals();
});

const filed = { id: 'problem-9', lon: 105.6, lat: 27.1, status: 'reported', events: [{ id: 1, action: 'file' }], photos: [] };

describe('filing store', () => {
  it('places the pin only while filing', () => {
    expect(useFiling.getState().place([105.6, 27.1])).toBe(false);
    expect(useFiling.getState().at).toBeNull();
    useFiling.getState().start();
    expect(useFiling.getState().place([105.6, 27.1])).toBe(true);
    expect(useFiling.getState().at).toEqual([105.6, 27.1]);
  });

  it('starting closes the open card', () => {
    useProblemCard.setState({ detail: { key: 'problem-1', load: { state: 'loading' } } });
    useFiling.getState().start();
    expect(useProblemCard.getState().detail).toBeNull();
  });

  it('sends nothing without a place, a category and a description', async () => {
    const seen = stubApi(() => json(201, filed));
    useFiling.getState().start();
    useFiling.getState().place([105.6, 27.1]);
    useFiling.getState().edit({ description: '   ' });
    await useFiling.getState().submit();
    expect(seen.filter((r) => r.method === 'POST')).toEqual([]);
  });

  it('files the problem, ends filing, shows its card as just filed, and has every view ask again', async () => {
    const seen = stubApi((method) => (method === 'POST' ? json(201, filed) : json(200, [])));
    useFiling.getState().start();
    useFiling.getState().place([105.6, 27.1]);
    useFiling.getState().edit({ category: '门前三包', description: ' 门前堆放杂物 ' });
    await useFiling.getState().submit();
    expect(seen.find((r) => r.method === 'POST')).toMatchObject({ path: '/api/problems', body: { lon: 105.6, lat: 27.1, category: '门前三包', description: '门前堆放杂物', clientId: expect.stringMatching(/^[0-9a-f-]{36}$/) } });
    expect(useFiling.getState().active).toBe(false);
    expect(useProblemCard.getState()).toMatchObject({ justFiled: true, detail: { key: 'problem-9', load: { state: 'ready' } } });
    expect(useView.getState().problem).toBe('problem-9');
    expect(useProblemQuery.getState().revision).toBe(1);
  });

  it('keeps the form and says why when the server refuses', async () => {
    stubApi((method) => (method === 'POST' ? apiError(400, 'outside_county', 'the point is outside every community') : json(200, [])));
    useFiling.getState().start();
    useFiling.getState().place([100, 30]);
    useFiling.getState().edit({ category: '门前三包', description: '杂物' });
    await useFiling.getState().submit();
    expect(useFiling.getState()).toMatchObject({ active: true, submitting: false, at: [100, 30], error: '这个位置不在本县任何社区内（经纬度是否填反了？）。' });
  });
});
