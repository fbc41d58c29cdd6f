import { and, asc, count, desc, eq, gt, gte, inArray, lt, lte, or, sql, type SQL } from 'drizzle-orm';
import { OPEN_PROBLEM_STATUSES, PROBLEM_DEADLINE_HOURS, type BBox, type ProblemApiProps, type ProblemCategory, type ProblemFilter as ContractProblemFilter } from '@wangge/geodata';
import { first } from '../db/query.ts';
import { pointInBox } from '../db/spatial.ts';
import { ofCounty } from '../db/county-scope.ts';
import type { Q } from '../db/store.ts';
import type { Tables } from '../db/tables.ts';

const HOUR = 3600_000;
const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

/** When a problem filed at `createdAt` must be fixed by: the category's hours (this deployment's, else the defaults). */
export function problemDueAt(category: string, createdAt: number, hours: Readonly<Record<string, number>> = PROBLEM_DEADLINE_HOURS): number {
  return createdAt + (hours[category as ProblemCategory] ?? 48) * HOUR;
}

export type ProblemRow = Tables['problems']['$inferSelect'];

export function isOverdue(p: Pick<ProblemRow, 'status' | 'dueAt'>, now: number): boolean {
  return p.dueAt !== null && now > p.dueAt && (OPEN_PROBLEM_STATUSES as readonly string[]).includes(p.status);
}

export function problemProps(p: ProblemRow, gridCode: string | null, ownerUnitName: string | null, now: number): ProblemApiProps {
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
    ownerUnitId: p.ownerUnitId,
    ownerUnitName,
  };
}

export async function problemById({ db, t }: Q, id: string): Promise<ProblemRow | undefined> {
  return first(db.select().from(t.problems).where(eq(t.problems.id, id)));
}

/** Every unit answering for a problem, whatever its role (owner, co-operating, routed). */
export async function linkedUnitIds({ db, t }: Q, problemId: string): Promise<string[]> {
  return (await db.select({ unitId: t.problemUnits.unitId }).from(t.problemUnits).where(eq(t.problemUnits.problemId, problemId))).map((r) => r.unitId);
}

/** A problem's steps in the order they were taken: id and who took it. */
export function problemSteps({ db, t }: Q, problemId: string) {
  return db.select({ id: t.problemEvents.id, userId: t.problemEvents.userId }).from(t.problemEvents).where(eq(t.problemEvents.problemId, problemId)).orderBy(asc(t.problemEvents.id));
}

export interface ProblemFilter {
  statuses?: string[];
  categories?: string[];
  gridId?: string;
  /** any responsible unit: owner, co-operating or routed */
  unitId?: string;
  /** the owner unit */
  ownerUnitId?: string;
  from?: number;
  to?: number;
  bbox?: [number, number, number, number];
  overdue?: boolean;
  limit: number;
  offset: number;
}

/** The contract's filter (days in Shanghai time) as the service selects by it (epoch milliseconds, whole days). */
export function serviceFilter(f: ContractProblemFilter, bbox: BBox | null): Omit<ProblemFilter, 'limit' | 'offset'> {
  return {
    statuses: f.statuses.length ? [...f.statuses] : undefined,
    categories: f.categories.length ? [...f.categories] : undefined,
    gridId: f.grid ?? undefined,
    unitId: f.unit ?? undefined,
    ownerUnitId: f.owner ?? undefined,
    from: f.from === null ? undefined : Date.parse(`${f.from}T00:00:00+08:00`),
    to: f.to === null ? undefined : Date.parse(`${f.to}T23:59:59.999+08:00`),
    bbox: bbox ?? undefined,
    overdue: f.overdue,
  };
}

/** The SQL condition of a filter (paging aside): the list, the pins and the stats select alike. */
export function problemCondition(q: Q, f: Omit<ProblemFilter, 'limit' | 'offset'>, now: number): SQL | undefined {
  const { t } = q;
  const where: SQL[] = [];
  const inCounty = ofCounty(q, t.problems.countyId);
  if (inCounty) where.push(inCounty);
  if (f.statuses?.length) where.push(inArray(t.problems.status, f.statuses));
  if (f.categories?.length) where.push(inArray(t.problems.category, f.categories));
  if (f.gridId) where.push(eq(t.problems.gridId, f.gridId));
  if (f.unitId) where.push(sql`${t.problems.id} in (select problem_id from problem_units where unit_id = ${f.unitId})`);
  if (f.ownerUnitId) where.push(eq(t.problems.ownerUnitId, f.ownerUnitId));
  if (f.from !== undefined) where.push(gte(t.problems.createdAt, f.from));
  if (f.to !== undefined) where.push(lte(t.problems.createdAt, f.to));
  if (f.bbox) where.push(pointInBox(q, t.problems, f.bbox));
  if (f.overdue) where.push(and(inArray(t.problems.status, [...OPEN_PROBLEM_STATUSES]), sql`${t.problems.dueAt} < ${now}`)!);
  return where.length ? and(...where) : undefined;
}

/** Filtered problems, newest first, with the total count of matches. */
/** Where a page of the list (newest first, then by id) left off: the next page starts after it. */
export interface ListCursor {
  createdAt: number;
  id: string;
}

/**
 * A page of problems in list order and the total matching the filter. With `after`, the page
 * starts after that row instead of at `f.offset` (a download reads page after page without
 * skipping rows again), and `total: false` leaves the count out (-1) when the caller has it.
 */
export async function listProblems(q: Q, f: ProblemFilter, now: number, { after, total: counted = true }: { after?: ListCursor; total?: boolean } = {}) {
  const { db, t } = q;
  const cond = problemCondition(q, f, now);
  const total = counted ? ((await first(db.select({ n: count() }).from(t.problems).where(cond)))?.n ?? 0) : -1;
  const past = after ? or(lt(t.problems.createdAt, after.createdAt), and(eq(t.problems.createdAt, after.createdAt), gt(t.problems.id, after.id))) : undefined;
  const rows = await db
    .select({ p: t.problems, gridCode: t.grids.code, ownerUnitName: t.units.name })
    .from(t.problems)
    .leftJoin(t.grids, eq(t.grids.id, t.problems.gridId))
    .leftJoin(t.units, eq(t.units.id, t.problems.ownerUnitId))
    .where(and(cond, past))
    .orderBy(desc(t.problems.createdAt), asc(t.problems.id))
    .limit(f.limit)
    .offset(after ? 0 : f.offset);
  return { total, rows: rows.map(({ p, gridCode, ownerUnitName }) => ({ p, props: problemProps(p, gridCode, ownerUnitName, now) })) };
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
