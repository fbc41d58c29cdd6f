import { afterEach, describe, expect, it } from 'vitest';
import type { NotificationsResponse } from '@wangge/geodata';
import type { Store } from '../db/store.ts';
import { loginAs, sqlExec, sqlRows, storeReport, tinyApp } from '../test/fixture.ts';
import { secondStore } from '../test/test-store.ts';
import { ReminderScheduler } from './jobs.ts';
import type { Outbound } from './outbound.ts';
import type { SmsMessage } from './sms.ts';
import { WebhookDeliverer } from './webhook-delivery.ts';

const at = (iso: string) => Date.parse(iso);

const deliverers: WebhookDeliverer[] = [];
// a tick ends by looking for messages to send: let that finish before the database closes
afterEach(async () => {
  await Promise.all(deliverers.splice(0).map((d) => d.idle()));
});

/** Channels that send nothing anywhere: webhook posts and text messages are recorded. */
function recordingOutbound(store: Store) {
  const posts: { url: string; body: unknown }[] = [];
  const sms: SmsMessage[] = [];
  const fetch = (async (url: string, init: RequestInit) => {
    posts.push({ url, body: JSON.parse(String(init.body)) });
    return new Response('{"errcode":0,"errmsg":"ok"}', { status: 200 });
  }) as typeof globalThis.fetch;
  const deliverer = new WebhookDeliverer(store, () => 0, { fetch });
  deliverers.push(deliverer);
  const out: Outbound = {
    publicUrl: 'https://wangge.example.gov.cn',
    deliverer,
    sms: { send: async (phone, text) => void sms.push({ phone, text }) },
  };
  return { out, posts, sms };
}

/**
 * The tiny county (first week 2026-11-13): G1 is held by U1 and U2, G2 by U2, G3 by U3; each
 * unit has one reporter, reporter-u1 … reporter-u3. 2026-11-20 is a Friday, 11-23 the Monday after.
 */
async function setup() {
  const { app, store } = await tinyApp();
  const { out, posts, sms } = recordingOutbound(store);
  const scheduler = (name = 'a', wall?: () => number) => new ReminderScheduler(store, () => 0, out, { owner: name, wallClock: wall });
  const inbox = async (username: string) => {
    const cookie = await loginAs(app, username);
    return (await (await app.request('/api/notifications', { headers: { cookie } })).json()) as NotificationsResponse;
  };
  const kinds = async (username: string) => (await inbox(username)).items.map((n) => [n.kind, n.params]);
  return { app, store, out, posts, sms, scheduler, inbox, kinds };
}

