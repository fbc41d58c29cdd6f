/** The cache of API answers the app falls back on without a connection. */
export const API_CACHE = 'wangge-api';

/** The message a page gets when an answer it asked for came from the cache. */
export const CACHE_MESSAGE = 'wangge-cached';

/**
 * GET routes kept for offline use: the deployment and county, the map's layers and week colours,
 * a grid's details and people (the inspect panel), who is here (/api/locate), the account, and the
 * problems and reports it has seen.
 */
export const CACHED_API: readonly RegExp[] = [
  /^\/api\/(config|me|counties|units|problem-deadlines|report-requirements)$/,
  /^\/api\/(grids|communities|zones|status|locate)$/,
  /^\/api\/grids\/[^/]+$/,
  /^\/api\/problems$/,
  /^\/api\/problems\/[^/]+$/,
  /^\/api\/reports$/,
  /^\/api\/photos\/[^/]+$/,
];

/**
 * The key an answer is cached under. A place's answer (/api/locate) is keyed by its coordinates to
 * 6 decimals, as the page's address keeps them: the click asked with full precision, a reload asks
 * with the address's rounded point, and both mean the same metre. The map's pins are asked for the
 * view's box, which never repeats exactly: offline, the last pins of any box are better than none.
 */
export function cacheKey(url: URL): string {
  const key = new URL(url.href);
  if (url.pathname === '/api/problems' && key.searchParams.get('fields') === 'pin') {
    key.searchParams.delete('bbox');
    return key.href;
  }
  if (url.pathname !== '/api/locate') return url.href;
  for (const name of ['lon', 'lat']) {
    const value = Number(key.searchParams.get(name));
    if (key.searchParams.has(name) && Number.isFinite(value)) key.searchParams.set(name, value.toFixed(6));
  }
  return key.href;
}
