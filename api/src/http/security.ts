import type { IncomingMessage } from 'node:http';
import type { Context, MiddlewareHandler } from 'hono';
import type { Basemap } from '@wangge/geodata';
import { HttpError } from './errors.ts';

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const WRITE_TYPES = ['application/json', 'multipart/form-data'];

/**
 * Writes only from the app's own pages: a browser names the page's origin (Origin) and whether it
 * is this site (Sec-Fetch-Site) on every cross-origin write, so a form or script on another site —
 * or on a sibling subdomain, which SameSite=Lax lets the cookie through from — is refused. A body
 * must be JSON or multipart: the types a plain HTML form can send (urlencoded, text/plain) are not
 * what the app sends. Clients that are not browsers (the CLI, curl) send neither header and pass.
 */
export function sameOriginWrites(): MiddlewareHandler {
  return async (c, next) => {
    if (!WRITES.has(c.req.method)) return next();
    const site = c.req.header('sec-fetch-site');
    if (site && site !== 'same-origin' && site !== 'none') throw crossOrigin(`a ${site} page may not write here`);
    const origin = c.req.header('origin');
    if (origin !== undefined && !sameHost(origin, c.req.header('host') ?? new URL(c.req.url).host)) throw crossOrigin(`a page from ${origin} may not write here`);
    const type = (c.req.header('content-type') ?? '').split(';')[0].trim().toLowerCase();
    const hasBody = carriesBody(c);
    if (hasBody && type !== '' && !WRITE_TYPES.includes(type)) {
      throw new HttpError(415, 'unsupported_media_type', `send the body as application/json (or multipart/form-data with photos), not ${type}`, { allowed: WRITE_TYPES });
    }
    if (hasBody && type === '' && (site || origin)) throw new HttpError(415, 'unsupported_media_type', 'a body needs a Content-Type: application/json or multipart/form-data', { allowed: WRITE_TYPES });
    return next();
  };
}

/**
 * Whether a write carries a body. On the wire HTTP's framing says (a Content-Length above 0 or a
 * Transfer-Encoding): Node's server hands every DELETE a body stream, so a browser's bodiless DELETE
 * must not count as a body without a type. A request made in-process has only its Request to go by.
 */
function carriesBody(c: Context): boolean {
  const wire = (c.env as { incoming?: Partial<IncomingMessage> } | undefined)?.incoming?.headers;
  if (wire) return (wire['content-length'] ?? '0') !== '0' || wire['transfer-encoding'] !== undefined;
  return c.req.raw.body !== null && c.req.header('content-length') !== '0';
}

function sameHost(origin: string, host: string): boolean {
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

function crossOrigin(message: string): HttpError {
  return new HttpError(403, 'cross_origin', `${message}: writes come from the app's own pages`);
}

/**
 * The Content-Security-Policy the app, its map and the print page run under: scripts and workers
 * only from this server (MapLibre's worker is a file of ours; blob: is its fallback), no inline
 * script, tiles from the configured basemap's hosts only, and no other site may frame the app.
 */
export function contentSecurityPolicy(basemap: Basemap | null | undefined): string {
  const tileHosts = [...new Set((basemap?.layers ?? []).flatMap((l) => l.tiles.map((t) => new URL(t.replace(/[{}]/g, '')).origin)))];
  const tiles = tileHosts.length ? ` ${tileHosts.join(' ')}` : '';
  return [
    "default-src 'self'",
    "script-src 'self'",
    "worker-src 'self' blob:",
    "child-src 'self' blob:",
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob:${tiles}`,
    `connect-src 'self'${tiles}`,
    "font-src 'self' data:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    // the export dialog previews the print page in a frame of the app itself
    "frame-ancestors 'self'",
  ].join('; ');
}

/** Security headers on every response; a route that set one of its own (a photo's) keeps it. */
export function securityHeaders(basemap: Basemap | null | undefined): MiddlewareHandler {
  const headers: Record<string, string> = {
    'content-security-policy': contentSecurityPolicy(basemap),
    'x-frame-options': 'SAMEORIGIN',
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'same-origin',
    'cross-origin-opener-policy': 'same-origin',
  };
  return async (c, next) => {
    await next();
    for (const [name, value] of Object.entries(headers)) if (!c.res.headers.has(name)) c.res.headers.set(name, value);
  };
}
