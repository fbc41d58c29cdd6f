import { afterEach, describe, expect, it, vi } from 'vitest';
import type { NewOutboxItem } from '../offline/outbox-item.ts';
import { useView } from '../state/view.store.ts';
import { apiError, json, snapshotStores, stubApi } from '../test/api-stub.ts';
import { useProblemCard } from './card.store.ts';
import { useFiling } from './filing.store.ts';
import { useProblemQuery } from './query.store.ts';

const queued: NewOutboxItem[] = [];
vi.mock('../offline/queue-write.ts', async (actual) => ({
  ...(await actual<typeof import('../offline/queue-write.ts')>()),
  queueWrite: async (input: NewOutboxItem) => {
    queued.push(input);
    return true;
  },
}));

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

  it('sends the accuracy of the device’s location fix with a place it gave, none with a place clicked', async () => {
    const seen = stubApi((method) => (method === 'POST' ? json(201, filed) : json(200, [])));
    useFiling.getState().start();
    useFiling.getState().place([105.6, 27.1], 12);
    useFiling.getState().edit({ category: '门前三包', description: '杂物' });
    await useFiling.getState().submit();
    expect(seen.find((r) => r.method === 'POST')?.body).toMatchObject({ accuracy: 12 });

    useFiling.getState().start();
    useFiling.getState().place([105.6, 27.1]);
    useFiling.getState().edit({ category: '门前三包', description: '杂物' });
    await useFiling.getState().submit();
    expect(seen.filter((r) => r.method === 'POST')[1].body).not.toHaveProperty('accuracy');
  });

  it('keeps the form and says why when the server refuses', async () => {
    stubApi((method) => (method === 'POST' ? apiError(400, 'outside_county', 'the point is outside every community') : json(200, [])));
    useFiling.getState().start();
    useFiling.getState().place([100, 30]);
    useFiling.getState().edit({ category: '门前三包', description: '杂物' });
    await useFiling.getState().submit();
    expect(useFiling.getState()).toMatchObject({ active: true, submitting: false, at: [100, 30], error: '这个位置不在本县任何社区内（经纬度是否填反了？）。' });
  });

  it('puts the photos the connection dropped on into the outbox, for the problem already filed, and says so', async () => {
    queued.length = 0;
    let photo = 0;
    stubApi((method, path) => {
      if (method === 'POST' && path === '/api/problems') return json(201, filed);
      // the first photo arrives, then the signal goes
      if (method === 'POST' && path.endsWith('/photos')) {
        if (++photo === 1) return json(201, { id: 'ph1' });
        throw new TypeError('Failed to fetch');
      }
      return json(200, filed);
    });
    const files = ['a.jpg', 'b.jpg', 'c.jpg'].map((n) => new File([new Uint8Array(2)], n, { type: 'image/jpeg' }));
    useFiling.getState().start();
    useFiling.getState().place([105.6, 27.1]);
    useFiling.getState().edit({ category: '门前三包', description: '杂物', photos: files });
    await useFiling.getState().submit();
    expect(queued).toHaveLength(1);
    expect(queued[0]).toMatchObject({ kind: 'problem.file', filed: { id: 'problem-9', eventId: 1 } });
    expect(queued[0].photos.map((f) => f.name)).toEqual(['b.jpg', 'c.jpg']);
    expect(useProblemCard.getState()).toMatchObject({ justFiled: true, photosQueued: 2, photoError: null });
  });

  it('names the photo the server refused, and queues nothing', async () => {
    queued.length = 0;
    stubApi((method, path) => {
      if (method === 'POST' && path === '/api/problems') return json(201, filed);
      if (method === 'POST' && path.endsWith('/photos')) return apiError(413, 'too_large', 'the photo is larger than 10 MB');
      return json(200, filed);
    });
    useFiling.getState().start();
    useFiling.getState().place([105.6, 27.1]);
    useFiling.getState().edit({ category: '门前三包', description: '杂物', photos: [new File([new Uint8Array(2)], 'big.jpg', { type: 'image/jpeg' })] });
    await useFiling.getState().submit();
    expect(queued).toEqual([]);
    expect(useProblemCard.getState().photosQueued).toBe(0);
    expect(useProblemCard.getState().photoError).toMatch(/^big\.jpg: /);
  });
});
