import type { Context } from 'hono';

type NodeEnv = { incoming?: { socket?: { remoteAddress?: string; encrypted?: boolean } } } | undefined;

/**
 * The address a request came from. Behind a reverse proxy that the deployment declares
 * (WANGGE_TRUST_PROXY), it is the last X-Forwarded-For entry — the one that proxy added; the
 * entries before it are whatever the client chose to send. Without that setting the header is
 * ignored, so a client cannot pick its own address.
 */
export function clientAddress(c: Context, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',').map((s) => s.trim()).filter(Boolean);
    if (forwarded?.length) return forwarded[forwarded.length - 1];
  }
  return (c.env as NodeEnv)?.incoming?.socket?.remoteAddress ?? 'local';
}

/** Whether the client reached us over TLS: directly, or (trusted proxy only) as X-Forwarded-Proto says. */
export function overHttps(c: Context, trustProxy: boolean): boolean {
  if (trustProxy) {
    const proto = c.req.header('x-forwarded-proto')?.split(',')[0].trim().toLowerCase();
    if (proto) return proto === 'https';
  }
  return new URL(c.req.url).protocol === 'https:' || (c.env as NodeEnv)?.incoming?.socket?.encrypted === true;
}
