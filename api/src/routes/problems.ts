import { setImmediate as yieldToLoop } from 'node:timers/promises';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import {
  PROBLEM_CATEGORIES,
  PROBLEM_LIST_LIMIT,
  PROBLEM_STATS_BY,
  PROBLEM_STATUS,
  currentWeek,
  decodeProblemStep,
  isProblemCategory,
  weeksEnding,
  type ProblemStatsBy,
  type ProblemPinsResponse,
  type ProblemStatus,
  type ProblemsResponse,
} from '@wangge/geodata';
import { table } from '../export/table.ts';
import { PROBLEM_STATUS_ZH, shanghaiTime } from '../export/labels.ts';
import { allow, userOf, type AuthEnv } from '../auth/middleware.ts';
import { HttpError, badRequest } from '../http/errors.ts';
import { jsonBody, requiredString } from '../http/body.ts';
import { bodyWithPhotos } from '../http/form-body.ts';
import { MAX_PHOTO_BYTES, MAX_PHOTOS_PER_OWNER } from '../services/photos.ts';
import { requireCoordinate, requireWeek } from '../http/query.ts';
import { problemStats } from '../services/problem-stats.ts';
import { deadlineHours, setDeadlineHours } from '../services/problem-deadlines.ts';
import { problemDetail } from '../services/problem-detail.ts';
import { fileProblem, moveProblem } from '../services/problem-steps.ts';
import { listPins, listProblems, nearbyOpenProblems, type ProblemFilter } from '../services/problems.ts';
import { DEFAULT_PHOTO_QUOTA, takeUploadQuota } from '../services/upload-quota.ts';
import type { AppDeps } from './context.ts';

const MAX_LIMIT = PROBLEM_LIST_LIMIT.max;
/** Rows read from the database at a time for a download, with other requests served in between. */
const DOWNLOAD_PAGE = 2000;

function listParam(value: string | undefined, name: string, allowed: readonly string[]): string[] | undefined {
  if (!value) return undefined;
  const items = value.split(',').map((s) => s.trim()).filter(Boolean);
  const bad = items.filter((i) => !allowed.includes(i));
  if (bad.length) throw badRequest(`${name} has unknown values: ${bad.join(', ')} (allowed: ${allowed.join(', ')})`, 'bad_query');
  return items;
}

function dateParam(value: string | undefined, name: string, endOfDay: boolean): number | undefined {
  if (!value) return undefined;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) throw badRequest(`${name} "${value}" is not a date (YYYY-MM-DD)`, 'bad_query');
  const t = Date.parse(`${value}T${endOfDay ? '23:59:59.999' : '00:00:00'}+08:00`);
  if (!Number.isFinite(t)) throw badRequest(`${name} "${value}" is not a real date`, 'bad_query');
  return t;
}

function bboxParam(value: string | undefined): ProblemFilter['bbox'] {
  if (!value) return undefined;
  const n = value.split(',').map(Number);
  if (n.length !== 4 || n.some((x) => !Number.isFinite(x))) throw badRequest(`bbox "${value}" must be four numbers west,south,east,north`, 'bad_query');
  const [w, s, e, north] = n;
  if (w > e || s > north || Math.abs(w) > 180 || Math.abs(e) > 180 || Math.abs(s) > 90 || Math.abs(north) > 90) throw badRequest(`bbox "${value}" is not west,south,east,north in range`, 'bad_query');
  return [w, s, e, north];
}

function intParam(value: string | undefined, name: string, fallback: number, max: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > max) throw badRequest(`${name} must be a whole number from 0 to ${max}`, 'bad_query');
  return n;
}

