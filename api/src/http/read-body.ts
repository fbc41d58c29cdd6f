import type { Context } from 'hono';
import { HttpError } from './errors.ts';

/**
 * A count kept while the body is read, so that a body is refused once it passes `max`, unparsed and
 * unkept: the '[' characters of a grid save bound its vertices from below (geodata's maxBodyBrackets).
 */
export interface BracketLimit {
  max: number;
  refuse: () => HttpError;
}

const OPEN_BRACKET = 0x5b;

/**
 * The request body as text, read at most `limit` bytes: a declared length over the limit is
 * refused before reading, and a chunked body (no length) stops being read as soon as it passes
 * it, so a route's own limit holds however the body is sent.
 */
export async function readBodyText(c: Context, limit: number, brackets?: BracketLimit): Promise<string> {
  const length = Number(c.req.header('content-length') ?? 0);
  if (length > limit) throw tooLarge(limit, length);
  const stream = c.req.raw.body;
  if (!stream) return '';
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  let open = 0;
  let refused: HttpError | undefined;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(limit);
    }
    if (refused) continue;
    if (brackets) {
      for (let i = value.indexOf(OPEN_BRACKET); i !== -1; i = value.indexOf(OPEN_BRACKET, i + 1)) open++;
      // the rest is read and dropped: a client still sending would otherwise find the connection closed before it sees the answer
      if (open > brackets.max) {
        refused = brackets.refuse();
        continue;
      }
    }
    chunks.push(value);
  }
  if (refused) throw refused;
  return new TextDecoder().decode(Buffer.concat(chunks));
}

function tooLarge(limit: number, length?: number): HttpError {
  return new HttpError(413, 'too_large', length === undefined ? `request body exceeds the limit of ${limit} bytes` : `request body of ${length} bytes exceeds the limit of ${limit}`, { max: limit });
}
