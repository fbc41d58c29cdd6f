import { afterEach, describe, expect, it } from 'vitest';
import type { DeliveryItem, WebhookItem } from '@wangge/geodata';
import { createApp } from '../app.ts';
import { WebhookDeliverer, type DeliveryOptions } from '../services/webhook-delivery.ts';
import { errorOf, loginAs, sqlRows, tinyApp } from '../test/fixture.ts';
import { sendJson } from '../test/problem-steps.ts';
import { receiver } from '../test/receiver.ts';

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
});

/** The tiny county's app with a deliverer that gives up quickly: 300 ms an attempt, 3 attempts, 10 ms back-off doubling. */
async function setup(options: Partial<DeliveryOptions> = {}) {
  const { store, clock } = await tinyApp();
  const deliverer = new WebhookDeliverer(store, clock, { timeoutMs: 300, attempts: 3, backoffMs: 10, ...options });
  closers.push(() => deliverer.idle());
  const app = createApp({ store, clock, outbound: { publicUrl: 'https://wangge.example.gov.cn', deliverer, sms: null } });
  const admin = await loginAs(app, 'admin');
  const add = (body: unknown, cookie = admin) => sendJson(app, 'POST', '/api/webhooks', cookie, body);
  const log = async (id: string) => (await (await app.request(`/api/webhooks/${id}/deliveries`, { headers: { cookie: admin } })).json()) as DeliveryItem[];
  const test = async (id: string) => {
    const res = await sendJson(app, 'POST', `/api/webhooks/${id}/test`, admin, {});
    expect(res.status).toBe(202);
    return (await res.json()) as { deliveryId: number };
  };
  return { app, store, deliverer, admin, add, log, test };
}

async function robot(answer: Parameters<typeof receiver>[0]) {
  const r = await receiver(answer);
  closers.push(r.close);
  return r;
}

const TEST_TEXT = { msgtype: 'text', text: { content: '网格 wangge 测试消息\n收到这条消息，说明群机器人已接通。' } };

