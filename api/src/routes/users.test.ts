import { describe, expect, it } from 'vitest';
import type { AccountInfo, MeResponse, NewAccountResponse, ResetPasswordResponse } from '@wangge/geodata';
import { errorOf, loginAs, sqlRow, tinyApp } from '../test/fixture.ts';

type App = Awaited<ReturnType<typeof tinyApp>>['app'];

const send = (app: App, cookie: string, method: string, path: string, body?: unknown) =>
  app.request(path, { method, headers: { cookie, 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
const me = async (app: App, cookie: string) => app.request('/api/me', { headers: { cookie } });

describe('accounts from the app', () => {
  it('an admin adds a reporter with a one-time password; the reporter must choose their own before anything else', async () => {
    const { app, store } = await tinyApp();
    const admin = await loginAs(app, 'admin');
    const res = await send(app, admin, 'POST', '/api/users', { username: 'zhang-u3', displayName: '张三', role: 'reporter', unitId: 'U3' });
    expect(res.status).toBe(201);
    const made = (await res.json()) as NewAccountResponse;
    expect(made.user).toMatchObject({ username: 'zhang-u3', displayName: '张三', role: 'reporter', unitId: 'U3', unitName: '市场监管局', disabled: false, mustChangePassword: true, lastLoginAt: null });
    expect(made.oneTimePassword).toMatch(/^[a-hjkmnp-z2-9]{12}$/);

    const reporter = await loginAs(app, 'zhang-u3', made.oneTimePassword!);
    expect(((await (await me(app, reporter)).json()) as MeResponse).mustChangePassword).toBe(true);
    // held: no report, no problem, until the password is changed; the public map still reads
    const held = await send(app, reporter, 'POST', '/api/problems', { lon: 100.015, lat: 30.005, category: '环境卫生', description: '垃圾' });
    expect(held.status).toBe(403);
    expect((await errorOf(held)).code).toBe('password_change_required');
    expect((await app.request('/api/grids', { headers: { cookie: reporter } })).status).toBe(200);

    const weak = await send(app, reporter, 'POST', '/api/auth/password', { current: made.oneTimePassword, next: 'woaini1314' });
    expect(weak.status).toBe(400);
    expect(await weak.json()).toMatchObject({ error: { code: 'weak_password', details: { problem: 'common' } } });
    const wrong = await send(app, reporter, 'POST', '/api/auth/password', { current: 'not-it-at-all', next: '市场巡查每周五下午' });
    expect(wrong.status).toBe(403);
    expect((await errorOf(wrong)).code).toBe('wrong_password');
    expect((await send(app, reporter, 'POST', '/api/auth/password', { current: made.oneTimePassword, next: '市场巡查每周五下午' })).status).toBe(200);
    // the same session goes on, now free
    expect(((await (await me(app, reporter)).json()) as MeResponse).mustChangePassword).toBe(false);
    expect((await send(app, reporter, 'POST', '/api/problems', { lon: 100.015, lat: 30.005, category: '环境卫生', description: '垃圾' })).status).toBe(201);
    await loginAs(app, 'zhang-u3', '市场巡查每周五下午');
    const listed = (await (await app.request('/api/users?q=张', { headers: { cookie: admin } })).json()) as AccountInfo[];
    expect(listed.map((u) => u.username)).toEqual(['zhang-u3']);
    expect(listed[0].lastLoginAt).not.toBeNull();
    expect(await sqlRow(store, "select count(*) n from audit_events where entity = 'user' and entity_id = 'zhang-u3'")).toEqual({ n: 2 });
  });

  it('refuses bad accounts naming the field, and writes nothing', async () => {
    const { app, store } = await tinyApp();
    const admin = await loginAs(app, 'admin');
    const cases: [unknown, number, string, string][] = [
      [{ username: 'leader', displayName: '重名', role: 'leader' }, 409, 'username_taken', 'already taken'],
      [{ username: 'x y', displayName: '张三', role: 'leader' }, 400, 'bad_field', 'username must be'],
      [{ username: 'wang', role: 'leader' }, 400, 'bad_field', 'displayName is required'],
      [{ username: 'wang', displayName: '王五', role: 'reporter' }, 400, 'bad_field', 'a reporter must be bound to a unit'],
      [{ username: 'wang', displayName: '王五', role: 'leader', unitId: 'U1' }, 400, 'bad_field', 'only reporters'],
      [{ username: 'wang', displayName: '王五', role: 'reporter', unitId: 'U9' }, 400, 'bad_field', 'unit "U9" does not exist'],
      [{ username: 'wang', displayName: '王五', role: 'boss' }, 400, 'bad_field', 'role must be one of'],
      [{ username: 'wang', displayName: '王五', role: 'leader', password: 'wang1234' }, 400, 'weak_password', 'username'],
      [{ username: 'wang', displayName: '王五', role: 'leader', password: 'short' }, 400, 'weak_password', 'at least 8'],
    ];
    for (const [body, status, code, message] of cases) {
      const res = await send(app, admin, 'POST', '/api/users', body);
      expect(res.status, JSON.stringify(body)).toBe(status);
      const error = await errorOf(res);
      expect(error.code, JSON.stringify(body)).toBe(code);
      expect(error.message).toContain(message);
    }
    expect(await sqlRow(store, 'select count(*) n from users')).toEqual({ n: 7 });
    // an admin-set password needs no change at first login
    const set = await send(app, admin, 'POST', '/api/users', { username: 'wang', displayName: '王五', role: 'leader', password: '大方县创文办公室' });
    expect(await set.json()).toMatchObject({ oneTimePassword: null, user: { mustChangePassword: false } });
  });

  it('disabling, or changing the role, ends the account’s open sessions at once; an admin cannot lock themself out', async () => {
    const { app } = await tinyApp();
    const admin = await loginAs(app, 'admin');
    const leader = await loginAs(app, 'leader');
    expect((await me(app, leader)).status).toBe(200);
    const off = await send(app, admin, 'PATCH', '/api/users/leader', { disabled: true });
    expect(off.status).toBe(200);
    expect((await off.json()) as AccountInfo).toMatchObject({ disabled: true });
    expect((await me(app, leader)).status).toBe(401);
    await expect(loginAs(app, 'leader')).rejects.toThrow(/401/);
    expect((await send(app, admin, 'PATCH', '/api/users/leader', { disabled: false })).status).toBe(200);

    const planner = await loginAs(app, 'planner');
    const promoted = await send(app, admin, 'PATCH', '/api/users/planner', { role: 'inspector' });
    expect((await promoted.json()) as AccountInfo).toMatchObject({ role: 'inspector' });
    expect((await me(app, planner)).status).toBe(401);
    // renaming alone keeps the session
    const inspector = await loginAs(app, 'inspector');
    expect((await send(app, admin, 'PATCH', '/api/users/inspector', { displayName: '督查组 李四' })).status).toBe(200);
    expect(((await (await me(app, inspector)).json()) as MeResponse).displayName).toBe('督查组 李四');

    const self = await send(app, admin, 'PATCH', '/api/users/admin', { disabled: true });
    expect(self.status).toBe(409);
    expect((await errorOf(self)).code).toBe('own_account');
    expect((await send(app, admin, 'PATCH', '/api/users/admin', { bogus: 1 })).status).toBe(400);
    expect((await send(app, admin, 'PATCH', '/api/users/nobody', { disabled: true })).status).toBe(404);
  });

  it('a password reset gives a new one-time password and ends the old sessions', async () => {
    const { app } = await tinyApp();
    const admin = await loginAs(app, 'admin');
    const reporter = await loginAs(app, 'reporter-u1');
    const res = await send(app, admin, 'POST', '/api/users/reporter-u1/reset-password');
    expect(res.status).toBe(200);
    const { oneTimePassword } = (await res.json()) as ResetPasswordResponse;
    expect((await me(app, reporter)).status).toBe(401);
    await expect(loginAs(app, 'reporter-u1')).rejects.toThrow(/401/);
    const again = await loginAs(app, 'reporter-u1', oneTimePassword);
    expect(((await (await me(app, again)).json()) as MeResponse).mustChangePassword).toBe(true);
    expect((await send(app, await loginAs(app, 'leader'), 'POST', '/api/users/reporter-u1/reset-password')).status).toBe(403);
  });
});
