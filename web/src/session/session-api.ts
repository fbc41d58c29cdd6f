import type { MeResponse } from '@wangge/geodata';
import { getJson, sendJson } from '../api/client.ts';

/** The account endpoints: who is logged in, log in (sets the httpOnly cookie), log out. */
export const sessionApi = {
  me: (signal?: AbortSignal) => getJson<MeResponse>('/api/me', signal),
  login: (username: string, password: string) => sendJson<MeResponse>('POST', '/api/auth/login', { username, password }),
  logout: () => sendJson<{ ok: boolean }>('POST', '/api/auth/logout'),
};
