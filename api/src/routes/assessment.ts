import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import {
  decodeAssessmentPointInput,
  decodeAssessmentScoresQuery,
  decodeChecklistInput,
  decodeResultInput,
  decodeRoundInput,
  isAssessmentKind,
  isCrs,
  CRS,
  ASSESSMENT_KIND_LIST,
  ASSESSMENT_REPORT_FORMATS,
  currentWeek,
  type AssessmentImportResponse,
  type AssessmentReportFormat,
} from '@wangge/geodata';
import { guard, userOf, type AuthEnv } from '../auth/middleware.ts';
import { latestChecklists, roundChecklists, setChecklist } from '../assessment/checklists.ts';
import { pointsFromGeoJson, pointsFromXlsx } from '../assessment/import.ts';
import { reportDocument, SCORE_MAP_CAPTION } from '../assessment/report-document.ts';
import { roundReport } from '../assessment/report.ts';
import { deletePoint, updatePoint } from '../assessment/point-edit.ts';
import { addPoints, listPoints } from '../assessment/points.ts';
import { resultsOf, submitResult } from '../assessment/results.ts';
import { createRound, listRounds, roundById, roundRow } from '../assessment/rounds.ts';
import { roundScores } from '../assessment/scores.ts';
import { bulletinPdf } from '../bulletin/bulletin-pdf.ts';
import { RenderQueue } from '../export/render-queue.ts';
import { sheetPng, type MapRenderer } from '../export/sheet-png.ts';
import { WarmBrowser } from '../export/warm-browser.ts';
import { table } from '../export/table.ts';
import { jsonBody, jsonObject } from '../http/body.ts';
import { HttpError, badRequest } from '../http/errors.ts';
import { MAX_PHOTO_BYTES } from '../services/photos.ts';
import { DEFAULT_PHOTO_QUOTA, takeUploadQuota } from '../services/upload-quota.ts';
import type { AppDeps } from './context.ts';
import { askingSession, selfOrigin } from './export.ts';

const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
/** photos sent with one point's results, all items together */
const MAX_RESULT_PHOTOS = 20;
const ID_RE = /^[\w-]{1,64}$/;

const limit = (bytes: number, what: string) =>
  bodyLimit({
    maxSize: bytes,
    onError: () => {
      throw new HttpError(413, 'too_large', `${what} exceeds ${Math.round(bytes / 1048576)} MB`);
    },
  });

/** An import's content: a GeoJSON body, or a multipart `file` holding GeoJSON or an Excel workbook; `crs=gcj02|bd09` converts from 高德/腾讯 or 百度 coordinates. */
async function importedPoints(c: Context) {
  const crs = c.req.query('crs') || CRS.wgs84;
  if (!isCrs(crs)) throw badRequest(`crs "${crs.slice(0, 20)}" is not one of ${Object.values(CRS).join(', ')}`, 'bad_query');
  if (!(c.req.header('content-type') ?? '').startsWith('multipart/form-data')) return pointsFromGeoJson(await jsonBody(c, MAX_IMPORT_BYTES), crs);
  const form = await c.req.formData().catch(() => null);
  const file = form?.get('file');
  if (!file || typeof file === 'string') throw badRequest('send the file in a multipart field named "file" (.geojson, .json or .xlsx)', 'bad_import');
  const bytes = new Uint8Array(await file.arrayBuffer());
  // an .xlsx is a zip: PK\x03\x04
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return pointsFromXlsx(file.name, bytes, crs);
  return pointsFromGeoJson(jsonObject(new TextDecoder().decode(bytes), 'the file'), crs);
}

/** A result's JSON and its photos: plain JSON, or multipart with the JSON in `data` and each item's photos as `photo.<itemId>` files. */
async function resultWithPhotos(c: Context): Promise<{ body: Record<string, unknown>; photos: Map<string, Uint8Array[]> }> {
  const photos = new Map<string, Uint8Array[]>();
  if (!(c.req.header('content-type') ?? '').startsWith('multipart/form-data')) return { body: await jsonBody(c), photos };
  const form = await c.req.formData().catch(() => null);
  if (!form) throw badRequest('the multipart/form-data body could not be read', 'bad_form');
  const data = form.get('data');
  if (typeof data !== 'string') throw badRequest('a multipart request carries its JSON in a text field named "data"', 'bad_form');
  const body = jsonObject(data, 'the field "data"');
  let count = 0;
  // the DOM's FormData is iterable; the types the API compiles with leave that out
  for (const [name, value] of form as unknown as Iterable<[string, File | string]>) {
    if (name === 'data') continue;
    const itemId = /^photo\.([\w-]{1,40})$/.exec(name)?.[1];
    if (!itemId || typeof value === 'string') throw badRequest(`the field "${name.slice(0, 60)}" is not a photo field: name each item's photos "photo.<itemId>"`, 'bad_photo');
    if (++count > MAX_RESULT_PHOTOS) throw badRequest(`one point's results carry at most ${MAX_RESULT_PHOTOS} photos`, 'too_many_photos');
    photos.set(itemId, [...(photos.get(itemId) ?? []), new Uint8Array(await value.arrayBuffer())]);
  }
  return { body, photos };
}