describe('Friday 15:00: go to your grid', () => {
  it('tells every unit holding grids that week once, however often and by however many schedulers it ticks', async () => {
    const { scheduler, kinds } = await setup();
    const a = scheduler('a');
    const runs = await a.tick(at('2026-11-20T15:00:00+08:00'));
    expect(runs.map((r) => [r.job, new Date(r.slot).toISOString(), r.notified])).toEqual([
      ['go_to_grid', '2026-11-20T07:00:00.000Z', 3],
      // the daily problem run of 08:00 that morning, with nothing overdue and owned
      ['overdue_problems', '2026-11-20T00:00:00.000Z', 0],
    ]);
    expect(await a.tick(at('2026-11-20T15:30:00+08:00'))).toEqual([]);
    // a restart: a new scheduler, same database
    expect(await scheduler('restarted').tick(at('2026-11-20T15:45:00+08:00'))).toEqual([]);
    expect(await kinds('reporter-u1')).toEqual([['go_to_grid', { week: '2026-11-20', grids: 1 }]]);
    expect(await kinds('reporter-u2')).toEqual([['go_to_grid', { week: '2026-11-20', grids: 2 }]]);
    expect(await kinds('reporter-u3')).toEqual([['go_to_grid', { week: '2026-11-20', grids: 1 }]]);
    expect(await kinds('leader')).toEqual([]);
  });

  it('catches up a slot missed while the server was down, once, and not once its window passed', async () => {
    const { store, scheduler, kinds } = await setup();
    expect((await scheduler().tick(at('2026-11-20T14:00:00+08:00'))).map((r) => r.job)).toEqual(['overdue_problems']);
    // down from 14:00 to 20:00: the 15:00 reminder goes out at 20:00, and U1, which reported at 17:00, is left out
    await storeReport(store, 'U1', 'G1', '2026-11-20', '2026-11-20T17:00:00+08:00');
    expect((await scheduler().tick(at('2026-11-20T20:00:00+08:00'))).map((r) => [r.job, r.notified])).toEqual([['go_to_grid', 2]]);
    expect(await kinds('reporter-u1')).toEqual([]);
    expect(await kinds('reporter-u2')).toEqual([['go_to_grid', { week: '2026-11-20', grids: 2 }]]);
    // a week later the server starts again at Saturday 01:00, after the window (until Friday 24:00): the slot is let go
    expect((await scheduler().tick(at('2026-11-28T01:00:00+08:00'))).map((r) => r.job)).toEqual(['overdue_problems']);
    expect((await kinds('reporter-u3')).length).toBe(1);
  });

  it('sends nothing in a holiday week', async () => {
    const { store, scheduler, kinds } = await setup();
    await sqlExec(store, "insert into exempt_weeks (week, reason, created_at) values ('2026-11-20', '国庆', 0)");
    await scheduler().tick(at('2026-11-20T15:00:00+08:00'));
    expect(await kinds('reporter-u2')).toEqual([]);
  });
});

describe('Monday 09:00 and 12:00', () => {
  it('tells units still pending how many hours are left, in the app, their groups and by text message', async () => {
    const { store, scheduler, kinds, out, posts, sms } = await setup();
    await sqlExec(store, "insert into webhooks (id, url, kind, unit_id, created_at) values ('w-u3', 'http://hooks.example/u3', 'json', 'U3', 0), ('w-all', 'http://hooks.example/all', 'wecom', null, 0)");
    await storeReport(store, 'U1', 'G1', '2026-11-20', '2026-11-21T10:00:00+08:00');
    const runs = await scheduler().tick(at('2026-11-23T09:00:00+08:00'));
    expect(runs.find((r) => r.job === 'report_due')).toMatchObject({ notified: 2, messages: 2 });
    expect(await kinds('reporter-u1')).toEqual([]);
    expect(await kinds('reporter-u2')).toEqual([['report_due', { week: '2026-11-20', hours: 3, grids: 2 }]]);
    expect(await kinds('reporter-u3')).toEqual([['report_due', { week: '2026-11-20', hours: 3, grids: 1 }]]);
    await out.deliverer.idle();
    expect(posts.map((p) => p.url).sort()).toEqual(['http://hooks.example/all', 'http://hooks.example/u3']);
    const county = posts.find((p) => p.url.endsWith('/all'))!.body as { markdown: { content: string } };
    expect(county.markdown.content).toBe(
      [
        '### 11月20日当周周报尚未报送的单位（2 个）',
        '距截止（11月23日（周一）12:00）还有 3 小时：',
        '· 市场监管局（王五 13800000003）：乙社区第1网格（999999002001001）',
        '· 乙局（李四 13800000002）：甲社区第1网格（999999001001001）、甲社区第2网格（999999001001002）',
        '[在网格系统中查看](https://wangge.example.gov.cn/?week=2026-11-20&view=overdue)',
      ].join('\n'),
    );
    expect(sms.map((m) => m.phone).sort()).toEqual(['13800000002', '13800000003']);
    expect(sms.find((m) => m.phone === '13800000003')!.text).toBe('【网格】市场监管局：周报 3 小时后截止。11月20日当周的周报将于 11月23日（周一）12:00 截止，以下网格尚未报送：乙社区第1网格（999999002001001）');
  });

  it('at 12:00 tells missing units so, and leaders and inspectors who is missing', async () => {
    const { store, scheduler, kinds } = await setup();
    await storeReport(store, 'U1', 'G1', '2026-11-20', '2026-11-21T10:00:00+08:00');
    // U2 reported for G2 only: G1 is still missing
    await storeReport(store, 'U2', 'G2', '2026-11-20', '2026-11-23T11:00:00+08:00');
    const runs = await scheduler().tick(at('2026-11-23T12:00:00+08:00'));
    // reporter-u2, reporter-u3, the leader and the inspector
    expect(runs.find((r) => r.job === 'missing_list')).toMatchObject({ notified: 4 });
    const list = ['missing_list', { week: '2026-11-20', units: 2, names: '市场监管局、乙局', countyId: '999999', countyCode: '999999', countyName: '测试县' }];
    expect(await kinds('leader')).toEqual([list]);
    expect(await kinds('inspector')).toEqual([list]);
    expect(await kinds('reporter-u2')).toEqual([['report_missing', { week: '2026-11-20', grids: 1 }]]);
    expect(await kinds('reporter-u1')).toEqual([]);
    expect(await kinds('planner')).toEqual([]);
    expect(await scheduler('b').tick(at('2026-11-23T13:00:00+08:00'))).toEqual([]);
  });
});

