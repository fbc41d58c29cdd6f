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
