import { afterEach, describe, expect, it } from 'vitest';
import type { NotificationsResponse } from '@wangge/geodata';
import type { Store } from '../db/store.ts';
import { loginAs, sqlExec } from '../test/fixture.ts';
import { twoCountyApp } from '../test/two-counties.ts';
import { ReminderScheduler } from './jobs.ts';
import type { Outbound } from './outbound.ts';
import type { SmsMessage } from './sms.ts';
import { WebhookDeliverer } from './webhook-delivery.ts';

const at = (iso: string) => Date.parse(iso);
const A = '999999';
const B = '999998';

const deliverers: WebhookDeliverer[] = [];
afterEach(async () => {
  await Promise.all(deliverers.splice(0).map((d) => d.idle()));
});

interface Post {
  url: string;
  body: { event: string; data: { units?: { unitId: string }[] } };
}

/**
 * Two counties (see twoCountyApp), no report for week 2026-11-20 yet, and robots: each county's
 * county-wide one and one of each county's 甲局 (U1, B-U1). Webhook posts and texts are recorded.
 */
async function setup() {
  const { app, store } = await twoCountyApp();
  await sqlExec(
    store,
    `insert into webhooks (id, url, kind, unit_id, county_id, created_at) values
      ('w-a', 'http://hooks.example/a', 'json', null, '${A}', 0), ('w-b', 'http://hooks.example/b', 'json', null, '${B}', 0),
      ('w-u1', 'http://hooks.example/u1', 'json', 'U1', '${A}', 0), ('w-bu1', 'http://hooks.example/bu1', 'json', 'B-U1', '${B}', 0)`,
  );
  const posts: Post[] = [];
  const sms: SmsMessage[] = [];
  const fetch = (async (url: string, init: RequestInit) => {
    posts.push({ url, body: JSON.parse(String(init.body)) as Post['body'] });
    return new Response('{}', { status: 200 });
  }) as typeof globalThis.fetch;
  const deliverer = new WebhookDeliverer(store as Store, () => 0, { fetch });
  deliverers.push(deliverer);
  const out: Outbound = { publicUrl: 'https://wangge.example.gov.cn', deliverer, sms: { send: async (phone, text) => void sms.push({ phone, text }) } };
  const scheduler = () => new ReminderScheduler(store, () => 0, out, { owner: 'a' });
  const kinds = async (username: string) => {
    const cookie = await loginAs(app, username);
    return ((await (await app.request('/api/notifications', { headers: { cookie } })).json()) as NotificationsResponse).items.map((n) => [n.kind, n.params]);
  };
  const postsTo = (name: string, event: string) => posts.filter((p) => p.url === `http://hooks.example/${name}` && p.body.event === event);
  return { out, posts, scheduler, kinds, postsTo };
}

const unitIds = (p: Post) => (p.body.data.units ?? []).map((u) => u.unitId).sort();

describe('scheduled reminders in a deployment of two counties', () => {
  it('Monday 09:00 reaches each county\'s units, reporters and robots once, with that county\'s units only', async () => {
    const { out, scheduler, kinds, postsTo } = await setup();
    const runs = await scheduler().tick(at('2026-11-23T09:00:00+08:00'));
    // three reporters in each county; each unit's robot and each county's robot
    expect(runs.find((r) => r.job === 'report_due')).toMatchObject({ notified: 6, messages: 4 });
    expect(await scheduler().tick(at('2026-11-23T09:30:00+08:00'))).toEqual([]);
    expect(await kinds('reporter-u1')).toEqual([['report_due', { week: '2026-11-20', hours: 3, grids: 1 }]]);
    expect(await kinds('reporter-b-u1')).toEqual([['report_due', { week: '2026-11-20', hours: 3, grids: 1 }]]);
    await out.deliverer.idle();
    expect(postsTo('a', 'report_due').map(unitIds)).toEqual([['U1', 'U2', 'U3']]);
    expect(postsTo('b', 'report_due').map(unitIds)).toEqual([['B-U1', 'B-U2', 'B-U3']]);
    expect(postsTo('u1', 'report_due')).toHaveLength(1);
    expect(postsTo('bu1', 'report_due')).toHaveLength(1);
  });

  it('Monday 12:00 gives each county\'s leaders its list, and the city-wide ones one list per county, naming it', async () => {
    const { out, scheduler, kinds, postsTo } = await setup();
    await scheduler().tick(at('2026-11-23T12:00:00+08:00'));
    const listOf = (countyId: string, countyCode: string, countyName: string, names: string) => ['missing_list', { week: '2026-11-20', units: 3, names, countyId, countyCode, countyName }];
    const a = listOf(A, A, '测试县', '甲局、市场监管局、乙局');
    const b = listOf(B, B, '测试二县', '甲局、市场监管局、乙局');
    for (const cityWide of ['leader', 'inspector']) expect((await kinds(cityWide)).sort((x, y) => JSON.stringify(x).localeCompare(JSON.stringify(y)))).toEqual([b, a]);
    expect(await kinds('b-leader')).toEqual([b]);
    expect(await kinds('b-inspector')).toEqual([b]);
    expect(await kinds('b-planner')).toEqual([]);
    await out.deliverer.idle();
    expect(postsTo('a', 'missing_list').map(unitIds)).toEqual([['U1', 'U2', 'U3']]);
    expect(postsTo('b', 'missing_list').map(unitIds)).toEqual([['B-U1', 'B-U2', 'B-U3']]);
    expect(await scheduler().tick(at('2026-11-23T13:00:00+08:00'))).toEqual([]);
    expect(await kinds('leader')).toHaveLength(2);
  });
});
