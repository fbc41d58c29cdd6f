import { and, asc, count, desc, eq, gte, inArray, lte, sql, type SQL } from 'drizzle-orm';
import {
  OPEN_PROBLEM_STATUSES,
  PROBLEM_DEADLINE_HOURS,
  PROBLEM_TRANSITIONS,
  type ProblemApiProps,
  type ProblemCategory,
  type ProblemDetailResponse,
  type ProblemStatus,
} from '@wangge/geodata';
import { first } from '../db/query.ts';
import { pointInBox } from '../db/spatial.ts';
import type { Q, Store } from '../db/store.ts';
import type { Tables } from '../db/tables.ts';
import type { User } from '../auth/middleware.ts';
import { HttpError, badRequest, conflict, notFound } from '../http/errors.ts';
import { audit } from './audit.ts';
import { routeProblem } from './locate.ts';
import { photosOf } from './photos.ts';
import { deadlineHours } from './problem-deadlines.ts';

const HOUR = 3600_000;
const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

/** When a problem filed at `createdAt` must be fixed by: the category's hours (this deployment's, else the defaults). */
export function problemDueAt(category: string, createdAt: number, hours: Readonly<Record<string, number>> = PROBLEM_DEADLINE_HOURS): number {
  return createdAt + (hours[category as ProblemCategory] ?? 48) * HOUR;
}

type ProblemRow = Tables['problems']['$inferSelect'];

export function isOverdue(p: Pick<ProblemRow, 'status' | 'dueAt'>, now: number): boolean {
  return p.dueAt !== null && now > p.dueAt && (OPEN_PROBLEM_STATUSES as readonly string[]).includes(p.status);
}

export function problemProps(p: ProblemRow, gridCode: string | null, now: number): ProblemApiProps {
  return {
    id: p.id,
    category: p.category,
    description: p.description,
    status: p.status,
    gridId: p.gridId,
    gridCode,
    createdAt: iso(p.createdAt)!,
    dueAt: iso(p.dueAt),
    overdue: isOverdue(p, now),
    outsideGrids: p.outsideGrids,
  };
}

export async function problemById({ db, t }: Q, id: string): Promise<ProblemRow | undefined> {
  return first(db.select().from(t.problems).where(eq(t.problems.id, id)));
}

/** Is the unit one of those the problem was routed to? */
export async function isResponsibleUnit({ db, t }: Q, problemId: string, unitId: string | null): Promise<boolean> {
  if (unitId === null) return false;
  return (await first(db.select({ unitId: t.problemUnits.unitId }).from(t.problemUnits).where(and(eq(t.problemUnits.problemId, problemId), eq(t.problemUnits.unitId, unitId))))) !== undefined;
}

/** A problem's steps in the order they were taken: id and who took it. */
export function problemSteps({ db, t }: Q, problemId: string) {
  return db.select({ id: t.problemEvents.id, userId: t.problemEvents.userId }).from(t.problemEvents).where(eq(t.problemEvents.problemId, problemId)).orderBy(asc(t.problemEvents.id));
}

export async function problemDetail(q: Q, id: string, now: number): Promise<ProblemDetailResponse> {
  const { db, t } = q;
  const p = await problemById(q, id);
  if (!p) throw notFound(`problem "${id}" does not exist`);
  const grid = p.gridId ? ((await first(db.select({ id: t.grids.id, code: t.grids.code, name: t.grids.name }).from(t.grids).where(eq(t.grids.id, p.gridId)))) ?? null) : null;
  const office = p.streetOfficeId ? ((await first(db.select({ id: t.streetOffices.id, name: t.streetOffices.name }).from(t.streetOffices).where(eq(t.streetOffices.id, p.streetOfficeId)))) ?? null) : null;
  const units = await db.select({ id: t.units.id, name: t.units.name }).from(t.problemUnits).innerJoin(t.units, eq(t.units.id, t.problemUnits.unitId)).where(eq(t.problemUnits.problemId, id));
  const events = await db.select().from(t.problemEvents).where(eq(t.problemEvents.problemId, id)).orderBy(asc(t.problemEvents.id));
  return {
    ...problemProps(p, grid?.code ?? null, now),
    lon: p.lon,
    lat: p.lat,
    grid,
    streetOffice: office,
    units,
    events: events.map((e) => ({ id: e.id, fromStatus: e.fromStatus, toStatus: e.toStatus, action: e.action, note: e.note, by: e.userId, at: iso(e.at)! })),
    photos: await photosOf(q, 'problem', id),
  };
}

