import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { MAX_REPORT_PHOTOS, REPORT_ACTIVITIES, may } from '@wangge/geodata';
import { guard, userOf, type AuthEnv } from '../auth/middleware.ts';
import { HttpError, badRequest, notFound } from '../http/errors.ts';
import { answerJson } from '../http/answer.ts';
import { jsonBody, optionalNumber, optionalString, optionalStringList, requiredString } from '../http/body.ts';
import { jsonWithFiles, type FormFile } from '../http/form.ts';
import { requireWeek } from '../http/query.ts';
import { policyUser } from '../services/policy-user.ts';
import { exactlyOnce, readClientId } from '../services/client-writes.ts';
import { MAX_PHOTO_BYTES } from '../services/photos.ts';
import { preparePhotos } from '../services/report-photos.ts';
import { reportRequirements, setReportRequirements } from '../services/report-requirements.ts';
import { reportVersions } from '../services/report-versions.ts';
import { listReports, reportById, submitReport } from '../services/reports.ts';
import { DEFAULT_PHOTO_QUOTA, takeUploadQuota } from '../services/upload-quota.ts';
import type { AppDeps } from './context.ts';

/** A submission: the report's JSON and its photos (multipart: fields "data" and "photo"), or JSON alone. */
async function submission(c: Context<AuthEnv>): Promise<{ body: Record<string, unknown>; files: FormFile[] }> {
  if ((c.req.header('content-type') ?? '').startsWith('multipart/form-data')) {
    const { data, files } = await jsonWithFiles(c, 'data', 'photo');
    return { body: data, files };
  }
  return { body: await jsonBody(c), files: [] };
}

// Nine photos of the largest size and the form around them; a larger body stops being read early.
const submissionLimit = bodyLimit({
  maxSize: MAX_REPORT_PHOTOS * MAX_PHOTO_BYTES + 1024 * 1024,
  onError: () => {
    throw new HttpError(413, 'too_large', `a report with its photos may not exceed ${MAX_REPORT_PHOTOS} × ${MAX_PHOTO_BYTES / 1048576} MB`);
  },
});

/**
 * POST /reports (reporter for its own unit's grids; admin for any unit, naming unitId) ·
 * GET /reports?week= (reporter: its unit's; leader, inspector, planner, admin: all) ·
 * GET /reports/:id/revisions (every version; the same readers) ·
 * GET /report-requirements (anyone) · PUT /report-requirements (admin).
 */
export function reportRoutes({ store, clock, photoDir, photoQuota = DEFAULT_PHOTO_QUOTA }: AppDeps) {
  const app = new Hono<AuthEnv>();

  app.post('/reports', guard('report.submit'), submissionLimit, async (c) => {
    const user = userOf(c);
    const { body, files } = await submission(c);
    const week = requireWeek(typeof body.week === 'string' ? body.week : body.week === undefined ? undefined : String(body.week));
    const gridId = requiredString(body, 'gridId', 100);
    let unitId = user.unitId;
    if (user.role === 'admin') unitId = requiredString(body, 'unitId', 100);
    else if (body.unitId !== undefined && body.unitId !== user.unitId) throw badRequest('a reporter submits for its own unit only; leave unitId out', 'bad_field');
    if (!unitId) throw badRequest('this account is not bound to a unit', 'no_unit');
    const input = {
      unitId,
      gridId,
      week,
      userId: user.id,
      baseRevision: optionalNumber(body, 'revision', { min: 1, integer: true }),
      removePhotos: optionalStringList(body, 'removePhotos') ?? [],
      workedOn: optionalString(body, 'workedOn', 40),
      participants: optionalNumber(body, 'participants', { min: 0, max: 1000, integer: true }),
      hours: optionalNumber(body, 'hours', { min: 0, max: 72 }),
      activities: optionalStringList(body, 'activities', REPORT_ACTIVITIES),
      problemsFound: optionalNumber(body, 'problemsFound', { min: 0, max: 10000, integer: true }),
      problemsFixed: optionalNumber(body, 'problemsFixed', { min: 0, max: 10000, integer: true }),
      content: optionalString(body, 'content', 5000),
    };
    const photos = preparePhotos(files);
    const now = clock();
    const submit = async () => {
      await takeUploadQuota(store, user.id, files.length, files.reduce((n, f) => n + f.bytes.length, 0), now, photoQuota);
      const { created, report } = await submitReport(store, input, photos, photoDir ?? null, now);
      return { status: created ? (201 as const) : (200 as const), body: report };
    };
    return answerJson(c, await exactlyOnce(store, user.id, readClientId(body), 'report.submit', now, submit));
  });

  app.get('/reports', guard('report.read'), async (c) => {
    const user = userOf(c);
    const week = requireWeek(c.req.query('week'));
    const unitFilter = user.role === 'reporter' ? [user.unitId ?? ''] : null;
    return c.json(await listReports(store, week, unitFilter, clock()));
  });

  app.get('/reports/:id/revisions', guard('report.read'), async (c) => {
    const user = userOf(c);
    const report = await reportById(store, Number(c.req.param('id')));
    if (!report) throw notFound(`report "${c.req.param('id')}" does not exist`);
    if (!may(policyUser(user), 'report.read', { unitId: report.unitId })) throw new HttpError(403, 'forbidden', 'a reporter reads its own unit’s reports only');
    return c.json(await reportVersions(store, report, clock()));
  });

  app.get('/report-requirements', async (c) => c.json(await reportRequirements(store)));

  app.put('/report-requirements', guard('requirements.manage'), async (c) => {
    const body = await jsonBody(c, 10_000);
    return c.json(await setReportRequirements(store, body, userOf(c), clock()));
  });

  return app;
}
