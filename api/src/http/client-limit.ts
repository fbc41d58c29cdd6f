import type { Context, MiddlewareHandler } from 'hono';
import type { AuthEnv } from '../auth/middleware.ts';
import { clientAddress } from './client.ts';
import { HttpError } from './errors.ts';

/**
 * At most `max` expensive requests in flight per client (its account when logged in, else its
 * address): one client looping a large download cannot take every turn of the server, and a
 * further one is answered 429 with Retry-After at once instead of queueing behind its own.
 * `applies` picks the requests that count (e.g. only downloads of a list that is also paged JSON).
 */
/** The requests that count against the limit: downloads of whole lists (csv, xlsx) and the county-wide coverage check. */
export function isExpensiveRead(c: Context): boolean {
  return c.req.method === 'GET' && (c.req.path === '/api/coverage' || /^(csv|xlsx)$/.test(c.req.query('format') ?? ''));
}

export function perClientLimit(max: number, trustProxy: boolean, applies: (c: Context) => boolean = () => true): MiddlewareHandler<AuthEnv> {
  const inFlight = new Map<string, number>();
  return async (c, next) => {
    if (!applies(c)) return next();
    const key = c.get('user')?.id ?? `addr:${clientAddress(c, trustProxy)}`;
    const n = inFlight.get(key) ?? 0;
    if (n >= max) {
      c.header('Retry-After', '2');
      throw new HttpError(429, 'too_many_requests', `at most ${max} such requests at a time per client; wait for the last one to finish`, { max, retryAfterSeconds: 2 });
    }
    inFlight.set(key, n + 1);
    try {
      await next();
    } finally {
      const left = (inFlight.get(key) ?? 1) - 1;
      if (left > 0) inFlight.set(key, left);
      else inFlight.delete(key);
    }
  };
}
