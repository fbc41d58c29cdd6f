import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { and, asc, eq, inArray, max } from 'drizzle-orm';
import { MAX_REPORT_PHOTOS, type PhotoInfo, type PhotoRefusalDetails } from '@wangge/geodata';
import { first } from '../db/query.ts';
import type { Q } from '../db/store.ts';
import { HttpError, badRequest } from '../http/errors.ts';
import { MAX_PHOTO_BYTES, sniffImage } from './photos.ts';

/** A photo file as it arrived with a report. */
export interface UploadedPhoto {
  /** the file name sent, or "photo N" */
  name: string;
  bytes: Uint8Array;
}

/** An upload that passed the checks that need no database: an image within the limits, its hash known. */
export interface PreparedPhoto extends UploadedPhoto {
  mime: string;
  ext: string;
  sha256: string;
}

const refused = (code: string, message: string, details: PhotoRefusalDetails) => new HttpError(422, code, message, details);

/**
 * Checks a submission's photos before anything is read or written: at most MAX_REPORT_PHOTOS, each
 * a JPEG, PNG or WebP (sniffed) of at most 5 MB, and no picture twice.
 */
export function preparePhotos(files: readonly UploadedPhoto[]): PreparedPhoto[] {
  if (files.length > MAX_REPORT_PHOTOS) throw badRequest(`a report has at most ${MAX_REPORT_PHOTOS} photos; ${files.length} were sent`, 'too_many_photos');
  const seen = new Map<string, string>();
  return files.map(({ name, bytes }) => {
    const details: PhotoRefusalDetails = { photo: name };
    if (bytes.length === 0) throw new HttpError(400, 'bad_photo', `photo "${name}" is empty`, details);
    if (bytes.length > MAX_PHOTO_BYTES) throw new HttpError(413, 'too_large', `photo "${name}" is ${(bytes.length / 1048576).toFixed(1)} MB; the limit is ${MAX_PHOTO_BYTES / 1048576} MB`, details);
    const kind = sniffImage(bytes);
    if (!kind) throw new HttpError(415, 'not_an_image', `photo "${name}" is not a JPEG, PNG or WebP image`, details);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const twin = seen.get(sha256);
    if (twin !== undefined) throw refused('photo_duplicate', `photo "${name}" is the same picture as "${twin}": send each photo once`, { photo: name });
    seen.set(sha256, name);
    return { name, bytes, sha256, ...kind };
  });
}

/**
 * The photo ids of a new version of report `reportId` (null: a first submission): the kept ones,
 * then the uploads. An upload whose bytes are already on another report is refused (the other
 * report named); one already on this report is refused if the version keeps it, else the stored
 * photo comes back (a photo removed by an earlier revision, sent again). New photos get fresh ids;
 * `fresh` lists them for writePhotos.
 */
export async function versionPhotos(q: Q, reportId: number | null, kept: readonly string[], uploads: readonly PreparedPhoto[]): Promise<{ ids: string[]; fresh: { id: string; photo: PreparedPhoto }[] }> {
  const { db, t } = q;
  const known = uploads.length
    ? await db
        .select({ id: t.photos.id, ownerId: t.photos.ownerId, sha256: t.photos.sha256 })
        .from(t.photos)
        .where(and(eq(t.photos.ownerKind, 'report'), inArray(t.photos.sha256, uploads.map((p) => p.sha256))))
    : [];
  const ids = [...kept];
  const fresh: { id: string; photo: PreparedPhoto }[] = [];
  for (const photo of uploads) {
    const stored = known.find((k) => k.sha256 === photo.sha256);
    if (stored && stored.ownerId !== String(reportId)) throw await reusedElsewhere(q, photo.name, Number(stored.ownerId));
    if (stored && kept.includes(stored.id)) throw refused('photo_duplicate', `photo "${photo.name}" is already attached to this report`, { photo: photo.name });
    if (stored) ids.push(stored.id);
    else {
      const id = randomBytes(12).toString('base64url');
      fresh.push({ id, photo });
      ids.push(id);
    }
  }
  return { ids, fresh };
}

async function reusedElsewhere(q: Q, name: string, otherId: number): Promise<HttpError> {
  const { db, t } = q;
  const other = await first(
    db
      .select({ id: t.weeklyReports.id, week: t.weeklyReports.week, unitId: t.weeklyReports.unitId, gridId: t.grids.id, gridCode: t.grids.code, gridName: t.grids.name })
      .from(t.weeklyReports)
      .innerJoin(t.grids, eq(t.grids.id, t.weeklyReports.gridId))
      .where(eq(t.weeklyReports.id, otherId)),
  );
  const where = other ? `the report of week ${other.week} for grid ${other.gridCode} (${other.gridName})` : 'another report';
  return refused('photo_reused', `photo "${name}" is already attached to ${where}: a report needs photos taken for it`, { photo: name, ...(other && { report: other }) });
}

/**
 * Writes the new photos' files and rows (inside the caller's transaction). Each file's path goes
 * into `written` before its row, so the caller can remove the files if the transaction fails.
 */
export async function writePhotos(q: Q, dir: string, reportId: number, fresh: readonly { id: string; photo: PreparedPhoto }[], now: number, written: string[]): Promise<void> {
  if (fresh.length === 0) return;
  const { db, t } = q;
  const owner = and(eq(t.photos.ownerKind, 'report'), eq(t.photos.ownerId, String(reportId)));
  const lastSeq = (await first(db.select({ n: max(t.photos.seq) }).from(t.photos).where(owner)))?.n ?? 0;
  mkdirSync(dir, { recursive: true });
  for (const [i, { id, photo }] of fresh.entries()) {
    const path = `${id}.${photo.ext}`;
    written.push(join(dir, path));
    writeFileSync(join(dir, path), photo.bytes);
    await db.insert(t.photos).values({ id, ownerKind: 'report', ownerId: String(reportId), path, mime: photo.mime, bytes: photo.bytes.length, createdAt: now, seq: lastSeq + i + 1, sha256: photo.sha256 });
  }
}

/** Removes files a failed transaction wrote. */
export function removeFiles(paths: readonly string[]): void {
  for (const path of paths) rmSync(path, { force: true });
}

/** The stored photos among `ids`, by id (what a version's photo ids show as). */
export async function photoInfos({ db, t }: Q, ids: readonly string[]): Promise<Map<string, PhotoInfo>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: t.photos.id, mime: t.photos.mime, bytes: t.photos.bytes, createdAt: t.photos.createdAt, eventId: t.photos.eventId })
    .from(t.photos)
    .where(inArray(t.photos.id, [...ids]))
    .orderBy(asc(t.photos.seq));
  return new Map(rows.map((p) => [p.id, { ...p, url: `/api/photos/${p.id}`, createdAt: new Date(p.createdAt).toISOString() }]));
}
