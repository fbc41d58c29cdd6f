import { afterEach, describe, expect, it, vi } from 'vitest';
import { apiError, json, snapshotStores, stubApi } from '../test/api-stub.ts';
import { statusOf, useData } from './data.store.ts';

const restore = snapshotStores(useData);
afterEach(() => {
  restore();
  vi.unstubAllGlobals();
});

const status = (week: string, mark: string) => ({ week, grids: [], counts: {}, mark });

describe('data store', () => {
  it('asks for a week’s status once; a failed one is asked again', async () => {
    let fail = true;
    const seen = stubApi((_, path) => {
      const week = new URLSearchParams(path.split('?')[1]).get('week')!;
      if (fail) return apiError(500, 'internal', 'boom');
      return json(200, status(week, 'first'));
    });
    await useData.getState().loadStatus('2026-11-20');
    expect(useData.getState().statusByWeek['2026-11-20']).toMatchObject({ state: 'error' });
    fail = false;
    await useData.getState().loadStatus('2026-11-20');
    await useData.getState().loadStatus('2026-11-20');
    expect(seen).toHaveLength(2);
    expect(statusOf('2026-11-20')).toMatchObject({ mark: 'first' });
    expect(statusOf('2026-11-13')).toBeNull();
  });

  it('reloading a week keeps its colours when the new answer fails, and takes the new one when it comes', async () => {
    let answer = json(200, status('2026-11-20', 'first'));
    stubApi(() => answer);
    await useData.getState().loadStatus('2026-11-20');
    answer = apiError(503, 'unavailable', 'down');
    await useData.getState().reloadStatus('2026-11-20');
    expect(statusOf('2026-11-20')).toMatchObject({ mark: 'first' });
    answer = json(200, status('2026-11-20', 'second'));
    await useData.getState().reloadStatus('2026-11-20');
    expect(statusOf('2026-11-20')).toMatchObject({ mark: 'second' });
  });

  it('says why the first load failed, in the UI language', async () => {
    stubApi(() => apiError(500, 'internal', 'internal server error'));
    await useData.getState().loadBase();
    expect(useData.getState()).toMatchObject({ config: null, baseError: '服务器出错了，请稍后再试。' });
  });
});
