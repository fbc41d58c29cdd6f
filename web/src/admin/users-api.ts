import type { AccountInfo, AccountPatch, AccountsResponse, NewAccountRequest, NewAccountResponse, ResetPasswordResponse } from '@wangge/geodata';
import { getJson, sendJson } from '../api/client.ts';

/** The admin's account routes (GET/POST /api/users, PATCH /api/users/:id, POST /api/users/:id/reset-password). */
export const usersApi = {
  list: (search: string, signal?: AbortSignal) => getJson<AccountsResponse>(`/api/users?${new URLSearchParams({ q: search })}`, signal),
  add: (body: NewAccountRequest) => sendJson<NewAccountResponse>('POST', '/api/users', body),
  update: (id: string, patch: AccountPatch) => sendJson<AccountInfo>('PATCH', `/api/users/${encodeURIComponent(id)}`, patch),
  resetPassword: (id: string) => sendJson<ResetPasswordResponse>('POST', `/api/users/${encodeURIComponent(id)}/reset-password`),
};
