import { isProblemCategory, type ProblemCategory } from '../domain/problems.ts';
import { inspectGeometry } from '../coverage/validate.ts';
import { sanitizePolygonal } from '../geometry/sanitize.ts';
import { decodeDate, decodeOneOf, fail, ok, type Decoded, type QueryInput, reader } from './decoded.ts';
import {
  ASSESSMENT_KIND_LIST,
  ASSESSMENT_RESULT_LIST,
  ASSESSMENT_SCORE_BY,
  isAssessmentKind,
  type AssessmentKind,
  type AssessmentPointGeometry,
  type AssessmentPointInput,
  type AssessmentResult,
  type AssessmentScoreBy,
  type ChecklistItemInput,
  type ResultInput,
  type RoundInput,
} from './assessment.ts';

/** A 点位's polygon is a market, a square or a school's gate area: at most this many degrees across (about 2 km). */
export const MAX_POINT_SPAN_DEG = 0.02;
export const MAX_CHECKLIST_ITEMS = 50;
export const MAX_PER_COMMUNITY = 50;
const NAME_MAX = 100;
const TEXT_MAX = 300;
const NOTE_MAX = 1000;
const ITEM_ID_RE = /^[\w-]{1,40}$/;
const POINT_ID_RE = /^[\w-]{1,64}$/;

type Body = Record<string, unknown>;

function text(body: Body, name: string, max: number): Decoded<string> {
  const v = body[name];
  if (typeof v !== 'string' || v.trim() === '') return fail(`${name} is required (text)`, 'bad_field');
  if (v.length > max) return fail(`${name} is longer than ${max} characters`, 'bad_field');
  return ok(v.trim());
}

function kindOf(value: unknown, name = 'kind'): Decoded<AssessmentKind> {
  return isAssessmentKind(value) ? ok(value) : fail(`${name} "${String(value ?? '')}" is not one of ${ASSESSMENT_KIND_LIST.join(', ')}`, 'bad_kind');
}

const inRange = (lon: unknown, lat: unknown) => typeof lon === 'number' && typeof lat === 'number' && Number.isFinite(lon) && Number.isFinite(lat) && Math.abs(lon) <= 180 && Math.abs(lat) <= 90;

/** A Point, or a valid Polygon at most MAX_POINT_SPAN_DEG across: a fresh copy holding only type and coordinates. */
export function decodePointGeometry(geometry: unknown): Decoded<AssessmentPointGeometry> {
  const g = geometry as { type?: unknown; coordinates?: unknown } | null;
  if (g && typeof g === 'object' && g.type === 'Point') {
    const c = g.coordinates;
    if (!Array.isArray(c) || c.length < 2 || c.length > 3 || !inRange(c[0], c[1])) return fail('a Point needs coordinates [longitude, latitude] in range', 'bad_geometry');
    return ok({ type: 'Point', coordinates: [c[0] as number, c[1] as number] });
  }
  if (!g || typeof g !== 'object' || g.type !== 'Polygon') return fail('geometry must be a GeoJSON Point or Polygon', 'bad_geometry');
  const clean = sanitizePolygonal(g);
  if (!clean.ok) return fail(clean.message, 'bad_geometry');
  const { issue } = inspectGeometry(clean.geometry);
  if (issue) return fail(`invalid polygon (${issue.reason}${issue.at ? ` at ${issue.at.join(', ')}` : ''})`, 'bad_geometry');
  const ring = (clean.geometry.coordinates as number[][][])[0];
  const lons = ring.map((p) => p[0]);
  const lats = ring.map((p) => p[1]);
  const span = Math.max(Math.max(...lons) - Math.min(...lons), Math.max(...lats) - Math.min(...lats));
  if (span > MAX_POINT_SPAN_DEG) return fail(`the polygon is ${span.toFixed(4)}° across; a 点位 is at most ${MAX_POINT_SPAN_DEG}° (about 2 km)`, 'point_too_large');
  return ok(clean.geometry as AssessmentPointGeometry);
}