/** An id of a round or point as asked for; one that could not be an id is a 404 like an unknown one. */
function idOf(id: string, what: 'round' | 'point'): string {
  if (!ID_RE.test(id)) throw new HttpError(404, 'not_found', `assessment ${what} "${id.slice(0, 64)}" does not exist`);
  return id;
}

const roundIdOf = (c: Context) => idOf(c.req.param('id') ?? '', 'round');

function reportFormatOf(value: string | undefined): AssessmentReportFormat {
  const format = value || 'pdf';
  if (!(ASSESSMENT_REPORT_FORMATS as readonly string[]).includes(format)) throw badRequest(`format "${format.slice(0, 20)}" must be ${ASSESSMENT_REPORT_FORMATS.join(', ')}`, 'bad_query');
  return format as AssessmentReportFormat;
}

/** A name for the download that a file system takes: the round's name without path or reserved characters. */
const fileSafe = (name: string) => name.replace(/[\\/:*?"<>|\s]+/g, '_').slice(0, 80);
const pointIdOf = (c: Context) => idOf(c.req.param('id') ?? '', 'point');

/**
 * 文明城市测评 (staff read; admins and planners add, change and remove 点位 (PUT|DELETE /assessment/points/:id); admins edit checklists and make rounds;
 * the inspector a point was handed to scores it): GET|POST /assessment/points, POST
 * /assessment/points/import · GET /assessment/checklists, PUT /assessment/checklists/:kind · GET|POST
 * /assessment/rounds, GET /assessment/rounds/:id · POST|GET /assessment/rounds/:id/results · GET
 * /assessment/rounds/:id/scores?by=&format= · GET /assessment/rounds/:id/report?format=pdf|json (the round's 测评报告 with its score map).
 */
export function assessmentRoutes({ store, clock, photoDir, photoQuota = DEFAULT_PHOTO_QUOTA }: AppDeps, renderer: MapRenderer = { queue: new RenderQueue(), warm: new WarmBrowser() }) {
  const app = new Hono<AuthEnv>();
  const read = guard('assessment.read');

  app.get('/assessment/points', read, async (c) => {
    const grid = c.req.query('grid');
    if (grid !== undefined && !ID_RE.test(grid)) throw badRequest(`grid "${grid.slice(0, 64)}" is not an id`, 'bad_query');
    return c.json(await listPoints(store, { gridId: grid }));
  });

  app.post('/assessment/points', guard('assessment.points'), async (c) => {
    const input = decodeAssessmentPointInput(await jsonBody(c));
    if (!input.ok) throw badRequest(input.message, input.code);
    const ids = await addPoints(store, [input.value], userOf(c).id, clock());
    return c.json((await listPoints(store, { ids })).features[0], 201);
  });

  app.put('/assessment/points/:id', guard('assessment.points'), async (c) => {
    const id = pointIdOf(c);
    const input = decodeAssessmentPointInput(await jsonBody(c));
    if (!input.ok) throw badRequest(input.message, input.code);
    await updatePoint(store, id, input.value, userOf(c).id, clock());
    return c.json((await listPoints(store, { ids: [id] })).features[0]);
  });

  app.delete('/assessment/points/:id', guard('assessment.points'), async (c) => {
    const id = pointIdOf(c);
    await deletePoint(store, id, userOf(c).id, clock());
    return c.json({ deleted: id });
  });

  app.post('/assessment/points/import', guard('assessment.points'), limit(MAX_IMPORT_BYTES + 64 * 1024, 'the import'), async (c) => {
    const points = await importedPoints(c);
    const ids = await addPoints(store, points, userOf(c).id, clock());
    const added = await listPoints(store, { ids });
    const body: AssessmentImportResponse = { added: ids.length, flagged: added.features.filter((f) => f.properties.flagged).length, ids };
    return c.json(body, 201);
  });

  // ?round=: the versions that round is scored by (an edit since does not change its form)
  app.get('/assessment/checklists', read, async (c) => {
    const roundId = c.req.query('round');
    if (roundId === undefined) return c.json(await latestChecklists(store));
    return c.json(await roundChecklists(store, (await roundRow(store, idOf(roundId, 'round'))).checklistVersions));
  });

  app.put('/assessment/checklists/:kind', guard('assessment.manage'), async (c) => {
    const kind = c.req.param('kind');
    if (!isAssessmentKind(kind)) throw badRequest(`kind "${kind.slice(0, 40)}" is not one of ${ASSESSMENT_KIND_LIST.join(', ')}`, 'bad_kind');
    const items = decodeChecklistInput(await jsonBody(c));
    if (!items.ok) throw badRequest(items.message, items.code);
    return c.json(await setChecklist(store, kind, items.value, userOf(c).id, clock()));
  });

  app.get('/assessment/rounds', read, async (c) => c.json(await listRounds(store)));

  app.post('/assessment/rounds', guard('assessment.manage'), async (c) => {
    const input = decodeRoundInput(await jsonBody(c));
    if (!input.ok) throw badRequest(input.message, input.code);
    const id = await createRound(store, input.value, userOf(c).id, clock());
    return c.json(await roundById(store, id), 201);
  });

  app.get('/assessment/rounds/:id', read, async (c) => c.json(await roundById(store, roundIdOf(c))));

  const resultLimit = limit(MAX_RESULT_PHOTOS * MAX_PHOTO_BYTES + 1024 * 1024, `one point's results with photos`);
  app.post('/assessment/rounds/:id/results', guard('assessment.score'), resultLimit, async (c) => {
    const id = roundIdOf(c);
    const { body, photos } = await resultWithPhotos(c);
    const input = decodeResultInput(body);
    if (!input.ok) throw badRequest(input.message, input.code);
    const user = userOf(c);
    const now = clock();
    const all = [...photos.values()].flat();
    await takeUploadQuota(store, user.id, all.length, all.reduce((n, p) => n + p.length, 0), now, photoQuota);
    return c.json(await submitResult(store, id, input.value, photos, user, now, photoDir));
  });

  app.get('/assessment/rounds/:id/results', read, async (c) => {
    const point = c.req.query('point');
    if (point !== undefined && !ID_RE.test(point)) throw badRequest(`point "${point.slice(0, 64)}" is not an id`, 'bad_query');
    return c.json(await resultsOf(store, roundIdOf(c), point));
  });

  app.get('/assessment/rounds/:id/scores', read, async (c) => {
    const query = decodeAssessmentScoresQuery(c.req.query());
    if (!query.ok) throw badRequest(query.message, query.code);
    const scores = await roundScores(store, roundIdOf(c), query.value.by);
    const header = ['分组', '编号', '得分（加权达标率%）', '上轮得分', '达标权重', '计分权重', '点位数'];
    const rows = scores.groups.map((g) => [g.name, g.key, g.score, g.previous, g.passWeight, g.countedWeight, g.points]);
    return table(c, query.value.format, `测评得分_${scores.roundId}_${query.value.by}`, header, rows, () => c.json(scores));
  });

  app.get('/assessment/rounds/:id/report', read, async (c) => {
    const format = reportFormatOf(c.req.query('format'));
    const report = await roundReport(store, roundIdOf(c), clock());
    if (format === 'json') return c.json(report);
    // the score map is drawn by this server's own print page, as the 通报's status map is
    const origin = selfOrigin(c);
    if (!origin) throw new HttpError(503, 'unavailable', 'the report needs the app served over HTTP on a local port (for its score map)');
    // the sheet names a week like every meeting map; a round's scores do not depend on it
    const map = await sheetPng({ week: currentWeek(clock()), kind: 'assessment', round: report.round.id }, 'score map', { origin, session: askingSession(c), county: store.countyId }, renderer);
    const doc = reportDocument(report);
    const bytes = await renderer.queue.run(() => renderer.warm.use((browser) => bulletinPdf(doc, { png: map, caption: SCORE_MAP_CAPTION }, browser)));
    return c.body(bytes as Uint8Array<ArrayBuffer>, 200, {
      'content-type': 'application/pdf',
      'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(`${fileSafe(report.round.name)}_模拟测评报告.pdf`)}`,
      'cache-control': 'no-store',
    });
  });

  return app;
}
