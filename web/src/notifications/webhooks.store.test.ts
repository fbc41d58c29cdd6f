import { afterEach, describe, expect, it, vi } from 'vitest';
import type { WebhookItem } from '@wangge/geodata';
import { apiError, json, snapshotStores, stubApi } from '../test/api-stub.ts';
import { useWebhooks } from './webhooks.store.ts';

const restore = snapshotStores(useWebhooks);
afterEach(() => {
  restore();
  vi.unstubAllGlobals();
});

const hook: WebhookItem = { id: 'wh_1', name: '创文办群', url: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=abc***xyz', kind: 'wecom', unitId: null, unitName: null, countyId: null, signed: false, createdAt: '2026-11-25T02:00:00.000Z', lastDelivery: null };

describe('webhooks store', () => {
  it('loads the robots and, once, the units for the picker', async () => {
    const seen = stubApi((_m, path) => (path === '/api/units' ? json(200, [{ id: 'zhifa', name: '城市综合执法大队', contactName: '', contactPhone: '' }]) : json(200, [hook])));
    await useWebhooks.getState().load();
    await useWebhooks.getState().load();
    expect(useWebhooks.getState()).toMatchObject({ list: { state: 'ready', data: [hook] }, units: [{ id: 'zhifa', name: '城市综合执法大队' }] });
    expect(seen.map((r) => r.path)).toEqual(['/api/webhooks', '/api/units', '/api/webhooks']);
  });

  it('adds a robot and lists again; a refusal is thrown for the form, in the user’s language', async () => {
    const seen = stubApi((method) => (method === 'POST' ? json(201, { id: 'wh_2' }) : json(200, [hook])));
    useWebhooks.setState({ units: [] });
    await useWebhooks.getState().add({ url: 'https://x.example/h', kind: 'json', unitId: null, name: null, secret: null });
    expect(seen.map((r) => `${r.method} ${r.path}`)).toEqual(['POST /api/webhooks', 'GET /api/webhooks']);
    stubApi(() => apiError(400, 'bad_url', 'url "ftp://x" must start with http:// or https://'));
    await expect(useWebhooks.getState().add({ url: 'ftp://x', kind: 'json', unitId: null, name: null, secret: null })).rejects.toMatchObject({ code: 'bad_url' });
  });

  it('sends a test, then reads the log again', async () => {
    const seen = stubApi((method) => (method === 'POST' ? json(202, { deliveryId: 7 }) : json(200, [{ id: 7, status: 'pending' }])));
    await useWebhooks.getState().test('wh_1');
    expect(seen.map((r) => `${r.method} ${r.path}`)).toEqual(['POST /api/webhooks/wh_1/test', 'GET /api/webhooks/wh_1/deliveries']);
    expect(useWebhooks.getState().logs.wh_1).toEqual({ state: 'ready', data: [{ id: 7, status: 'pending' }] });
  });
});
