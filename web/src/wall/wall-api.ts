import { DISPLAY_TOKEN_HEADER, type WallResponse } from '@wangge/geodata';
import { requestError } from '../api/client.ts';

/** The display token from the wall's address (`?view=wall&token=…`); none: the wall reads with the session instead. */
export function wallToken(search: string): string | null {
  return new URLSearchParams(search).get('token');
}

/** GET /api/wall with the display token. */
export async function fetchWall(token: string | null, signal?: AbortSignal): Promise<WallResponse> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (token) headers[DISPLAY_TOKEN_HEADER] = token;
  const res = await fetch('/api/wall', { signal, headers });
  if (!res.ok) throw await requestError(res);
  return (await res.json()) as WallResponse;
}
