import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { and, eq } from 'drizzle-orm';
import * as t from '../db/schema.ts';
import { allow, userOf, type AuthEnv } from '../auth/middleware.ts';
import { HttpError, badRequest, notFound } from '../http/errors.ts';
import { MAX_PHOTO_BYTES, photosOf, readPhoto, storePhoto, type OwnerKind } from '../services/photos.ts';
import type { AppDeps } from './context.ts';

async function uploadedFile(c: Context): Promise<Uint8Array> {
  if (!(c.req.header('content-type') ?? '').startsWith('multipart/form-data')) throw badRequest('send the photo as multipart/form-data in a field named "photo"', 'bad_photo');
  const form = await c.req.formData().catch(() => null);
  const file = form?.get('photo');
  if (!file || typeof file === 'string') throw badRequest('no file in the field "photo"', 'bad_photo');
  return new Uint8Array(await file.arrayBuffer());
}

/**
 * POST /reports/:id/photos (the report's unit reporter, admin) · POST /problems/:id/photos (its
 * filer, an inspector, a responsible unit's reporter, admin) · GET …/photos and /photos/:id (anyone).
 */
export function photoRoutes({ db, clock, photoDir }: AppDeps) {
  const app = new Hono<AuthEnv>();
  const dir = () => {
    if (!photoDir) throw new HttpError(503, 'no_photo_store', 'photo uploads are not configured on this server');
    return photoDir;
  };

  const mayAttach = (c: Context<AuthEnv>, kind: OwnerKind, id: string): void => {
    const user = userOf(c);
    if (user.role === 'admin') return;
    if (kind === 'report') {
      const report = db.select().from(t.weeklyReports).where(eq(t.weeklyReports.id, Number(id))).get();
      if (!report) throw notFound(`report "${id}" does not exist`);
      if (user.role !== 'reporter' || user.unitId !== report.unitId) throw new HttpError(403, 'forbidden', 'only the reporting unit adds photos to its report');
      return;
    }
    const problem = db.select().from(t.problems).where(eq(t.problems.id, id)).get();
    if (!problem) throw notFound(`problem "${id}" does not exist`);
    const responsible = user.unitId !== null && db.select().from(t.problemUnits).where(and(eq(t.problemUnits.problemId, id), eq(t.problemUnits.unitId, user.unitId))).get() !== undefined;
    if (!(user.role === 'inspector' || problem.createdBy === user.id || responsible)) throw new HttpError(403, 'forbidden', 'only the filer, an inspector or a responsible unit adds photos to a problem');
  };

  // Stops reading an oversized upload early, whether or not it declared its length.
  const uploadLimit = bodyLimit({
    maxSize: MAX_PHOTO_BYTES + 64 * 1024,
    onError: () => {
      throw new HttpError(413, 'too_large', `the upload exceeds the photo limit of ${MAX_PHOTO_BYTES / 1048576} MB`);
    },
  });

  for (const kind of ['report', 'problem'] as const) {
    app.post(`/${kind}s/:id/photos`, allow('admin', 'inspector', 'reporter', 'leader', 'planner'), uploadLimit, async (c) => {
      const id = c.req.param('id');
      mayAttach(c, kind, id);
      const bytes = await uploadedFile(c);
      const row = storePhoto(db, dir(), kind, id, bytes, clock());
      return c.json({ id: row.id, mime: row.mime, bytes: row.bytes, url: `/api/photos/${row.id}` }, 201);
    });
    app.get(`/${kind}s/:id/photos`, (c) => c.json(photosOf(db, kind, c.req.param('id'))));
  }

  app.get('/photos/:id', (c) => {
    const { row, bytes } = readPhoto(db, dir(), c.req.param('id'));
    return c.body(new Uint8Array(bytes) as Uint8Array<ArrayBuffer>, 200, { 'content-type': row.mime, 'cache-control': 'private, max-age=86400', 'x-content-type-options': 'nosniff' });
  });

  return app;
}
