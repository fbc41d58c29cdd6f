import { AsyncLocalStorage } from 'node:async_hooks';
import type { MiddlewareHandler } from 'hono';
import { DISPLAY_TOKEN_HEADER } from '@wangge/geodata';
import type { AuthEnv } from '../auth/middleware.ts';
import type { Store } from '../db/store.ts';
import { resolveCounty } from '../services/counties.ts';
import { displayTokenCounty } from '../wall/token-county.ts';

/** The wall display's route: a display token names its county. */
const WALL = '/api/wall';

/** The county of the request being served (its id), set by countyScope for everything the request calls. */
const requestCounty = new AsyncLocalStorage<{ countyId: string | undefined }>();

/**
 * Routes that are not about one county: the deployment itself, sessions and accounts (scoped by
 * the account's own county), the city-wide views, photos (served by their unguessable id), and an
 * account's own notifications (a city-wide leader's come from every county, each naming its own).
 */
const UNSCOPED = [/^\/api\/health$/, /^\/api\/counties$/, /^\/api\/city\//, /^\/api\/auth\//, /^\/api\/me$/, /^\/api\/users(\/|$)/, /^\/api\/photos\//, /^\/api\/notifications(\/|$)/];

/**
 * The store the routes are given: every Q it hands out carries the county of the request in
 * progress (see Q.countyId), as a transaction carries its connection, so no route passes it by hand.
 */
export function requestScopedStore(base: Store): Store {
  const countyId = () => requestCounty.getStore()?.countyId;
  return {
    dialect: base.dialect,
    // read each time: inside a transaction the base store answers its connection
    get db() {
      return base.db;
    },
    t: base.t,
    source: base.source,
    get countyId() {
      return countyId();
    },
    tx: (fn, options) => base.tx((q) => fn({ dialect: q.dialect, db: q.db, t: q.t, countyId: countyId() }), options),
    close: () => base.close(),
  };
}

/** Resolves `county=` (or the wall token's county, or the account's, or the only one) for county-scoped routes; 400 naming the choices when several and none given. */
export function countyScope(base: Store): MiddlewareHandler<AuthEnv> {
  return async (c, next) => {
    if (UNSCOPED.some((re) => re.test(c.req.path))) return requestCounty.run({ countyId: undefined }, next);
    const user = c.get('user');
    let bound = user?.countyId ?? null;
    const header = c.req.path === WALL ? c.req.header(DISPLAY_TOKEN_HEADER) : undefined;
    if (header) {
      // the wall display works in its token's county, as an account bound to a county works in its own
      const token = await displayTokenCounty(base, header);
      // a token that is no token, sent without a login: the route answers 401
      if (token === undefined && !user) return requestCounty.run({ countyId: undefined }, next);
      bound = token ?? bound;
    }
    const countyId = await resolveCounty(base, c.req.query('county'), bound);
    return requestCounty.run({ countyId }, next);
  };
}