export interface NewProblem {
  lon: number;
  lat: number;
  category: ProblemCategory;
  description: string;
}

/** Files a problem where it was found, routed to whoever answers for that place. */
export async function fileProblem(store: Store, input: NewProblem, user: User, now: number): Promise<ProblemDetailResponse> {
  const { t } = store;
  const id = `P${now.toString(36).toUpperCase()}${Math.floor(Math.random() * 1e6).toString(36).toUpperCase()}`;
  await store.tx(async (tx) => {
    const route = await routeProblem(tx, input.lon, input.lat);
    // outside a grid the street office answers; outside every community nobody would, and the
    // problem could never be fixed: most likely a wrong or swapped position
    if (route.streetOfficeId === null) {
      throw badRequest(`the point ${input.lon}, ${input.lat} is outside every community of the county, so no street office answers for it (are lon and lat swapped?)`, 'outside_county');
    }
    const hours = await deadlineHours(tx);
    const [row] = await tx.db
      .insert(t.problems)
      .values({ id, ...input, status: 'reported', gridId: route.gridId, streetOfficeId: route.streetOfficeId, outsideGrids: route.gridId === null, createdAt: now, createdBy: user.id, updatedAt: now, dueAt: problemDueAt(input.category, now, hours) })
      .returning();
    if (route.unitIds.length) await tx.db.insert(t.problemUnits).values(route.unitIds.map((unitId) => ({ problemId: id, unitId })));
    await tx.db.insert(t.problemEvents).values({ problemId: id, fromStatus: null, toStatus: 'reported', action: 'file', userId: user.id, at: now });
    await audit(tx, { at: now, userId: user.id, entity: 'problem', entityId: id, action: 'file', after: row });
  });
  return problemDetail(store, id, now);
}

export interface MoveInput {
  to: ProblemStatus;
  /** the status the client saw; a different current status means someone moved it meanwhile */
  from: ProblemStatus | null;
  note: string | null;
}

/** Moves a problem one step along the workflow, if this user may take that step. */
export async function moveProblem(store: Store, id: string, input: MoveInput, user: User, now: number): Promise<ProblemDetailResponse> {
  const { t } = store;
  await store.tx(async (tx) => {
    const p = await problemById(tx, id);
    if (!p) throw notFound(`problem "${id}" does not exist`);
    if (input.from !== null && input.from !== p.status) throw conflict(`problem ${id} is now "${p.status}", not "${input.from}"; reload it`);
    const step = PROBLEM_TRANSITIONS.find((s) => s.from === p.status && s.to === input.to);
    if (!step) {
      const next = PROBLEM_TRANSITIONS.filter((s) => s.from === p.status).map((s) => s.to);
      throw conflict(`a problem that is "${p.status}" cannot move to "${input.to}"${next.length ? ` (next: ${next.join(', ')})` : ' (it is closed)'}`);
    }
    const mayAct =
      user.role === 'admin' ||
      (step.by === 'inspector' && user.role === 'inspector') ||
      (step.by === 'unit' && user.role === 'reporter' && (await isResponsibleUnit(tx, id, user.unitId)));
    if (!mayAct) {
      const who = step.by === 'inspector' ? 'an inspector' : 'a reporter of a responsible unit';
      throw new HttpError(403, 'forbidden', `only ${who} may ${step.action} this problem`);
    }
    const moved = await tx.db.update(t.problems).set({ status: input.to, updatedAt: now }).where(and(eq(t.problems.id, id), eq(t.problems.status, p.status))).returning({ id: t.problems.id });
    if (moved.length === 0) throw conflict(`problem ${id} was moved by someone else meanwhile; reload it`);
    await tx.db.insert(t.problemEvents).values({ problemId: id, fromStatus: p.status, toStatus: input.to, action: step.action, note: input.note, userId: user.id, at: now });
    await audit(tx, { at: now, userId: user.id, entity: 'problem', entityId: id, action: step.action, before: { status: p.status }, after: { status: input.to, note: input.note } });
  });
  return problemDetail(store, id, now);
}

