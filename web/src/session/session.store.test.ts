import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiRequestError } from '../api/client.ts';
import { hasRole, useSessionStore } from './session.store.ts';

const reporter = { username: 'reporter-zhifa', displayName: '县综合行政执法局填报员', role: 'reporter', unitId: 'zhifa', unitName: '县综合行政执法局', mustChangePassword: false } as const;

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

describe('session store', () => {
  const fetchMock = vi.fn<typeof fetch>();
  beforeEach(() => {
    vi.stubGlobal('fetch', fetchMock);
    useSessionStore.setState({ me: null, state: 'unknown' });
  });
  afterEach(() => {
    fetchMock.mockReset();
    vi.unstubAllGlobals();
  });

  it('load: without a login in this browser, nobody is logged in and the server is not asked', async () => {
    localStorage.clear();
    await useSessionStore.getState().load();
    expect(useSessionStore.getState()).toMatchObject({ me: null, state: 'out' });
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('load: after a login here, asks /api/me; a 401 means logged out and forgets the hint', async () => {
    localStorage.setItem('wangge.session', '1');
    fetchMock.mockResolvedValueOnce(json(401, { error: { code: 'unauthenticated', message: 'log in first' } }));
    await useSessionStore.getState().load();
    expect(useSessionStore.getState()).toMatchObject({ me: null, state: 'out' });
    expect(localStorage.getItem('wangge.session')).toBeNull();
  });

  it('load: after a login here, a valid cookie gives the user', async () => {
    localStorage.setItem('wangge.session', '1');
    fetchMock.mockResolvedValueOnce(json(200, reporter));
    await useSessionStore.getState().load();
    expect(useSessionStore.getState()).toMatchObject({ me: reporter, state: 'in' });
  });

  it('login stores the user; hasRole follows it; logout clears it', async () => {
    fetchMock.mockResolvedValueOnce(json(200, reporter));
    await useSessionStore.getState().login('reporter-zhifa', 'pw');
    expect(fetchMock.mock.calls[0][0]).toBe('/api/auth/login');
    expect(JSON.parse(String(fetchMock.mock.calls[0][1]?.body))).toEqual({ username: 'reporter-zhifa', password: 'pw' });
    expect(hasRole('reporter')).toBe(true);
    expect(hasRole('leader', 'inspector')).toBe(false);

    fetchMock.mockResolvedValueOnce(json(200, { ok: true }));
    await useSessionStore.getState().logout();
    expect(useSessionStore.getState()).toMatchObject({ me: null, state: 'out' });
    expect(hasRole('reporter')).toBe(false);
  });

  it('a failed login throws the server error with Retry-After, and leaves the session as it was', async () => {
    fetchMock.mockResolvedValueOnce(json(429, { error: { code: 'too_many_attempts', message: 'try again in 8 s' } }, { 'retry-after': '8' }));
    const err = await useSessionStore.getState().login('x', 'y').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiRequestError);
    expect(err).toMatchObject({ status: 429, code: 'too_many_attempts', retryAfter: 8 });
    expect(useSessionStore.getState().state).toBe('unknown');
  });

  it('expire: the server ended the session — nobody is logged in, and the next start does not ask', () => {
    localStorage.setItem('wangge.session', '1');
    useSessionStore.setState({ me: reporter, state: 'in' });
    useSessionStore.getState().expire();
    expect(useSessionStore.getState()).toMatchObject({ me: null, state: 'out' });
    expect(localStorage.getItem('wangge.session')).toBeNull();
  });

  it('changePassword: a one-time login is free once the server takes the new password; a refusal leaves it held', async () => {
    useSessionStore.setState({ me: { ...reporter, mustChangePassword: true }, state: 'in' });
    fetchMock.mockResolvedValueOnce(json(403, { error: { code: 'wrong_password', message: 'the current password is wrong' } }));
    await expect(useSessionStore.getState().changePassword('nope', '市场巡查每周五下午')).rejects.toMatchObject({ code: 'wrong_password' });
    expect(useSessionStore.getState().me?.mustChangePassword).toBe(true);
    fetchMock.mockResolvedValueOnce(json(200, { ok: true }));
    await useSessionStore.getState().changePassword('otp', '市场巡查每周五下午');
    expect(fetchMock.mock.calls[1][0]).toBe('/api/auth/password');
    expect(JSON.parse(String(fetchMock.mock.calls[1][1]?.body))).toEqual({ current: 'otp', next: '市场巡查每周五下午' });
    expect(useSessionStore.getState()).toMatchObject({ me: { ...reporter, mustChangePassword: false }, state: 'in' });
  });
});
