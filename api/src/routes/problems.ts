import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import {
  PROBLEM_CATEGORIES,
  PROBLEM_LIST_LIMIT,
  currentWeek,
  decodeProblemListQuery,
  decodeProblemStatsQuery,
  decodeProblemStep,
  isProblemCategory,
  weeksEnding,
  type Decoded,
  type ProblemPinsResponse,
  type ProblemsResponse,
} from '@wangge/geodata';
import { fileResponse, table } from '../export/table.ts';
import { PROBLEM_DOWNLOAD_NAME, downloadProblems } from '../export/problem-download.ts';
import { guard, userOf, type AuthEnv } from '../auth/middleware.ts';
import { HttpError, badRequest } from '../http/errors.ts';
import { answerJson } from '../http/answer.ts';
import { jsonBody, requiredString } from '../http/body.ts';
import { bodyWithPhotos } from '../http/form-body.ts';
import { MAX_PHOTO_BYTES, MAX_PHOTOS_PER_OWNER } from '../services/photos.ts';
import { requireCoordinate } from '../http/query.ts';
import { problemStats } from '../services/problem-stats.ts';
import { exactlyOnce, readClientId } from '../services/client-writes.ts';
import { deadlineHours, setDeadlineHours } from '../services/problem-deadlines.ts';
import { problemDetail } from '../services/problem-detail.ts';
import { fileProblem, moveProblem } from '../services/problem-steps.ts';
import { listPins, listProblems, nearbyOpenProblems, serviceFilter, type ProblemFilter } from '../services/problems.ts';
import { DEFAULT_PHOTO_QUOTA, takeUploadQuota } from '../services/upload-quota.ts';
import type { AppDeps } from './context.ts';

/** A query the contract refuses is a 400 naming the bad parameter. */
function decoded<T>(d: Decoded<T>): T {
  if (!d.ok) throw badRequest(d.message, 'bad_query');
  return d.value;
}

/**
 * GET /problem-deadlines (anyone) · PUT /problem-deadlines (admins: hours per category, for problems filed from then on) ·
 * GET /problems/stats (leaders, inspectors, planners, admins: counts per week for the leaders' view) ·
 * GET /problems, /problems/nearby, /problems/:id (anyone) · POST /problems (any logged-in role) ·
 * PATCH /problems/:id (per workflow step: inspectors assign (naming the owner unit), reassign,
 * verify and return; the owner unit's reporter starts and fixes; admins may do any step; without a
 * status, a note by a responsible unit, the filer or an inspector), as JSON or as multipart with
 * the step's photos.
 */
