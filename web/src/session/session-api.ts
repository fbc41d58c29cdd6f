import type { ChangePasswordRequest, LoginRequest, MeResponse, OkResponse } from '@wangge/geodata';
import { getJson, sendJson } from '../api/client.ts';

/** The account endpoints: who is logged in, log in (sets the httpOnly cookie), log out, change one's own password. */
export const sessionApi = {
  me: (signal?: AbortSignal) => getJson<MeResponse>('/api/me', signal),
  login: (username: string, password: string) => {
    const body: LoginRequest = { username, password };
    return sendJson<MeResponse>('POST', '/api/auth/login', body);
  },
  logout: () => sendJson<OkResponse>('POST', '/api/auth/logout'),
  changePassword: (current: string, next: string) => {
    const body: ChangePasswordRequest = { current, next };
    return sendJson<OkResponse>('POST', '/api/auth/password', body);
  },
};
