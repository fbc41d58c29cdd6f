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

function start(path: string): Promise<Response> {
  const res = fetch(path, { headers: HEADERS });
  // an answer never taken (another county chosen, the request aborted) must not surface as unhandled
  res.catch(() => undefined);
  started.set(path, res);
  return res;
}

/**
 * Starts GET counties, then — for a deployment of one county — config, grids, communities and zones
 * at once, and the shown week's status and layout as soon as config names the week (the week in the
 * address, clamped as url-sync clamps it). An address naming a county, or a deployment of several,
 * scopes every request to one county: nothing more is started here then (a county-scoped request
 * without a county would be refused with a 400 the console reports).
 */
export function prefetchFirstMap(search: string): void {
  if (countyInSearch(search) !== null) return;
  void start('/api/counties')
    .then((res) => (res.ok ? (res.clone().json() as Promise<unknown[]>) : null))
    .then((counties) => {
      if (counties?.length !== 1) return;
      void start('/api/config')
        .then((res) => (res.ok ? (res.clone().json() as Promise<ConfigResponse>) : null))
        .then((config) => {
          if (!config) return;
          const week = clampWeek(parseViewUrl(search).week, config.currentWeek, config.firstWeek);
          start(`/api/status?${encodeStatusQuery({ week })}`);
          start(`/api/grids?${new URLSearchParams({ week })}`);
        });
      for (const path of ['/api/grids', '/api/communities', '/api/zones']) start(path);
    })
    .catch(() => undefined);
}

/** The prefetched answer for exactly this path, once; undefined when none was started (or it was taken). */
export function prefetched(path: string): Promise<Response> | undefined {
  const res = started.get(path);
  started.delete(path);
  return res;
}
