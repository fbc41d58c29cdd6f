/**
 * The county the app works in, added as `county=` to every county-scoped API request and kept in
 * the page's address. Null: the API's default (the only county, or the account's own).
 */
let current: string | null = null;

/** API paths that are about no one county (the deployment, sessions, accounts, the city, photos by id). */
const UNSCOPED = [/^\/api\/health/, /^\/api\/counties/, /^\/api\/city\//, /^\/api\/auth\//, /^\/api\/me(\?|$)/, /^\/api\/users/, /^\/api\/photos\//];

export function apiCounty(): string | null {
  return current;
}

export function setApiCounty(id: string | null): void {
  current = id;
}

/** The API path with the county added (when one is chosen and the path is county-scoped). */
export function withCounty(path: string): string {
  if (current === null || !path.startsWith('/api/') || UNSCOPED.some((re) => re.test(path)) || /[?&]county=/.test(path)) return path;
  return `${path}${path.includes('?') ? '&' : '?'}county=${encodeURIComponent(current)}`;
}

/** A page address's query string ("?…") with the chosen county first, so a link opens the same county. */
export function withCountyParam(search: string): string {
  const q = new URLSearchParams(search);
  q.delete('county');
  const rest = q.toString().replace(/%2C/g, ',');
  if (current === null) return rest ? `?${rest}` : '';
  return `?county=${encodeURIComponent(current)}${rest ? `&${rest}` : ''}`;
}

/** The county a page address names, if any. */
export function countyInSearch(search: string): string | null {
  const value = new URLSearchParams(search).get('county');
  return value !== null && /^[\w-]{1,64}$/.test(value) ? value : null;
}
