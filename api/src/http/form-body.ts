import type { Context } from 'hono';
import { HttpError, badRequest } from './errors.ts';
import { jsonBody, jsonObject } from './body.ts';

const MAX_DATA_CHARS = 1_000_000;

/**
 * A write's body with its photos in one request: multipart/form-data with the JSON object in a
 * field `data` and the photos as `photo` files, or plain JSON (no photos). The photos' bytes are
 * checked (type, size) where they are stored.
 */
export async function bodyWithPhotos(c: Context, maxPhotos: number): Promise<{ body: Record<string, unknown>; photos: Uint8Array[] }> {
  if (!(c.req.header('content-type') ?? '').startsWith('multipart/form-data')) return { body: await jsonBody(c), photos: [] };
  const form = await c.req.formData().catch(() => null);
  if (!form) throw badRequest('the multipart/form-data body could not be read', 'bad_form');
  const data = form.get('data');
  if (typeof data !== 'string') throw badRequest('a multipart request carries its JSON in a text field named "data"', 'bad_form');
  if (data.length > MAX_DATA_CHARS) throw new HttpError(413, 'too_large', `the field "data" exceeds ${MAX_DATA_CHARS} characters`);
  const body = jsonObject(data, 'the field "data"');
  const files = form.getAll('photo');
  if (files.some((f) => typeof f === 'string')) throw badRequest('the field "photo" holds files, not text', 'bad_photo');
  if (files.length > maxPhotos) throw badRequest(`a step carries at most ${maxPhotos} photos; ${files.length} were sent`, 'too_many_photos');
  const photos = await Promise.all((files as File[]).map(async (f) => new Uint8Array(await f.arrayBuffer())));
  return { body, photos };
}