export function problemRoutes({ store, clock, photoDir, photoQuota = DEFAULT_PHOTO_QUOTA }: AppDeps) {
  const app = new Hono<AuthEnv>();

  app.get('/problems', async (c) => {
    const raw = c.req.query();
    const query = decoded(decodeProblemListQuery(raw));
    // JSON with every field is paged; a download or the map's light pins may be larger
    const paged = query.fields !== 'pin' && query.format === 'json';
    const { jsonMax } = PROBLEM_LIST_LIMIT;
    if (paged && raw.limit && query.limit > jsonMax) throw badRequest(`limit must be a whole number from 0 to ${jsonMax} for the JSON list: page with offset, or download csv or xlsx`, 'bad_query');
    const filter: ProblemFilter = { ...serviceFilter(query.filter, query.bbox), limit: paged ? Math.min(query.limit, jsonMax) : query.limit, offset: query.offset };
    if (query.fields === 'pin') {
      const pins = await listPins(store, filter, clock());
      const body: ProblemPinsResponse = {
        type: 'FeatureCollection',
        total: pins.total,
        limit: filter.limit,
        offset: filter.offset,
        features: pins.rows.map((p) => ({ type: 'Feature', id: p.id, geometry: { type: 'Point', coordinates: [p.lon, p.lat] }, properties: { id: p.id, status: p.status, overdue: p.overdue } })),
      };
      return c.json(body);
    }
    if (query.format === 'csv' || query.format === 'xlsx') {
      return fileResponse(c, query.format, PROBLEM_DOWNLOAD_NAME, await downloadProblems(store, filter, clock(), query.format));
    }
    const { total, rows } = await listProblems(store, filter, clock());
    const body: ProblemsResponse = {
      type: 'FeatureCollection',
      total,
      limit: filter.limit,
      offset: filter.offset,
      features: rows.map(({ p, props }) => ({ type: 'Feature', id: p.id, geometry: { type: 'Point', coordinates: [p.lon, p.lat] }, properties: props })),
    };
    return c.json(body);
  });

  app.get('/problem-deadlines', async (c) => c.json(await deadlineHours(store)));

  app.put('/problem-deadlines', guard('deadlines.manage'), async (c) => c.json(await setDeadlineHours(store, await jsonBody(c), userOf(c), clock())));

  app.get('/problems/stats', guard('stats.read'), async (c) => {
    const query = decoded(decodeProblemStatsQuery(c.req.query()));
    const now = clock();
    const last = query.week ?? currentWeek(now);
    const by = query.by;
    const stats = await problemStats(store, serviceFilter(query.filter, query.bbox), weeksEnding(last, query.weeks), by, now);
    const header = ['分组', '编码', '周（周五）', '上报', '已整改', '已复核', '周末未整改', '周末超期'];
    const none = by === 'grid' || by === 'community' ? '网格外' : by === 'owner' ? '未交办' : '无责任单位';
    const rows = [{ key: '', name: '全部', ...stats.total }, ...stats.series.map((s) => ({ ...s, name: s.key === '' ? none : s.name }))].flatMap((s) =>
      stats.weeks.map((w, i) => [s.name, 'code' in s ? (s.code ?? '') : '', w, s.filed[i], s.fixed[i], s.verified[i], s.open[i], s.overdue[i]]),
    );
    return table(c, query.format, `问题统计_${last}`, header, rows, () => c.json(stats));
  });

  app.get('/problems/nearby', async (c) => {
    const lon = requireCoordinate('lon', c.req.query('lon'));
    const lat = requireCoordinate('lat', c.req.query('lat'));
    const category = c.req.query('category');
    if (!isProblemCategory(category)) throw badRequest(`category "${category ?? ''}" is not one of ${PROBLEM_CATEGORIES.join(', ')}`, 'bad_query');
    return c.json(await nearbyOpenProblems(store, lon, lat, category, 50, clock()));
  });

  app.get('/problems/:id', async (c) => c.json(await problemDetail(store, c.req.param('id'), clock())));

  app.post('/problems', guard('problem.file'), async (c) => {
    const body = await jsonBody(c);
    const lon = coordinate(body.lon, 'lon');
    const lat = coordinate(body.lat, 'lat');
    if (!isProblemCategory(body.category)) throw badRequest(`category "${String(body.category ?? '')}" is not one of ${PROBLEM_CATEGORIES.join(', ')}`, 'bad_field');
    const description = requiredString(body, 'description', 2000);
    const accuracy = locationAccuracy(body.accuracy);
    const category = body.category;
    const user = userOf(c);
    const now = clock();
    return answerJson(
      c,
      await exactlyOnce(store, user.id, readClientId(body), 'problem.file', now, async () => ({ status: 201, body: await fileProblem(store, { lon, lat, accuracy, category, description }, user, now) })),
    );
  });

  // a step's photos come with it: up to a step's photo limit, each at most the photo size
  const stepLimit = bodyLimit({
    maxSize: MAX_PHOTOS_PER_OWNER * MAX_PHOTO_BYTES + 1024 * 1024,
    onError: () => {
      throw new HttpError(413, 'too_large', `a step's request exceeds ${MAX_PHOTOS_PER_OWNER} photos of ${MAX_PHOTO_BYTES / 1048576} MB`);
    },
  });

  app.patch('/problems/:id', guard('problem.step', 'problem.note'), stepLimit, async (c) => {
    const now = clock();
    const { body, photos } = await bodyWithPhotos(c, MAX_PHOTOS_PER_OWNER);
    const step = decodeProblemStep(body, now);
    if (!step.ok) throw badRequest(step.message, step.code);
    const user = userOf(c);
    const move = async () => {
      await takeUploadQuota(store, user.id, photos.length, photos.reduce((n, p) => n + p.length, 0), now, photoQuota);
      return { status: 200 as const, body: await moveProblem(store, c.req.param('id'), step.value, user, now, photos.map((bytes) => ({ bytes })), photoDir) };
    };
    return answerJson(c, await exactlyOnce(store, user.id, readClientId(body), 'problem.step', now, move));
  });

  return app;
}

/** A phone's estimate of its fix's error, in metres: not negative (an emulated or surveyed fix says 0); beyond 100 km it is no fix of a street. */
function locationAccuracy(value: unknown): number | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > 100_000) {
    throw badRequest('accuracy must be the location fix\'s error in metres, a number from 0 to 100000', 'bad_field', { field: 'accuracy' });
  }
  return value;
}

function coordinate(value: unknown, name: 'lon' | 'lat'): number {
  if (typeof value !== 'number') throw badRequest(`${name} is required and must be a number`, 'bad_coordinate');
  return requireCoordinate(name, String(value));
}
