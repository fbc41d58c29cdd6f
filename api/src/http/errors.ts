import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/**
 * An error the client caused or should know about; rendered as { error: { code, message } }, plus
 * `details` when a client needs the parts to say it in its own words (what a report lacks).
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

export const badRequest = (message: string, code = 'bad_request') => new HttpError(400, code, message);
export const notFound = (message: string) => new HttpError(404, 'not_found', message);
export const conflict = (message: string) => new HttpError(409, 'conflict', message);

export function errorBody(c: Context, err: HttpError) {
  return c.json({ error: { code: err.code, message: err.message, ...(err.details !== undefined && { details: err.details }) } }, err.status);
}
