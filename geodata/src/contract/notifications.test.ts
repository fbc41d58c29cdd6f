import { describe, expect, it } from 'vitest';
import { checkWebhookUrl, decodeMarkRead, decodeReminderRequest, decodeWebhookInput } from './notifications.ts';

describe('checkWebhookUrl', () => {
  it('takes http and https robot addresses', () => {
    expect(checkWebhookUrl('https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=abc')).toEqual({ ok: true, value: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=abc' });
    expect(checkWebhookUrl(' http://127.0.0.1:9000/hook ')).toEqual({ ok: true, value: 'http://127.0.0.1:9000/hook' });
  });

  it('refuses other schemes, non-URLs and nothing, naming what is wrong', () => {
    expect(checkWebhookUrl('ftp://example.com/x')).toMatchObject({ ok: false, code: 'bad_url', message: expect.stringContaining('http:// or https://') });
    expect(checkWebhookUrl('javascript:alert(1)')).toMatchObject({ ok: false, code: 'bad_url' });
    expect(checkWebhookUrl('qyapi.weixin.qq.com/send')).toMatchObject({ ok: false, code: 'bad_url', message: expect.stringContaining('not a URL') });
    expect(checkWebhookUrl('')).toMatchObject({ ok: false, code: 'bad_url', message: expect.stringContaining('required') });
    expect(checkWebhookUrl(42)).toMatchObject({ ok: false, code: 'bad_url' });
  });
});

describe('decodeWebhookInput', () => {
  it('reads a unit’s 钉钉 robot with its signing secret', () => {
    expect(decodeWebhookInput({ url: 'https://oapi.dingtalk.com/robot/send?access_token=t', kind: 'dingtalk', unitId: 'U1', secret: 'SEC1' })).toEqual({
      ok: true,
      value: { url: 'https://oapi.dingtalk.com/robot/send?access_token=t', kind: 'dingtalk', unitId: 'U1', countyId: null, secret: 'SEC1', name: null },
    });
  });

  it('refuses an unknown kind, a bad id and a secret on a robot that does not sign', () => {
    expect(decodeWebhookInput({ url: 'https://x.example/h', kind: 'slack' })).toMatchObject({ ok: false, message: expect.stringContaining('wecom, dingtalk, json') });
    expect(decodeWebhookInput({ url: 'https://x.example/h', kind: 'json', unitId: 'a b' })).toMatchObject({ ok: false, message: expect.stringContaining('unitId') });
    expect(decodeWebhookInput({ url: 'https://x.example/h', kind: 'wecom', secret: 's' })).toMatchObject({ ok: false, message: expect.stringContaining('钉钉') });
  });
});

describe('decodeMarkRead', () => {
  it('reads ids (once each) or all', () => {
    expect(decodeMarkRead({ ids: [3, 1, 3] })).toEqual({ ok: true, value: { ids: [3, 1] } });
    expect(decodeMarkRead({ all: true })).toEqual({ ok: true, value: { all: true } });
  });

  it('refuses nothing, both, and ids that are not ids', () => {
    expect(decodeMarkRead({})).toMatchObject({ ok: false, code: 'bad_field' });
    expect(decodeMarkRead({ all: true, ids: [1] })).toMatchObject({ ok: false, message: expect.stringContaining('not both') });
    expect(decodeMarkRead({ ids: [1.5] })).toMatchObject({ ok: false });
    expect(decodeMarkRead({ ids: ['1'] })).toMatchObject({ ok: false });
    expect(decodeMarkRead({ ids: [0] })).toMatchObject({ ok: false });
  });
});

describe('decodeReminderRequest', () => {
  it('reads a week and, optionally, the units', () => {
    expect(decodeReminderRequest({ week: '2026-11-20' })).toEqual({ ok: true, value: { week: '2026-11-20', unitIds: null } });
    expect(decodeReminderRequest({ week: '2026-11-20', unitIds: ['U1', 'U1', 'U2'] })).toEqual({ ok: true, value: { week: '2026-11-20', unitIds: ['U1', 'U2'] } });
  });

  it('refuses a day that is not a Friday and an empty or malformed unit list', () => {
    expect(decodeReminderRequest({ week: '2026-11-19' })).toMatchObject({ ok: false, code: 'bad_week', message: expect.stringContaining('Thursday') });
    expect(decodeReminderRequest({ week: '2026-11-20', unitIds: [] })).toMatchObject({ ok: false, code: 'bad_field' });
    expect(decodeReminderRequest({ week: '2026-11-20', unitIds: 'U1' })).toMatchObject({ ok: false, code: 'bad_field' });
  });
});
