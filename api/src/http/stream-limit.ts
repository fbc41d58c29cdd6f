import type { Context, MiddlewareHandler } from 'hono';
import { HttpError } from './errors.ts';

/**
 * A backstop on the body's size that does not buffer: a declared Content-Length over the limit
 * is refused at once; a chunked body is passed on as a stream that fails with 413 once it passes
 * the limit. Hono's bodyLimit reads a chunked body whole before the route runs, so a route's own
 * tighter limit (checked while it reads) would only apply after the backstop's 60 MB had arrived.
 */
export function streamLimit(maxSize: number, tooLarge: (c: Context) => HttpError): MiddlewareHandler {
  return async (c, next) => {
    const body = c.req.raw.body;
    if (!body) return next();
    const declared = c.req.header('content-length');
    if (declared !== undefined && !c.req.raw.headers.has('transfer-encoding')) {
      if (Number(declared) > maxSize) throw tooLarge(c);
      return next();
    }
    let size = 0;
    const counted = body.pipeThrough(
      new TransformStream<Uint8Array, Uint8Array>({
        transform(chunk, controller) {
          size += chunk.byteLength;
          if (size > maxSize) controller.error(tooLarge(c));
          else controller.enqueue(chunk);
        },
      }),
    );
    c.req.raw = new Request(c.req.raw, { body: counted, duplex: 'half' } as RequestInit);
    return next();
  };
}
