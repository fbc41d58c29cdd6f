import type { LoginRequest, MeResponse, OkResponse } from '@wangge/geodata';
import { getJson, sendJson } from '../api/client.ts';

/** The account endpoints: who is logged in, log in (sets the httpOnly cookie), log out. */
export const sessionApi = {
  me: (signal?: AbortSignal) => getJson<MeResponse>('/api/me', signal),
  login: (username: string, password: string) => {
    const body: LoginRequest = { username, password };
    return sendJson<MeResponse>('POST', '/api/auth/login', body);
  },
  logout: () => sendJson<OkResponse>('POST', '/api/auth/logout'),
};
