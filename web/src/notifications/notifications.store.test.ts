import { afterEach, describe, expect, it, vi } from 'vitest';
import type { NotificationItem } from '@wangge/geodata';
import { apiError, json, snapshotStores, stubApi } from '../test/api-stub.ts';
import { useNotifications } from './notifications.store.ts';

const restore = snapshotStores(useNotifications);
afterEach(() => {
  restore();
  vi.unstubAllGlobals();
});

const item = (id: number, readAt: string | null = null): NotificationItem => ({ id, kind: 'problem_assigned', params: { problemId: `P${id}`, category: '环境卫生' }, link: { problem: `P${id}` }, createdAt: '2026-11-25T02:00:00.000Z', readAt });

describe('notifications store', () => {
  it('loads the user’s notifications and the unread count', async () => {
    stubApi(() => json(200, { unread: 1, items: [item(2), item(1, '2026-11-25T01:00:00.000Z')] }));
    await useNotifications.getState().load();
    expect(useNotifications.getState()).toMatchObject({ unread: 1, error: null, items: [{ id: 2 }, { id: 1 }] });
  });

  it('marks one read at once and takes the server’s count after', async () => {
    useNotifications.setState({ items: [item(2), item(1)], unread: 2 });
    const seen = stubApi(() => json(200, { unread: 1 }));
    const marking = useNotifications.getState().markRead([2]);
    expect(useNotifications.getState().unread).toBe(1);
    expect(useNotifications.getState().items!.map((n) => n.readAt !== null)).toEqual([true, false]);
    await marking;
    expect(seen).toEqual([{ method: 'POST', path: '/api/notifications/read', body: { ids: [2] } }]);
  });

  it('marks all read with { all: true }', async () => {
    useNotifications.setState({ items: [item(2), item(1)], unread: 2 });
    const seen = stubApi(() => json(200, { unread: 0 }));
    await useNotifications.getState().markRead();
    expect(seen[0].body).toEqual({ all: true });
    expect(useNotifications.getState()).toMatchObject({ unread: 0 });
    expect(useNotifications.getState().items!.every((n) => n.readAt !== null)).toBe(true);
  });

  it('keeps what it had and says why when the server refuses', async () => {
    useNotifications.setState({ items: [item(1)], unread: 1 });
    stubApi(() => apiError(401, 'unauthenticated', 'log in first'));
    await useNotifications.getState().load();
    expect(useNotifications.getState()).toMatchObject({ unread: 1, error: '请先登录（登录已过期，或已在别处退出）。' });
    useNotifications.getState().clear();
    expect(useNotifications.getState()).toMatchObject({ items: null, unread: 0, error: null });
  });
});