/** A download's rows, read a page at a time so that other requests are served in between. */
async function listInPages(store: AppDeps['store'], filter: ProblemFilter, now: number): Promise<Awaited<ReturnType<typeof listProblems>>> {
  const end = filter.offset + filter.limit;
  const rows: Awaited<ReturnType<typeof listProblems>>['rows'] = [];
  let total = 0;
  for (let offset = filter.offset; offset < end; offset += DOWNLOAD_PAGE) {
    const page = await listProblems(store, { ...filter, offset, limit: Math.min(DOWNLOAD_PAGE, end - offset) }, now);
    total = page.total;
    rows.push(...page.rows);
    if (page.rows.length < DOWNLOAD_PAGE) break;
    await yieldToLoop();
  }
  return { total, rows };
}

/** The list's filters (status, category, grid, unit, owner, from, to, bbox, overdue), shared by the stats. */
function filterParams(q: Record<string, string>): Omit<ProblemFilter, 'limit' | 'offset'> {
  return {
    statuses: listParam(q.status, 'status', Object.values(PROBLEM_STATUS)),
    categories: listParam(q.category, 'category', PROBLEM_CATEGORIES),
    gridId: q.grid || undefined,
    unitId: q.unit || undefined,
    ownerUnitId: q.owner || undefined,
    from: dateParam(q.from, 'from', false),
    to: dateParam(q.to, 'to', true),
    bbox: bboxParam(q.bbox),
    overdue: q.overdue === '1' || q.overdue === 'true',
  };
}

