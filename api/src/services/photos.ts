import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { and, asc, count, eq, sql } from 'drizzle-orm';
import { first } from '../db/query.ts';
import type { Q } from '../db/store.ts';
import { HttpError, badRequest, notFound } from '../http/errors.ts';

export const MAX_PHOTO_BYTES = 5 * 1024 * 1024;
export const MAX_PHOTOS_PER_OWNER = 9;

/** Recognises JPEG, PNG and WebP by their first bytes; the declared type is not trusted. */
export function sniffImage(bytes: Uint8Array): { mime: string; ext: string } | null {
  if (bytes.length > 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return { mime: 'image/jpeg', ext: 'jpg' };
  if (bytes.length > 8 && [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((b, i) => bytes[i] === b)) return { mime: 'image/png', ext: 'png' };
  if (bytes.length > 12 && String.fromCharCode(...bytes.slice(0, 4)) === 'RIFF' && String.fromCharCode(...bytes.slice(8, 12)) === 'WEBP') return { mime: 'image/webp', ext: 'webp' };
  return null;
}

/** whose photo it is: a weekly report, a problem, or an item's result in a mock assessment (owner id round:point:item) */
export type OwnerKind = 'report' | 'problem' | 'assessment';

/**
 * Stores a photo file, then its row; if the row cannot be written the file is removed again, so
 * a failure leaves neither behind.
 */
export async function storePhoto({ db, t }: Q, dir: string, ownerKind: OwnerKind, ownerId: string, bytes: Uint8Array, now: number, eventId: number | null = null) {
  if (bytes.length === 0) throw badRequest('the photo is empty', 'bad_photo');
  if (bytes.length > MAX_PHOTO_BYTES) throw new HttpError(413, 'too_large', `the photo is ${(bytes.length / 1048576).toFixed(1)} MB; the limit is ${MAX_PHOTO_BYTES / 1048576} MB`);
  const kind = sniffImage(bytes);
  if (!kind) throw new HttpError(415, 'not_an_image', 'the file is not a JPEG, PNG or WebP image');
  // a problem goes through several steps (and may be fixed again after 退回): the limit is per step
  const scope = eventId === null ? and(eq(t.photos.ownerKind, ownerKind), eq(t.photos.ownerId, ownerId)) : eq(t.photos.eventId, eventId);
  const stored = (await first(db.select({ n: count() }).from(t.photos).where(scope)))?.n ?? 0;
  if (stored >= MAX_PHOTOS_PER_OWNER) throw badRequest(`a ${eventId === null ? ownerKind : 'step'} has at most ${MAX_PHOTOS_PER_OWNER} photos`, 'too_many_photos');
  const id = randomBytes(12).toString('base64url');
  const path = `${id}.${kind.ext}`;
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, path), bytes);
  try {
    const seq = sql`(select coalesce(max(${t.photos.seq}), 0) + 1 from ${t.photos} where ${t.photos.ownerKind} = ${ownerKind} and ${t.photos.ownerId} = ${ownerId})`;
    return (await db.insert(t.photos).values({ id, ownerKind, ownerId, path, mime: kind.mime, bytes: bytes.length, createdAt: now, seq, eventId }).returning())[0];
  } catch (err) {
    rmSync(join(dir, path), { force: true });
    throw err;
  }
}

export async function photosOf({ db, t }: Q, ownerKind: OwnerKind, ownerId: string) {
  const rows = await db
    .select({ id: t.photos.id, mime: t.photos.mime, bytes: t.photos.bytes, createdAt: t.photos.createdAt, eventId: t.photos.eventId })
    .from(t.photos)
    .where(and(eq(t.photos.ownerKind, ownerKind), eq(t.photos.ownerId, ownerId)))
    .orderBy(asc(t.photos.createdAt), asc(t.photos.seq));
  return rows.map((p) => ({ ...p, url: `/api/photos/${p.id}`, createdAt: new Date(p.createdAt).toISOString() }));
}

export async function readPhoto({ db, t }: Q, dir: string, id: string) {
  const row = await first(db.select().from(t.photos).where(eq(t.photos.id, id)));
  if (!row) throw notFound(`photo "${id}" does not exist`);
  return { row, bytes: readFileSync(join(dir, row.path)) };
}
