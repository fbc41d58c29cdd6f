import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { guard, userOf, type AuthEnv } from '../auth/middleware.ts';
import { HttpError, badRequest, notFound } from '../http/errors.ts';
import { MAX_PHOTO_BYTES, photosOf, readPhoto, storePhoto, type OwnerKind } from '../services/photos.ts';
import { may } from '@wangge/geodata';
import { policyUser } from '../services/policy-user.ts';
import { linkedUnitIds, problemById, problemSteps } from '../services/problems.ts';
import { refuseOtherCounty } from '../services/counties.ts';
import type { AppDeps } from './context.ts';

async function uploadedFile(c: Context): Promise<{ bytes: Uint8Array; event: File | string | null }> {
  if (!(c.req.header('content-type') ?? '').startsWith('multipart/form-data')) throw badRequest('send the photo as multipart/form-data in a field named "photo"', 'bad_photo');
  const form = await c.req.formData().catch(() => null);
  const file = form?.get('photo');
  if (!file || typeof file === 'string') throw badRequest('no file in the field "photo"', 'bad_photo');
  return { bytes: new Uint8Array(await file.arrayBuffer()), event: form?.get('event') ?? null };
}

/**
 * POST /problems/:id/photos (its filer, an inspector, a responsible unit's reporter, admin:
 * documenting a step they took) · GET /{reports,problems}/:id/photos and /photos/:id (anyone).
 * A report's photos come with the report (POST /reports), so that each version records the
 * photos it was submitted with.
 */
export function photoRoutes({ store, clock, photoDir }: AppDeps) {
  const app = new Hono<AuthEnv>();
  const dir = () => {
    if (!photoDir) throw new HttpError(503, 'no_photo_store', 'photo uploads are not configured on this server');
    return photoDir;
  };

  const mayAttach = async (c: Context<AuthEnv>, id: string): Promise<void> => {
    const user = userOf(c);
    const problem = await problemById(store, id);
    if (!problem) throw notFound(`problem "${id}" does not exist`);
    refuseOtherCounty(store, problem.countyId);
    if (!may(policyUser(user), 'photo.add', { kind: 'problem', unitIds: await linkedUnitIds(store, id), filedBy: problem.createdBy })) {
      throw new HttpError(403, 'forbidden', 'only the filer, an inspector or a unit answering for the problem adds photos to it');
    }
  };

  /**
   * The workflow step a problem photo documents: the one named by the form field "event" (a step of
   * this problem that this user took; admins may document any), else the last step this user took.
   * Someone who took no step has nothing of theirs to document: an admin's photo goes with the last
   * step, anyone else's is refused (they send photos with a note, PATCH /problems/:id).
   */
  const stepOf = async (c: Context<AuthEnv>, problemId: string, event: File | string | null): Promise<number | null> => {
    const user = userOf(c);
    const actor = policyUser(user);
    const steps = await problemSteps(store, problemId);
    if (event === null || event === '') {
      const own = steps.filter((s) => s.userId === user.id).at(-1);
      if (own) return own.id;
      const last = steps.at(-1);
      if (last && may(actor, 'step.document', { takenBy: last.userId })) return last.id;
      throw new HttpError(409, 'no_own_step', `photos document a step you took, and you took none on problem ${problemId}: send them with a note (PATCH /api/problems/${problemId} as multipart, a "data" field and "photo" files)`);
    }
    const eventId = typeof event === 'string' && /^\d+$/.test(event) ? Number(event) : NaN;
    const step = steps.find((s) => s.id === eventId);
    if (!step) throw badRequest(`event "${typeof event === 'string' ? event : 'a file'}" is not a step of problem ${problemId}`, 'bad_event');
    if (!may(actor, 'step.document', { takenBy: step.userId })) throw new HttpError(403, 'forbidden', 'photos document a step you took yourself: this step was taken by someone else');
    return step.id;
  };

  // Stops reading an oversized upload early, whether or not it declared its length.
  const uploadLimit = bodyLimit({
    maxSize: MAX_PHOTO_BYTES + 64 * 1024,
    onError: () => {
      throw new HttpError(413, 'too_large', `the upload exceeds the photo limit of ${MAX_PHOTO_BYTES / 1048576} MB`);
    },
  });

  app.post('/problems/:id/photos', guard('photo.add', 'step.document'), uploadLimit, async (c) => {
    const id = c.req.param('id');
    await mayAttach(c, id);
    const { bytes, event } = await uploadedFile(c);
    const eventId = await stepOf(c, id, event);
    const row = await storePhoto(store, dir(), 'problem', id, bytes, clock(), eventId);
    return c.json({ id: row.id, mime: row.mime, bytes: row.bytes, url: `/api/photos/${row.id}`, createdAt: new Date(row.createdAt).toISOString(), eventId: row.eventId }, 201);
  });

  for (const kind of ['report', 'problem'] as const satisfies readonly OwnerKind[]) {
    app.get(`/${kind}s/:id/photos`, async (c) => c.json(await photosOf(store, kind, c.req.param('id'))));
  }

  app.get('/photos/:id', async (c) => {
    const { row, bytes } = await readPhoto(store, dir(), c.req.param('id'));
    return c.body(new Uint8Array(bytes) as Uint8Array<ArrayBuffer>, 200, { 'content-type': row.mime, 'cache-control': 'private, max-age=86400', 'x-content-type-options': 'nosniff' });
  });

  return app;
}