/** POST /api/assessment/points. Codes: bad_field, bad_kind, bad_geometry, point_too_large. */
export function decodeAssessmentPointInput(body: Body): Decoded<AssessmentPointInput> {
  const kind = kindOf(body.kind);
  if (!kind.ok) return kind;
  const name = text(body, 'name', NAME_MAX);
  if (!name.ok) return name;
  const geometry = decodePointGeometry(body.geometry);
  if (!geometry.ok) return geometry;
  return ok({ kind: kind.value, name: name.value, geometry: geometry.value });
}

/** PUT /api/assessment/checklists/:kind. Codes: bad_field, duplicate_item. */
export function decodeChecklistInput(body: Body): Decoded<ChecklistItemInput[]> {
  const items = body.items;
  if (!Array.isArray(items) || items.length === 0) return fail('items is required: a list of { text, weight, needsPhoto?, category?, id? }', 'bad_field');
  if (items.length > MAX_CHECKLIST_ITEMS) return fail(`a checklist has at most ${MAX_CHECKLIST_ITEMS} items`, 'bad_field');
  const out: ChecklistItemInput[] = [];
  const ids = new Set<string>();
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as Body;
    if (!item || typeof item !== 'object' || Array.isArray(item)) return fail(`items[${i}] must be an object`, 'bad_field');
    const t = text(item, 'text', TEXT_MAX);
    if (!t.ok) return fail(`items[${i}]: ${t.message}`, 'bad_field');
    const w = item.weight;
    if (typeof w !== 'number' || !Number.isFinite(w) || w <= 0 || w > 100) return fail(`items[${i}].weight must be a number above 0 and at most 100`, 'bad_field');
    if (item.needsPhoto !== undefined && typeof item.needsPhoto !== 'boolean') return fail(`items[${i}].needsPhoto must be true or false`, 'bad_field');
    if (item.category !== undefined && !isProblemCategory(item.category)) return fail(`items[${i}].category "${String(item.category)}" is not a problem category`, 'bad_field');
    if (item.id !== undefined) {
      if (typeof item.id !== 'string' || !ITEM_ID_RE.test(item.id)) return fail(`items[${i}].id must be letters, digits, _ or - (at most 40)`, 'bad_field');
      if (ids.has(item.id)) return fail(`items[${i}].id "${item.id}" appears twice`, 'duplicate_item');
      ids.add(item.id);
    }
    out.push({ ...(item.id !== undefined && { id: item.id as string }), text: t.value, weight: w, needsPhoto: item.needsPhoto === true, category: (item.category as ProblemCategory | undefined) ?? '其他' });
  }
  return ok(out);
}

/** POST /api/assessment/rounds. Codes: bad_field, bad_kind, bad_period. */
export function decodeRoundInput(body: Body): Decoded<RoundInput> {
  const name = text(body, 'name', NAME_MAX);
  if (!name.ok) return name;
  const from = decodeDate('from', typeof body.from === 'string' ? body.from : undefined);
  const to = decodeDate('to', typeof body.to === 'string' ? body.to : undefined);
  if (!from.ok || from.value === null) return fail('from is required: the first day, YYYY-MM-DD', 'bad_field');
  if (!to.ok || to.value === null) return fail('to is required: the last day, YYYY-MM-DD', 'bad_field');
  if (to.value < from.value) return fail(`the round ends (${to.value}) before it starts (${from.value})`, 'bad_period');
  let kinds: AssessmentKind[] | null = null;
  if (body.kinds !== undefined && body.kinds !== null) {
    if (!Array.isArray(body.kinds) || body.kinds.length === 0) return fail('kinds must be a non-empty list of kinds, or left out for every kind', 'bad_field');
    for (const k of body.kinds) {
      const kind = kindOf(k, 'kinds has');
      if (!kind.ok) return kind;
    }
    kinds = ASSESSMENT_KIND_LIST.filter((k) => (body.kinds as unknown[]).includes(k));
  }
  const per = body.perCommunity;
  if (typeof per !== 'number' || !Number.isInteger(per) || per < 1 || per > MAX_PER_COMMUNITY) return fail(`perCommunity must be a whole number from 1 to ${MAX_PER_COMMUNITY}`, 'bad_field');
  const seed = body.seed;
  if (typeof seed !== 'number' || !Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) return fail('seed must be a whole number from 0 to 4294967295', 'bad_field');
  let inspectorIds: string[] | null = null;
  if (body.inspectorIds !== undefined && body.inspectorIds !== null) {
    const ids = body.inspectorIds;
    if (!Array.isArray(ids) || ids.length === 0 || ids.some((id) => typeof id !== 'string' || !POINT_ID_RE.test(id))) return fail('inspectorIds must be a non-empty list of account ids', 'bad_field');
    inspectorIds = [...new Set(ids as string[])];
  }
  return ok({ name: name.value, from: from.value, to: to.value, kinds, perCommunity: per, seed, inspectorIds });
}

