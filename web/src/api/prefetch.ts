import { encodeStatusQuery, type ConfigResponse } from '@wangge/geodata';
import { clampWeek, parseViewUrl } from '../state/url-state.ts';
import { countyInSearch } from './county.ts';

/**
 * The requests the first map needs, started by the entry before the app's code has loaded, so the
 * data arrives while the code does. Each answer is handed once to the first getJson asking for the
 * same path (prefetched(path)); anything else asked goes to the network as usual.
 */
const started = new Map<string, Promise<Response>>();

const HEADERS = { accept: 'application/json' };

function start(path: string, signal?: AbortSignal): Promise<Response> {
  const res = fetch(path, { headers: HEADERS, signal });
  // an answer never taken (another county chosen, the request aborted) must not surface as unhandled
  res.catch(() => undefined);
  started.set(path, res);
  return res;
}

/**
 * Starts GET counties, config, grids, communities and zones at once, and the shown week's status and
 * layout as soon as config names the week (the week in the address, clamped as url-sync clamps it).
 * Only for the deployment's default county: an address naming a county, or a deployment of several,
 * scopes every request to one once the counties are known, so then nothing (more) is started here.
 */
export function prefetchFirstMap(search: string): void {
  if (countyInSearch(search) !== null) return;
  const abort = new AbortController();
  // not aborted itself: the app reads this answer whatever it says
  void start('/api/counties')
    .then((res) => res.clone().json() as Promise<unknown[]>)
    .then((counties) => {
      if (counties.length > 1) abort.abort();
    })
    .catch(() => undefined);
  void start('/api/config', abort.signal)
    .then((res) => (res.ok ? (res.clone().json() as Promise<ConfigResponse>) : null))
    .then((config) => {
      if (!config || abort.signal.aborted) return;
      const week = clampWeek(parseViewUrl(search).week, config.currentWeek, config.firstWeek);
      start(`/api/status?${encodeStatusQuery({ week })}`, abort.signal);
      start(`/api/grids?${new URLSearchParams({ week })}`, abort.signal);
    })
    .catch(() => undefined);
  for (const path of ['/api/grids', '/api/communities', '/api/zones']) start(path, abort.signal);
}

/** The prefetched answer for exactly this path, once; undefined when none was started (or it was taken). */
export function prefetched(path: string): Promise<Response> | undefined {
  const res = started.get(path);
  started.delete(path);
  return res;
}