const STAFF = ['leader', 'inspector', 'planner', 'admin'] as const;

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
    const q = c.req.query();
    // JSON with every field is paged; a download or the map's light pins may be larger
    const paged = q.fields !== 'pin' && (q.format === undefined || q.format === '' || q.format === 'json');
    const filter: ProblemFilter = {
      ...filterParams(q),
      limit: paged ? intParam(q.limit, 'limit', PROBLEM_LIST_LIMIT.jsonMax, PROBLEM_LIST_LIMIT.jsonMax) : intParam(q.limit, 'limit', PROBLEM_LIST_LIMIT.default, MAX_LIMIT),
      offset: intParam(q.offset, 'offset', 0, Number.MAX_SAFE_INTEGER),
    };
    if (q.fields !== undefined && q.fields !== 'pin') throw badRequest(`fields "${q.fields}" must be "pin" (or left out for every field)`, 'bad_query');
    if (q.fields === 'pin') {
      if (q.format) throw badRequest('fields=pin is for the map; exports carry every field: leave one of them out', 'bad_query');
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
    const { total, rows } = paged ? await listProblems(store, filter, clock()) : await listInPages(store, filter, clock());
    const header = ['编号', '类别', '描述', '状态', '网格编码', '牵头单位', '责任人', '责任人电话', '经度', '纬度', '上报时间', '整改期限', '是否超期'];
    const cells = rows.map(({ p, props }) => [
      p.id,
      p.category,
      p.description,
      PROBLEM_STATUS_ZH[p.status as ProblemStatus] ?? p.status,
      props.gridCode,
      props.ownerUnitName,
      p.ownerPerson,
      p.ownerPhone,
      p.lon,
      p.lat,
      shanghaiTime(props.createdAt),
      shanghaiTime(props.dueAt),
      props.overdue ? '超期' : '',
    ]);
    const body: ProblemsResponse = {
      type: 'FeatureCollection',
      total,
      limit: filter.limit,
      offset: filter.offset,
      features: rows.map(({ p, props }) => ({ type: 'Feature', id: p.id, geometry: { type: 'Point', coordinates: [p.lon, p.lat] }, properties: props })),
    };
    return table(c, q.format, '问题清单', header, cells, () => c.json(body));
  });

  app.get('/problem-deadlines', async (c) => c.json(await deadlineHours(store)));

  app.put('/problem-deadlines', allow('admin'), async (c) => c.json(await setDeadlineHours(store, await jsonBody(c), userOf(c), clock())));

  app.get('/problems/stats', allow(...STAFF), async (c) => {
    const q = c.req.query();
    const now = clock();
    const last = q.week ? requireWeek(q.week) : currentWeek(now);
    const count = q.weeks === undefined || q.weeks === '' ? 12 : Number(q.weeks);
    if (!Number.isInteger(count) || count < 1 || count > 52) throw badRequest('weeks must be a whole number from 1 to 52', 'bad_query');
    const by = q.by ?? 'grid';
    if (!(PROBLEM_STATS_BY as readonly string[]).includes(by)) throw badRequest(`by "${by}" must be one of ${PROBLEM_STATS_BY.join(', ')}`, 'bad_query');
    const stats = await problemStats(store, filterParams(q), weeksEnding(last, count), by as ProblemStatsBy, now);
    const header = ['分组', '编码', '周（周五）', '上报', '已整改', '已复核', '周末未整改', '周末超期'];
    const none = by === 'grid' || by === 'community' ? '网格外' : by === 'owner' ? '未交办' : '无责任单位';
    const rows = [{ key: '', name: '全部', ...stats.total }, ...stats.series.map((s) => ({ ...s, name: s.key === '' ? none : s.name }))].flatMap((s) =>
      stats.weeks.map((w, i) => [s.name, 'code' in s ? (s.code ?? '') : '', w, s.filed[i], s.fixed[i], s.verified[i], s.open[i], s.overdue[i]]),
    );
    return table(c, q.format, `问题统计_${last}`, header, rows, () => c.json(stats));
  });

  app.get('/problems/nearby', async (c) => {
    const lon = requireCoordinate('lon', c.req.query('lon'));
    const lat = requireCoordinate('lat', c.req.query('lat'));
    const category = c.req.query('category');
    if (!isProblemCategory(category)) throw badRequest(`category "${category ?? ''}" is not one of ${PROBLEM_CATEGORIES.join(', ')}`, 'bad_query');
    return c.json(await nearbyOpenProblems(store, lon, lat, category, 50, clock()));
  });

  app.get('/problems/:id', async (c) => c.json(await problemDetail(store, c.req.param('id'), clock())));

  app.post('/problems', allow('inspector', 'admin', 'leader', 'planner', 'reporter'), async (c) => {
    const body = await jsonBody(c);
    const lon = coordinate(body.lon, 'lon');
    const lat = coordinate(body.lat, 'lat');
    if (!isProblemCategory(body.category)) throw badRequest(`category "${String(body.category ?? '')}" is not one of ${PROBLEM_CATEGORIES.join(', ')}`, 'bad_field');
    const description = requiredString(body, 'description', 2000);
    return c.json(await fileProblem(store, { lon, lat, category: body.category, description }, userOf(c), clock()), 201);
  });

  // a step's photos come with it: up to a step's photo limit, each at most the photo size
  const stepLimit = bodyLimit({
    maxSize: MAX_PHOTOS_PER_OWNER * MAX_PHOTO_BYTES + 1024 * 1024,
    onError: () => {
      throw new HttpError(413, 'too_large', `a step's request exceeds ${MAX_PHOTOS_PER_OWNER} photos of ${MAX_PHOTO_BYTES / 1048576} MB`);
    },
  });

  app.patch('/problems/:id', allow('inspector', 'admin', 'reporter', 'leader', 'planner'), stepLimit, async (c) => {
    const now = clock();
    const { body, photos } = await bodyWithPhotos(c, MAX_PHOTOS_PER_OWNER);
    const step = decodeProblemStep(body, now);
    if (!step.ok) throw badRequest(step.message, step.code);
    await takeUploadQuota(store, userOf(c).id, photos.length, photos.reduce((n, p) => n + p.length, 0), now, photoQuota);
    return c.json(await moveProblem(store, c.req.param('id'), step.value, userOf(c), now, photos.map((bytes) => ({ bytes })), photoDir));
  });

  return app;
}

function coordinate(value: unknown, name: 'lon' | 'lat'): number {
  if (typeof value !== 'number') throw badRequest(`${name} is required and must be a number`, 'bad_coordinate');
  return requireCoordinate(name, String(value));
}