/** POST /api/assessment/rounds/:id/results. Codes: bad_field, duplicate_item. */
export function decodeResultInput(body: Body): Decoded<ResultInput> {
  const pointId = body.pointId;
  if (typeof pointId !== 'string' || !POINT_ID_RE.test(pointId)) return fail('pointId is required: the id of a point of the round’s sample', 'bad_field');
  const items = body.items;
  if (!Array.isArray(items) || items.length === 0) return fail('items is required: a list of { itemId, result: pass|fail|na, note? }', 'bad_field');
  if (items.length > MAX_CHECKLIST_ITEMS) return fail(`at most ${MAX_CHECKLIST_ITEMS} items`, 'bad_field');
  const out: ResultInput['items'] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as Body;
    if (!item || typeof item !== 'object' || Array.isArray(item)) return fail(`items[${i}] must be an object`, 'bad_field');
    if (typeof item.itemId !== 'string' || !ITEM_ID_RE.test(item.itemId)) return fail(`items[${i}].itemId must be a checklist item's id`, 'bad_field');
    if (!(ASSESSMENT_RESULT_LIST as readonly unknown[]).includes(item.result)) return fail(`items[${i}].result must be one of ${ASSESSMENT_RESULT_LIST.join(', ')}`, 'bad_field');
    if (out.some((o) => o.itemId === item.itemId)) return fail(`items[${i}].itemId "${item.itemId}" appears twice`, 'duplicate_item');
    let note: string | null = null;
    if (item.note !== undefined && item.note !== null) {
      if (typeof item.note !== 'string' || item.note.length > NOTE_MAX) return fail(`items[${i}].note must be text of at most ${NOTE_MAX} characters`, 'bad_field');
      note = item.note.trim() || null;
    }
    out.push({ itemId: item.itemId, result: item.result as AssessmentResult, note });
  }
  return ok({ pointId, items: out });
}

/** GET /api/assessment/rounds/:id/scores?by=…&format=… */
export interface AssessmentScoresQuery {
  by: AssessmentScoreBy;
  format: 'json' | 'xlsx';
}

export function decodeAssessmentScoresQuery(input: QueryInput): Decoded<AssessmentScoresQuery> {
  const get = reader(input);
  const by = decodeOneOf('by', get('by'), ASSESSMENT_SCORE_BY, 'unit');
  if (!by.ok) return by;
  const format = decodeOneOf('format', get('format'), ['json', 'xlsx'] as const, 'json');
  if (!format.ok) return format;
  return ok({ by: by.value, format: format.value });
}

export function encodeAssessmentScoresQuery(q: AssessmentScoresQuery): URLSearchParams {
  const out = new URLSearchParams({ by: q.by });
  if (q.format !== 'json') out.set('format', q.format);
  return out;
}
