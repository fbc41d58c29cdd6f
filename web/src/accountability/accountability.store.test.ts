import { afterEach, describe, expect, it, vi } from 'vitest';
import { useData } from '../state/data.store.ts';
import { apiError, deferred, json, snapshotStores, stubApi } from '../test/api-stub.ts';
import { useAccountability } from './accountability.store.ts';

const restore = snapshotStores(useAccountability, useData);
afterEach(() => {
  restore();
  vi.unstubAllGlobals();
});

describe('accountability store', () => {
  it('keeps showing the last overdue list while it asks again, and says why it failed', async () => {
    let answer: Promise<Response> = Promise.resolve(json(200, { week: '2026-11-20', rows: [] }));
    stubApi(() => answer);
    await useAccountability.getState().loadOverdue('2026-11-20');
    const later = deferred<Response>();
    answer = later.promise;
    const loading = useAccountability.getState().loadOverdue('2026-11-20');
    expect(useAccountability.getState().overdue['2026-11-20'].state).toBe('ready');
    later.resolve(apiError(403, 'forbidden', 'a reporter may not do this'));
    await loading;
    expect(useAccountability.getState().overdue['2026-11-20']).toEqual({ state: 'error', message: '你的账号没有权限做这件事。' });
  });

  it('marking a week exempt drops every list and trend, reloads the exempt weeks and that week’s map colours', async () => {
    const seen = stubApi((method) => (method === 'POST' ? json(201, { week: '2026-10-02', reason: '国庆' }) : json(200, [{ week: '2026-10-02', reason: '国庆' }])));
    const reloadStatus = vi.fn(async () => undefined);
    useData.setState({ reloadStatus });
    useAccountability.setState({ overdue: { '2026-10-02': { state: 'loading' } }, trends: { x: { state: 'loading' } } });
    await useAccountability.getState().setExempt('2026-10-02', '国庆');
    expect(seen.map((r) => `${r.method} ${r.path}`)).toEqual(['POST /api/exempt-weeks', 'GET /api/exempt-weeks']);
    expect(seen[0].body).toEqual({ week: '2026-10-02', reason: '国庆' });
    expect(useAccountability.getState()).toMatchObject({ overdue: {}, trends: {}, exempt: { state: 'ready' } });
    expect(reloadStatus).toHaveBeenCalledWith('2026-10-02');
  });

  it('clear forgets what was loaded and keeps the filters', () => {
    useAccountability.setState({ filters: { ...useAccountability.getState().filters, unit: 'zhifa' }, overdue: { w: { state: 'loading' } }, exempt: { state: 'loading' } });
    useAccountability.getState().clear();
    expect(useAccountability.getState()).toMatchObject({ overdue: {}, trends: {}, exempt: null, filters: { unit: 'zhifa' } });
  });
});