export interface ProblemFilter {
  statuses?: string[];
  categories?: string[];
  gridId?: string;
  unitId?: string;
  from?: number;
  to?: number;
  bbox?: [number, number, number, number];
  overdue?: boolean;
  limit: number;
  offset: number;
}

/** The SQL condition of a filter (paging aside): the list, the pins and the stats select alike. */
export function problemCondition(q: Q, f: Omit<ProblemFilter, 'limit' | 'offset'>, now: number): SQL | undefined {
  const { t } = q;
  const where: SQL[] = [];
  if (f.statuses?.length) where.push(inArray(t.problems.status, f.statuses));
  if (f.categories?.length) where.push(inArray(t.problems.category, f.categories));
  if (f.gridId) where.push(eq(t.problems.gridId, f.gridId));
  if (f.unitId) where.push(sql`${t.problems.id} in (select problem_id from problem_units where unit_id = ${f.unitId})`);
  if (f.from !== undefined) where.push(gte(t.problems.createdAt, f.from));
  if (f.to !== undefined) where.push(lte(t.problems.createdAt, f.to));
  if (f.bbox) where.push(pointInBox(q, t.problems, f.bbox));
  if (f.overdue) where.push(and(inArray(t.problems.status, [...OPEN_PROBLEM_STATUSES]), sql`${t.problems.dueAt} < ${now}`)!);
  return where.length ? and(...where) : undefined;
}

/** Filtered problems, newest first, with the total count of matches. */
export async function listProblems(q: Q, f: ProblemFilter, now: number) {
  const { db, t } = q;
  const cond = problemCondition(q, f, now);
  const total = (await first(db.select({ n: count() }).from(t.problems).where(cond)))?.n ?? 0;
  const rows = await db
    .select({ p: t.problems, gridCode: t.grids.code })
    .from(t.problems)
    .leftJoin(t.grids, eq(t.grids.id, t.problems.gridId))
    .where(cond)
    .orderBy(desc(t.problems.createdAt), asc(t.problems.id))
    .limit(f.limit)
    .offset(f.offset);
  return { total, rows: rows.map(({ p, gridCode }) => ({ p, props: problemProps(p, gridCode, now) })) };
}

/**
 * The same selection and order as listProblems, with only what a map pin needs (where, status,
 * overdue): no join and no text, for the map's up to 5,000 pins per view.
 */
export async function listPins(q: Q, f: ProblemFilter, now: number) {
  const { db, t } = q;
  const cond = problemCondition(q, f, now);
  const total = (await first(db.select({ n: count() }).from(t.problems).where(cond)))?.n ?? 0;
  const rows = await db
    .select({ id: t.problems.id, lon: t.problems.lon, lat: t.problems.lat, status: t.problems.status, dueAt: t.problems.dueAt })
    .from(t.problems)
    .where(cond)
    .orderBy(desc(t.problems.createdAt), asc(t.problems.id))
    .limit(f.limit)
    .offset(f.offset);
  return { total, rows: rows.map((p) => ({ id: p.id, lon: p.lon, lat: p.lat, status: p.status, overdue: isOverdue(p, now) })) };
}

const EARTH_RADIUS_M = 6_371_008.8;

export function distanceM(lon1: number, lat1: number, lon2: number, lat2: number): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(a)));
}

/** Open problems of a category within `radiusM` of a point, nearest first: likely duplicates. */
export async function nearbyOpenProblems(q: Q, lon: number, lat: number, category: string, radiusM: number, now: number) {
  const dLat = radiusM / 111_320;
  const dLon = radiusM / (111_320 * Math.cos((lat * Math.PI) / 180));
  const { rows } = await listProblems(q, { statuses: [...OPEN_PROBLEM_STATUSES], categories: [category], bbox: [lon - dLon, lat - dLat, lon + dLon, lat + dLat], limit: 1000, offset: 0 }, now);
  return rows
    .map(({ p, props }) => ({ ...props, distanceM: Math.round(distanceM(lon, lat, p.lon, p.lat) * 10) / 10 }))
    .filter((r) => r.distanceM <= radiusM)
    .sort((a, b) => a.distanceM - b.distanceM);
}