describe('POST /api/webhooks', () => {
  it('adds a robot for admins only, refusing what is not an http(s) URL with a clear message', async () => {
    const { app, add } = await setup();
    const leader = await loginAs(app, 'leader');
    expect((await add({ url: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=693a91f6-7xxx', kind: 'wecom' }, leader)).status).toBe(403);
    const ftp = await add({ url: 'ftp://files.example/hook', kind: 'wecom' });
    expect(ftp.status).toBe(400);
    expect(await errorOf(ftp)).toEqual({ code: 'bad_url', message: 'url "ftp://files.example/hook" must start with http:// or https:// (not ftp:)' });
    expect(await errorOf(await add({ url: 'https://x.example/h', kind: 'slack' }))).toMatchObject({ code: 'bad_field' });
    expect(await errorOf(await add({ url: 'https://x.example/h', kind: 'json', unitId: 'U9' }))).toEqual({ code: 'unknown_unit', message: 'unitId "U9" is not a unit' });
    const ok = await add({ url: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=693a91f6-7xxx', kind: 'wecom', unitId: 'U2', name: '乙局工作群' });
    expect(ok.status).toBe(201);
    expect(await ok.json()).toEqual({ id: expect.stringMatching(/^wh_[0-9a-f]{12}$/) });
  });

  it('lists robots with their key masked and their secret kept, and deletes one with its log', async () => {
    const { app, admin, add, store } = await setup();
    const { id } = (await (await add({ url: 'https://oapi.dingtalk.com/robot/send?access_token=abcdef123456', kind: 'dingtalk', secret: 'SECtest123' })).json()) as { id: string };
    const list = (await (await app.request('/api/webhooks', { headers: { cookie: admin } })).json()) as WebhookItem[];
    expect(list).toEqual([
      { id, name: null, url: 'https://oapi.dingtalk.com/robot/send?access_token=abc***456', kind: 'dingtalk', unitId: null, unitName: null, countyId: '999999', signed: true, createdAt: '2026-11-25T02:00:00.000Z', lastDelivery: null },
    ]);
    expect(JSON.stringify(await sqlRows(store, "select after from audit_events where entity = 'webhook'"))).not.toContain('SECtest123');
    expect((await app.request(`/api/webhooks/${id}`, { method: 'DELETE', headers: { cookie: admin } })).status).toBe(200);
    expect((await app.request(`/api/webhooks/${id}`, { method: 'DELETE', headers: { cookie: admin } })).status).toBe(404);
    expect(await (await app.request('/api/webhooks', { headers: { cookie: admin } })).json()).toEqual([]);
  });
});

describe('sending', () => {
  it('posts the test message to a 企业微信 robot and logs it sent', async () => {
    const r = await robot('ok');
    const { add, test, log, deliverer } = await setup();
    const { id } = (await (await add({ url: r.url('/cgi-bin/webhook/send?key=k1'), kind: 'wecom' })).json()) as { id: string };
    const { deliveryId } = await test(id);
    await deliverer.idle();
    expect(r.received).toEqual([{ url: '/cgi-bin/webhook/send?key=k1', contentType: 'application/json; charset=utf-8', body: TEST_TEXT }]);
    expect(await log(id)).toEqual([
      { id: deliveryId, webhookId: id, event: 'test', status: 'sent', attempts: 1, httpStatus: 200, error: null, createdAt: '2026-11-25T02:00:00.000Z', sentAt: '2026-11-25T02:00:00.000Z', body: TEST_TEXT },
    ]);
  });

  it('signs 钉钉 messages with the robot’s secret (加签)', async () => {
    const r = await robot('ok');
    const { add, test, deliverer } = await setup({ wallClock: () => 1_700_000_000_000 });
    const { id } = (await (await add({ url: r.url('/robot/send?access_token=t1'), kind: 'dingtalk', secret: 'SECtest123' })).json()) as { id: string };
    await test(id);
    await deliverer.idle();
    // sign worked out apart from this code: base64(HMAC-SHA256 key SECtest123 of "1700000000000\nSECtest123"), URL-encoded
    expect(r.received.map((x) => x.url)).toEqual(['/robot/send?access_token=t1&timestamp=1700000000000&sign=w3RMHXzixTMdzr8OHJUmVLS4IoPJVdu%2BUt1LE48MePE%3D']);
  });

  it('retries a receiver answering 500 with back-off, then logs it failed and why', async () => {
    const r = await robot('500');
    const { add, test, log, deliverer } = await setup();
    const { id } = (await (await add({ url: r.url(), kind: 'json' })).json()) as { id: string };
    await test(id);
    await deliverer.idle();
    expect(r.received.length).toBe(3);
    expect(await log(id)).toMatchObject([{ status: 'failed', attempts: 3, httpStatus: 500, error: 'HTTP 500: robot down (gave up after 3 attempts)', sentAt: null }]);
  });

  it('times out a receiver that hangs, without holding up the request that queued it', async () => {
    const r = await robot('hang');
    const { add, test, log, deliverer } = await setup({ attempts: 2 });
    const { id } = (await (await add({ url: r.url(), kind: 'json' })).json()) as { id: string };
    // the 202 comes back while the robot has answered nothing
    await test(id);
    expect((await log(id))[0].status).not.toBe('sent');
    await deliverer.idle();
    expect(r.received.length).toBe(2);
    expect(await log(id)).toMatchObject([{ status: 'failed', attempts: 2, httpStatus: null, error: 'no answer within 300 ms (gave up after 2 attempts)' }]);
  });

  it('takes a robot’s refusal in a 200 answer (errcode) as a failure', async () => {
    const r = await robot('refuse');
    const { add, test, log, deliverer } = await setup({ attempts: 1 });
    const { id } = (await (await add({ url: r.url(), kind: 'wecom' })).json()) as { id: string };
    await test(id);
    await deliverer.idle();
    expect(await log(id)).toMatchObject([{ status: 'failed', httpStatus: 200, error: 'errcode 93000: invalid webhook url (gave up after 1 attempts)' }]);
  });

  it('logs a receiver that is not there', async () => {
    const r = await robot('ok');
    const url = r.url();
    await r.close();
    const { add, test, log, deliverer } = await setup({ attempts: 1 });
    const { id } = (await (await add({ url, kind: 'json' })).json()) as { id: string };
    await test(id);
    await deliverer.idle();
    expect(await log(id)).toMatchObject([{ status: 'failed', httpStatus: null, error: expect.stringContaining('ECONNREFUSED') }]);
  });
});