describe('every day 08:00: overdue problems', () => {
  it('tells the owner unit once a day how many of its problems are overdue, naming the most overdue', async () => {
    const { store, scheduler, kinds } = await setup();
    // PR1 was filed two days before 2026-11-25 10:00 with 24 h to fix it
    await sqlExec(store, "update problems set status = 'assigned', owner_unit_id = 'U1' where id = 'PR1'");
    await scheduler().tick(at('2026-11-26T08:00:00+08:00'));
    await scheduler().tick(at('2026-11-26T18:00:00+08:00'));
    const once = ['problems_overdue', { count: 1, problemId: 'PR1', category: '环境卫生' }];
    expect(await kinds('reporter-u1')).toEqual([once]);
    await scheduler().tick(at('2026-11-27T08:30:00+08:00'));
    expect(await kinds('reporter-u1')).toEqual([once, once]);
    expect(await kinds('reporter-u2')).toEqual([]);
  });
});

describe('several schedulers on one database', () => {
  it('runs each reminder once when they tick at the same moment', async () => {
    const { store, out, scheduler, kinds } = await setup();
    // on PostgreSQL the second scheduler has its own connections, as another API process would
    const other = (await secondStore(store)) ?? store;
    const b = new ReminderScheduler(other, () => 0, out, { owner: 'b' });
    const moment = at('2026-11-20T15:00:00+08:00');
    const [ra, rb] = await Promise.all([scheduler('a').tick(moment), b.tick(moment)]);
    const jobs = [...ra, ...rb].map((r) => r.job).sort();
    expect(jobs).toEqual(['go_to_grid', 'overdue_problems']);
    expect(await kinds('reporter-u2')).toEqual([['go_to_grid', { week: '2026-11-20', grids: 2 }]]);
    expect(await sqlRows(store, "select count(*) as n from notifications where kind = 'go_to_grid'")).toEqual([{ n: 3 }]);
  });

  it('leaves a job to the process holding its lease until the lease expires', async () => {
    const { store, scheduler, kinds } = await setup();
    const wall = Date.parse('2030-01-01T00:00:00Z');
    await sqlExec(store, `insert into job_runs (job, lease_owner, lease_until) values ('go_to_grid', 'crashed', ${wall + 60_000})`);
    const friday = at('2026-11-20T15:00:00+08:00');
    expect((await scheduler('a', () => wall).tick(friday)).map((r) => r.job)).toEqual(['overdue_problems']);
    expect(await kinds('reporter-u2')).toEqual([]);
    // a minute on, the crashed process's lease has run out
    expect((await scheduler('a', () => wall + 60_000).tick(friday)).map((r) => r.job)).toEqual(['go_to_grid']);
    expect(await sqlRows(store, "select last_slot, lease_owner, lease_until from job_runs where job = 'go_to_grid'")).toEqual([{ last_slot: at('2026-11-20T15:00:00+08:00'), lease_owner: null, lease_until: null }]);
  });
});
