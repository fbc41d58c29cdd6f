import {
  encodeStatusQuery,
  type ApiError,
  type CommunitiesResponse,
  type ConfigResponse,
  type GridDetailResponse,
  type GridsResponse,
  type LocateResponse,
  type StatusResponse,
  type ZonesResponse,
} from '@wangge/geodata';
import { withCounty } from './county.ts';
import { prefetched } from './prefetch.ts';

/** An API answer that was not 2xx; carries the server's { error: { code, message } } when it sent one. */
export class ApiRequestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** seconds from a Retry-After header (429), when sent */
    readonly retryAfter: number | null = null,
    /** figures some errors carry beside the message (coverage_worse: the areas), for the UI to word */
    readonly details: Readonly<Record<string, unknown>> | null = null,
  ) {
    super(message);
  }
}

let onUnauthorized: (() => void) | null = null;

/** Called when any request answers 401 (the session ended); the session store registers itself here. */
export function setUnauthorizedHandler(handler: (() => void) | null): void {
  onUnauthorized = handler;
}

async function readJson<T>(res: Response): Promise<T> {
  if (!res.ok) {
    if (res.status === 401) onUnauthorized?.();
    throw await requestError(res);
  }
  return (await res.json()) as T;
}

/** The error a non-2xx answer stands for, read from its { error: { code, message, details? } } body when it has one. */
export async function requestError(res: Response): Promise<ApiRequestError> {
  const body = (await res.json().catch(() => null)) as { error?: Partial<ApiError['error']> & { details?: unknown } } | null;
  const retry = Number(res.headers.get('retry-after'));
  const details = body?.error?.details;
  return new ApiRequestError(
    res.status,
    body?.error?.code ?? 'http',
    body?.error?.message ?? `${res.status} ${res.statusText}`,
    Number.isFinite(retry) && retry > 0 ? retry : null,
    details && typeof details === 'object' && !Array.isArray(details) ? (details as Record<string, unknown>) : null,
  );
}

export async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  const url = withCounty(path);
  return readJson<T>(await (prefetched(url) ?? fetch(url, { signal, headers: { accept: 'application/json' } })));
}

/** POST/PUT/PATCH/DELETE with a JSON body (or a FormData, sent as multipart). */
export async function sendJson<T>(method: string, path: string, body?: unknown, signal?: AbortSignal): Promise<T> {
  const form = body instanceof FormData;
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined && !form) headers['content-type'] = 'application/json';
  const payload = body === undefined ? undefined : form ? body : JSON.stringify(body);
  return readJson<T>(await fetch(withCounty(path), { method, signal, headers, body: payload }));
}

const q = (params: Record<string, string | number>) =>
  new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)])).toString();

/** Typed wrappers for the endpoints the map reads; shapes and queries are the contract's (@wangge/geodata). */
export const api = {
  config: (signal?: AbortSignal) => getJson<ConfigResponse>('/api/config', signal),
  grids: (signal?: AbortSignal) => getJson<GridsResponse>('/api/grids', signal),
  /** the grids in force in a week, as they were then */
  gridsOfWeek: (week: string, signal?: AbortSignal) => getJson<GridsResponse>(`/api/grids?${q({ week })}`, signal),
  communities: (signal?: AbortSignal) => getJson<CommunitiesResponse>('/api/communities', signal),
  zones: (signal?: AbortSignal) => getJson<ZonesResponse>('/api/zones', signal),
  status: (week: string, signal?: AbortSignal) => getJson<StatusResponse>(`/api/status?${encodeStatusQuery({ week })}`, signal),
  grid: (id: string, week: string, signal?: AbortSignal) =>
    getJson<GridDetailResponse>(`/api/grids/${encodeURIComponent(id)}?${q({ week })}`, signal),
  locate: (lon: number, lat: number, signal?: AbortSignal) =>
    getJson<LocateResponse>(`/api/locate?${q({ lon, lat })}`, signal),
};

export function isAbort(err: unknown): boolean {
  return err instanceof DOMException && err.name === 'AbortError';
}
