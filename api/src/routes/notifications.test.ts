import { describe, expect, it } from 'vitest';
import type { NotificationsResponse, ProblemDetailResponse } from '@wangge/geodata';
import { errorOf, loginAs, sqlRows, tinyApp } from '../test/fixture.ts';
import { sendJson } from '../test/problem-steps.ts';

type App = Awaited<ReturnType<typeof tinyApp>>['app'];

async function notificationsOf(app: App, cookie: string): Promise<NotificationsResponse> {
  const res = await app.request('/api/notifications', { headers: { cookie } });
  expect(res.status).toBe(200);
  return (await res.json()) as NotificationsResponse;
}

/**
 * The leader files a problem at (100.002, 30.005), in G1 (held by U1 and U2); the inspector
 * assigns it to U1, whose reporter is reporter-u1.
 */
async function assigned() {
  const { app, store } = await tinyApp();
  const [leader, inspector, u1, u2] = await Promise.all(['leader', 'inspector', 'reporter-u1', 'reporter-u2'].map((u) => loginAs(app, u)));
  const filed = (await (await sendJson(app, 'POST', '/api/problems', leader, { lon: 100.002, lat: 30.005, category: '环境卫生', description: '绿化带垃圾' })).json()) as ProblemDetailResponse;
  const step = async (cookie: string, body: unknown) => {
    const res = await sendJson(app, 'PATCH', `/api/problems/${filed.id}`, cookie, body);
    expect(res.status, await res.clone().text()).toBe(200);
  };
  await step(inspector, { status: 'assigned', ownerUnitId: 'U1' });
  return { app, store, id: filed.id, leader, inspector, u1, u2, step };
}

describe('notifications of problem steps', () => {
  it('tells the owner unit’s reporter a problem was assigned to it, and nobody else', async () => {
    const { app, id, leader, inspector, u1, u2 } = await assigned();
    const mine = await notificationsOf(app, u1);
    expect(mine.unread).toBe(1);
    expect(mine.items).toEqual([{ id: expect.any(Number), kind: 'problem_assigned', params: { problemId: id, category: '环境卫生' }, link: { problem: id }, createdAt: '2026-11-25T02:00:00.000Z', readAt: null }]);
    // U2 answers for the place too, but does not own the problem; the inspector took the step
    for (const other of [u2, inspector, leader]) expect(await notificationsOf(app, other)).toEqual({ unread: 0, items: [] });
  });

  it('tells the filer it was fixed and the owner unit it was sent back, with the reason', async () => {
    const { app, id, leader, inspector, u1, step } = await assigned();
    await step(u1, { status: 'in_progress' });
    await step(u1, { status: 'fixed', note: '已清理' });
    expect((await notificationsOf(app, leader)).items.map((n) => [n.kind, n.params])).toEqual([['problem_fixed', { problemId: id, category: '环境卫生' }]]);
    await step(inspector, { status: 'in_progress', note: '还有垃圾' });
    const u1Items = (await notificationsOf(app, u1)).items;
    // newest first
    expect(u1Items.map((n) => [n.kind, n.params])).toEqual([
      ['problem_returned', { problemId: id, category: '环境卫生', note: '还有垃圾' }],
      ['problem_assigned', { problemId: id, category: '环境卫生' }],
    ]);
  });

  it('stores nothing when the step is refused', async () => {
    const { app, store, u2 } = await assigned();
    const before = await sqlRows(store, 'select id from notifications');
    // U2 does not own the problem: it may not start it
    const [id] = (await sqlRows<{ id: string }>(store, 'select id from problems where created_by = \'leader\''));
    const res = await sendJson(app, 'PATCH', `/api/problems/${id.id}`, u2, { status: 'in_progress' });
    expect(res.status).toBe(403);
    expect(await sqlRows(store, 'select id from notifications')).toEqual(before);
  });
});

describe('POST /api/notifications/read', () => {
  it('marks the user’s own by id or all at once, and leaves others’ alone', async () => {
    const { app, u1, leader, inspector, step } = await assigned();
    await step(u1, { status: 'in_progress' });
    await step(u1, { status: 'fixed', note: '已清理' });
    await step(inspector, { status: 'in_progress', note: '还有垃圾' });
    const items = (await notificationsOf(app, u1)).items;
    const leaderItem = (await notificationsOf(app, leader)).items[0];

    const one = await sendJson(app, 'POST', '/api/notifications/read', u1, { ids: [items[1].id, leaderItem.id] });
    expect(await one.json()).toEqual({ unread: 1 });
    const after = await notificationsOf(app, u1);
    expect(after.items.map((n) => n.readAt === null)).toEqual([true, false]);
    expect(after.items[1].readAt).toBe('2026-11-25T02:00:00.000Z');
    // the leader's was not the reporter's to mark
    expect((await notificationsOf(app, leader)).unread).toBe(1);

    expect(await (await sendJson(app, 'POST', '/api/notifications/read', u1, { all: true })).json()).toEqual({ unread: 0 });
    expect((await notificationsOf(app, u1)).unread).toBe(0);
  });

  it('refuses a body naming nothing, and anyone not logged in', async () => {
    const { app, u1 } = await assigned();
    const bad = await sendJson(app, 'POST', '/api/notifications/read', u1, { ids: 'all' });
    expect(bad.status).toBe(400);
    expect((await errorOf(bad)).code).toBe('bad_field');
    expect((await sendJson(app, 'POST', '/api/notifications/read', null, { all: true })).status).toBe(401);
    expect((await app.request('/api/notifications')).status).toBe(401);
  });
});
