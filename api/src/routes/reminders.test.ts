import { afterEach, describe, expect, it } from 'vitest';
import type { NotificationsResponse } from '@wangge/geodata';
import { createApp } from '../app.ts';
import { WebhookDeliverer } from '../services/webhook-delivery.ts';
import { errorOf, jsonOf, loginAs, sqlExec, sqlRows, storeReport, tinyApp } from '../test/fixture.ts';
import { sendJson } from '../test/problem-steps.ts';
import { receiver } from '../test/receiver.ts';

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
});

/**
 * Wednesday 2026-11-25 10:00: week 2026-11-20 is past its deadline and still open (it closes
 * Thursday 12:00); nobody has reported, so U1 (G1), U2 (G1, G2) and U3 (G3) are all missing.
 * Every outgoing request goes through `fetch`, which records it.
 */
async function setup() {
  const { store, clock } = await tinyApp();
  const posts: string[] = [];
  const fetch = (async (url: string, init: RequestInit) => {
    posts.push(url);
    return globalThis.fetch(url, init);
  }) as typeof globalThis.fetch;
  const deliverer = new WebhookDeliverer(store, clock, { timeoutMs: 1000, attempts: 1, fetch });
  closers.push(() => deliverer.idle());
  const app = createApp({ store, clock, outbound: { publicUrl: 'https://wangge.example.gov.cn', deliverer, sms: null } });
  const leader = await loginAs(app, 'leader');
  const remind = (body: unknown, cookie: string | null = leader) => sendJson(app, 'POST', '/api/reminders', cookie, body);
  const inbox = async (username: string) => {
    const cookie = await loginAs(app, username);
    return (await (await app.request('/api/notifications', { headers: { cookie } })).json()) as NotificationsResponse;
  };
  return { app, store, deliverer, posts, leader, remind, inbox };
}

describe('POST /api/reminders (催报)', () => {
  it('reminds every unit still to report, in the app, and records it in the audit trail', async () => {
    const { store, remind, inbox, posts, deliverer } = await setup();
    await storeReport(store, 'U1', 'G1', '2026-11-20', '2026-11-23T11:00:00+08:00');
    const res = await remind({ week: '2026-11-20' });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      week: '2026-11-20',
      units: [
        { unitId: 'U3', unitName: '市场监管局', status: 'missing' },
        { unitId: 'U2', unitName: '乙局', status: 'missing' },
      ],
      notified: 2,
      messages: 0,
    });
    const [n] = (await inbox('reporter-u2')).items;
    expect(n).toMatchObject({ kind: 'report_reminder', params: { week: '2026-11-20', grids: 2, by: '县级领导（演示）' }, link: { view: 'reports', week: '2026-11-20' }, readAt: null });
    expect((await inbox('reporter-u1')).items).toEqual([]);
    const trail = await sqlRows<{ user_id: string; entity_id: string; after: unknown }>(store, "select user_id, entity_id, after from audit_events where entity = 'week' and action = 'remind'");
    expect(trail.map((r) => [r.user_id, r.entity_id, jsonOf(r.after)])).toEqual([
      ['leader', '2026-11-20', { units: [{ unitId: 'U3', status: 'missing' }, { unitId: 'U2', status: 'missing' }], notified: 2, messages: 0 }],
    ]);
    // no robot configured: nothing leaves the server
    await deliverer.idle();
    expect(posts).toEqual([]);
  });

  it('reminds the units named, refusing one that has nothing to report or does not exist', async () => {
    const { store, remind, inbox } = await setup();
    await storeReport(store, 'U1', 'G1', '2026-11-20', '2026-11-23T11:00:00+08:00');
    const done = await remind({ week: '2026-11-20', unitIds: ['U1', 'U3'] });
    expect(done.status).toBe(400);
    expect(await errorOf(done)).toEqual({ code: 'not_outstanding', message: 'these units have nothing to report for week 2026-11-20 (reported, or no grid that week): U1', details: { units: ['U1'] } });
    expect(await errorOf(await remind({ week: '2026-11-20', unitIds: ['U9'] }))).toMatchObject({ code: 'unknown_unit' });
    expect(await sqlRows(store, 'select id from notifications')).toEqual([]);
    expect(await (await remind({ week: '2026-11-20', unitIds: ['U3'] })).json()).toMatchObject({ units: [{ unitId: 'U3' }], notified: 1 });
    expect((await inbox('reporter-u3')).unread).toBe(1);
    expect((await inbox('reporter-u2')).unread).toBe(0);
  });

  it('sends the unit’s robot and the county’s the reminder, shaped for 企业微信 and 钉钉', async () => {
    const r = await receiver('ok');
    closers.push(r.close);
    const { store, remind, deliverer } = await setup();
    await sqlExec(store, `insert into webhooks (id, url, kind, unit_id, created_at) values ('w-u3', '${r.url('/wecom-u3')}', 'wecom', 'U3', 0), ('w-all', '${r.url('/dingtalk-all')}', 'dingtalk', null, 0)`);
    expect(await (await remind({ week: '2026-11-20', unitIds: ['U3', 'U2'] })).json()).toMatchObject({ notified: 2, messages: 2 });
    await deliverer.idle();
    const byPath = Object.fromEntries(r.received.map((x) => [x.url, x.body]));
    expect(byPath['/wecom-u3']).toEqual({
      msgtype: 'markdown',
      markdown: {
        content: [
          '### 市场监管局：催报11月20日当周周报',
          '县级领导（演示） 提醒：以下网格11月20日当周的周报尚未报送，请尽快报送（截止 11月23日（周一）12:00）：',
          '· 乙社区第1网格（999999002001001）',
          '[在网格系统中查看](https://wangge.example.gov.cn/?week=2026-11-20&view=reports)',
        ].join('\n'),
      },
    });
    expect(byPath['/dingtalk-all']).toEqual({
      msgtype: 'markdown',
      markdown: {
        title: '县级领导（演示） 催报11月20日当周周报（2 个单位）',
        text: [
          '### 县级领导（演示） 催报11月20日当周周报（2 个单位）',
          '· 市场监管局（王五 13800000003）：乙社区第1网格（999999002001001）',
          '· 乙局（李四 13800000002）：甲社区第1网格（999999001001001）、甲社区第2网格（999999001001002）',
          '[在网格系统中查看](https://wangge.example.gov.cn/?week=2026-11-20&view=overdue)',
        ].join('\n\n'),
      },
    });
  });

  it('is for staff, and refuses a closed week and a day that is not a Friday', async () => {
    const { app, remind } = await setup();
    expect((await remind({ week: '2026-11-20' }, await loginAs(app, 'reporter-u1'))).status).toBe(403);
    expect((await remind({ week: '2026-11-20' }, null)).status).toBe(401);
    // week 2026-11-13 closed on Thursday 2026-11-19 12:00
    const closed = await remind({ week: '2026-11-13' });
    expect(closed.status).toBe(409);
    expect((await errorOf(closed)).code).toBe('week_closed');
    expect(await errorOf(await remind({ week: '2026-11-19' }))).toMatchObject({ code: 'bad_week' });
  });
});
