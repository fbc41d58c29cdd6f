import { createReadStream, statSync } from 'node:fs';
import { Readable } from 'node:stream';
import type { Context } from 'hono';

export type ByteRange = { start: number; end: number };

/**
 * One `bytes=` range of a file of `size` bytes (`a-b`, `a-` or the suffix `-n`), clipped to the
 * file; null when the header is malformed, asks for several ranges or starts past the end.
 */
export function parseRange(header: string, size: number): ByteRange | null {
  const m = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!m || (m[1] === '' && m[2] === '')) return null;
  if (m[1] === '') {
    const suffix = Number(m[2]);
    if (suffix === 0 || size === 0) return null;
    return { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(m[1]);
  const end = m[2] === '' ? size - 1 : Math.min(Number(m[2]), size - 1);
  if (start >= size || end < start) return null;
  return { start, end };
}

const body = (file: string, range?: ByteRange) => Readable.toWeb(createReadStream(file, range)) as ReadableStream;

/**
 * A file answered whole (200) or one byte range of it (206, Content-Range), with an ETag from its
 * size and modification time, so a reader can tell when the file under it changed; a range it
 * cannot serve gets 416 with the file's size. The file is looked at on each request: replacing it
 * needs no restart.
 */
export function serveFileRange(c: Context, file: string, contentType: string): Response {
  const stat = statSync(file);
  const etag = `"${stat.size.toString(16)}-${Math.floor(stat.mtimeMs).toString(16)}"`;
  const headers: Record<string, string> = { 'content-type': contentType, 'accept-ranges': 'bytes', etag, 'cache-control': 'no-cache' };
  const rangeHeader = c.req.header('range');
  if (rangeHeader === undefined) {
    if (c.req.header('if-none-match') === etag) return new Response(null, { status: 304, headers });
    return new Response(body(file), { status: 200, headers: { ...headers, 'content-length': String(stat.size) } });
  }
  const range = parseRange(rangeHeader, stat.size);
  if (!range) {
    return Response.json(
      { error: { code: 'bad_range', message: `range "${rangeHeader}" is not one satisfiable bytes=start-end range of this ${stat.size}-byte file` } },
      { status: 416, headers: { ...headers, 'content-range': `bytes */${stat.size}` } },
    );
  }
  return new Response(body(file, range), {
    status: 206,
    headers: { ...headers, 'content-range': `bytes ${range.start}-${range.end}/${stat.size}`, 'content-length': String(range.end - range.start + 1) },
  });
}
