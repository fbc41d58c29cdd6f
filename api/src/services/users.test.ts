import { describe, expect, it } from 'vitest';
import { loginAs, tinyApp } from '../test/fixture.ts';
import { addUser, setDisabled, setPassword } from './users.ts';

describe('account management', () => {
  it('adds a reporter bound to a unit who can then log in', async () => {
    const { db, app, clock } = tinyApp();
    addUser(db, 'zhang.san', 'reporter', 'long-enough-pw', 'U1', clock());
    const cookie = await loginAs(app, 'zhang.san', 'long-enough-pw');
    const me = await (await app.request('/api/me', { headers: { cookie } })).json();
    expect(me).toMatchObject({ role: 'reporter', unitId: 'U1' });
  });

  it('names what is wrong', () => {
    const { db, clock } = tinyApp();
    expect(() => addUser(db, 'x y', 'admin', 'long-enough-pw', null, clock())).toThrow('must be 2-64 letters');
    expect(() => addUser(db, 'boss', 'king', 'long-enough-pw', null, clock())).toThrow('role "king" must be one of');
    expect(() => addUser(db, 'rep', 'reporter', 'long-enough-pw', null, clock())).toThrow('must be bound to a unit');
    expect(() => addUser(db, 'rep', 'reporter', 'long-enough-pw', 'U9', clock())).toThrow('unit "U9" does not exist');
    expect(() => addUser(db, 'admin', 'admin', 'long-enough-pw', null, clock())).toThrow('already exists');
    expect(() => addUser(db, 'new', 'admin', 'short', null, clock())).toThrow('at least 8 characters');
    expect(() => setPassword(db, 'ghost', 'long-enough-pw', clock())).toThrow('does not exist');
  });

  it('ends sessions when a password changes or an account is disabled', async () => {
    const { db, app, clock } = tinyApp();
    const cookie = await loginAs(app, 'leader');
    setPassword(db, 'leader', 'brand-new-password', clock());
    expect((await app.request('/api/me', { headers: { cookie } })).status).toBe(401);
    const again = await loginAs(app, 'leader', 'brand-new-password');
    setDisabled(db, 'leader', true, clock());
    expect((await app.request('/api/me', { headers: { cookie: again } })).status).toBe(401);
    await expect(loginAs(app, 'leader', 'brand-new-password')).rejects.toThrow('401');
  });
});
