import { describe, expect, it } from 'vitest';
import { loginAs, tinyApp } from '../test/fixture.ts';
import { addUser, setDisabled, setPassword } from './users.ts';

describe('account management', () => {
  it('adds a reporter bound to a unit who can then log in', async () => {
    const { store, app, clock } = await tinyApp();
    await addUser(store, 'zhang.san', 'reporter', 'long-enough-pw', 'U1', clock(), ' 张三（甲局） ');
    const cookie = await loginAs(app, 'zhang.san', 'long-enough-pw');
    const me = await (await app.request('/api/me', { headers: { cookie } })).json();
    expect(me).toEqual({ username: 'zhang.san', displayName: '张三（甲局）', role: 'reporter', unitId: 'U1', unitName: '甲局', mustChangePassword: false, countyId: '999999' });
  });

  it('shows an account added without a display name by its username', async () => {
    const { store, app, clock } = await tinyApp();
    await addUser(store, 'li.si', 'leader', 'long-enough-pw', null, clock());
    const me = await (await app.request('/api/me', { headers: { cookie: await loginAs(app, 'li.si', 'long-enough-pw') } })).json();
    expect(me).toMatchObject({ username: 'li.si', displayName: 'li.si' });
    await expect(addUser(store, 'wang', 'leader', 'long-enough-pw', null, clock(), '名'.repeat(51))).rejects.toThrow('the display name is longer than 50 characters');
  });

  it('binds an account to the county --county names, by id or code', async () => {
    const { store, app, clock } = await tinyApp();
    await addUser(store, 'county.planner', 'planner', 'long-enough-pw', null, clock(), null, '999999');
    const me = await (await app.request('/api/me', { headers: { cookie: await loginAs(app, 'county.planner', 'long-enough-pw') } })).json();
    expect(me).toMatchObject({ username: 'county.planner', countyId: '999999' });
    await expect(addUser(store, 'nowhere', 'planner', 'long-enough-pw', null, clock(), null, '123456')).rejects.toThrow('county "123456" is not loaded');
  });

  it('names what is wrong', async () => {
    const { store, clock } = await tinyApp();
    await expect(addUser(store, 'x y', 'admin', 'long-enough-pw', null, clock())).rejects.toThrow('must be 2-64 letters');
    await expect(addUser(store, 'boss', 'king', 'long-enough-pw', null, clock())).rejects.toThrow('role "king" must be one of');
    await expect(addUser(store, 'rep', 'reporter', 'long-enough-pw', null, clock())).rejects.toThrow('must be bound to a unit');
    await expect(addUser(store, 'rep', 'reporter', 'long-enough-pw', 'U9', clock())).rejects.toThrow('unit "U9" does not exist');
    await expect(addUser(store, 'admin', 'admin', 'long-enough-pw', null, clock())).rejects.toThrow('already exists');
    await expect(addUser(store, 'new', 'admin', 'short', null, clock())).rejects.toThrow('at least 8 characters');
    await expect(addUser(store, 'new', 'admin', 'Password1', null, clock())).rejects.toThrow('passwords people pick first');
    await expect(setPassword(store, 'leader', 'leader2026', clock())).rejects.toThrow('not be the username');
    await expect(setPassword(store, 'ghost', 'long-enough-pw', clock())).rejects.toThrow('does not exist');
  });

  it('ends sessions when a password changes or an account is disabled', async () => {
    const { store, app, clock } = await tinyApp();
    const cookie = await loginAs(app, 'leader');
    await setPassword(store, 'leader', 'brand-new-password', clock());
    expect((await app.request('/api/me', { headers: { cookie } })).status).toBe(401);
    const again = await loginAs(app, 'leader', 'brand-new-password');
    await setDisabled(store, 'leader', true, clock());
    expect((await app.request('/api/me', { headers: { cookie: again } })).status).toBe(401);
    await expect(loginAs(app, 'leader', 'brand-new-password')).rejects.toThrow('401');
  });
});
