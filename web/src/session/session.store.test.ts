import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiRequestError, getJson } from '../api/client.ts';
import { hasRole, useSessionStore } from './session.store.ts';

const reporter = { username: 'reporter-zhifa', role: 'reporter', unitId: 'zhifa', unitName: '县综合行政执法局' } as const;

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

  it('load: a 401 from /api/me means logged out', async () => {
    fetchMock.mockResolvedValueOnce(json(401, { error: { code: 'unauthenticated', message: 'log in first' } }));
    await useSessionStore.getState().load();
    expect(useSessionStore.getState()).toMatchObject({ me: null, state: 'out' });
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

  it('any 401 elsewhere ends the session', async () => {
    useSessionStore.setState({ me: reporter, state: 'in' });
    fetchMock.mockResolvedValueOnce(json(401, { error: { code: 'unauthenticated', message: 'session expired' } }));
    await expect(getJson('/api/reports?week=2026-11-20')).rejects.toThrow('session expired');
    expect(useSessionStore.getState()).toMatchObject({ me: null, state: 'out' });
  });
});
