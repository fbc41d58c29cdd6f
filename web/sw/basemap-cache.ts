/// <reference lib="webworker" />
import { createPartialResponse } from 'workbox-range-requests';

/** The cache holding a PMTiles basemap whole, for use without a connection. */
export const BASEMAP_CACHE = 'wangge-basemap';

/** The app's PMTiles basemap, which the map reads in byte ranges. */
export const BASEMAP_ARCHIVE = /^\/api\/basemap\.pmtiles$/;

let refreshing: Promise<void> | null = null;

/** Keeps the whole archive in the cache, fetching it again only when the server's copy (its ETag) changed. */
function keepWhole(url: string, etag: string | null): Promise<void> {
  refreshing ??= (async () => {
    const cache = await caches.open(BASEMAP_CACHE);
    const kept = await cache.match(url);
    if (kept && etag && kept.headers.get('etag') === etag) return;
    const whole = await fetch(url, { cache: 'no-store' });
    if (whole.status === 200) await cache.put(url, whole);
  })().finally(() => (refreshing = null));
  return refreshing;
}

/**
 * The basemap's ranges from the server while it answers (and a whole copy kept on the side); the
 * same ranges cut from that copy when it does not, so the streets show offline.
 */
export async function answerBasemap(request: Request, waitUntil: (p: Promise<unknown>) => void): Promise<Response> {
  try {
    const res = await fetch(request);
    if (res.ok) waitUntil(keepWhole(request.url, res.headers.get('etag')).catch(() => undefined));
    return res;
  } catch (offline) {
    const whole = await (await caches.open(BASEMAP_CACHE)).match(request.url);
    if (!whole) throw offline;
    return request.headers.has('range') ? createPartialResponse(request, whole) : whole;
  }
}
