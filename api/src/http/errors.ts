import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/**
 * An error the client caused or should know about; rendered as { error: { code, message, details? } }.
 * The web says it in the user's language from the code and details; the English message is for
 * other clients and logs.
 */
export class HttpError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

export const badRequest = (message: string, code = 'bad_request', details?: Record<string, unknown>) => new HttpError(400, code, message, details);
export const notFound = (message: string) => new HttpError(404, 'not_found', message);
export const conflict = (message: string, code = 'conflict', details?: Record<string, unknown>) => new HttpError(409, code, message, details);

/** The error as JSON; one that says when to come back (details.retryAfterSeconds) says it as Retry-After too. */
export function errorBody(c: Context, err: HttpError) {
  const retryAfter = (err.details as { retryAfterSeconds?: unknown } | undefined)?.retryAfterSeconds;
  if (typeof retryAfter === 'number') c.header('Retry-After', String(retryAfter));
  return c.json({ error: { code: err.code, message: err.message, ...(err.details !== undefined && { details: err.details }) } }, err.status);
}
