import { asc, eq, inArray } from 'drizzle-orm';
import { PROBLEM_UNIT_ROLES, type ProblemDetailResponse, type ProblemEventInfo, type ProblemUnitInfo, type ProblemUnitRole } from '@wangge/geodata';
import { first } from '../db/query.ts';
import type { Q } from '../db/store.ts';
import { notFound } from '../http/errors.ts';
import { photosOf } from './photos.ts';
import { problemById, problemProps } from './problems.ts';

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
const ROLE_ORDER: readonly string[] = [PROBLEM_UNIT_ROLES.owner, PROBLEM_UNIT_ROLES.cooperating, PROBLEM_UNIT_ROLES.routed];

/** The units answering for a problem, owner first, then co-operating, then routed (each in the order they were linked). */
export async function problemUnits({ db, t }: Q, problemId: string): Promise<ProblemUnitInfo[]> {
  const rows = await db
    .select({ id: t.units.id, name: t.units.name, role: t.problemUnits.role })
    .from(t.problemUnits)
    .innerJoin(t.units, eq(t.units.id, t.problemUnits.unitId))
    .where(eq(t.problemUnits.problemId, problemId));
  return rows.map((r) => ({ ...r, role: r.role as ProblemUnitRole })).sort((a, b) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role));
}

async function unitNames({ db, t }: Q, ids: ReadonlySet<string>): Promise<Map<string, string>> {
  if (ids.size === 0) return new Map();
  return new Map((await db.select({ id: t.units.id, name: t.units.name }).from(t.units).where(inArray(t.units.id, [...ids]))).map((u) => [u.id, u.name]));
}

/** A problem's steps, oldest first, each with who took it (name and the unit they acted for) and what 交办 named. */
async function problemEvents(q: Q, problemId: string): Promise<ProblemEventInfo[]> {
  const { db, t } = q;
  const rows = await db
    .select({ e: t.problemEvents, username: t.users.username, displayName: t.users.displayName })
    .from(t.problemEvents)
    .leftJoin(t.users, eq(t.users.id, t.problemEvents.userId))
    .where(eq(t.problemEvents.problemId, problemId))
    .orderBy(asc(t.problemEvents.id));
  const ids = new Set<string>();
  for (const { e } of rows) for (const id of [e.actorUnitId, e.ownerUnitId, ...(e.coUnitIds ?? [])]) if (id) ids.add(id);
  const names = await unitNames(q, ids);
  return rows.map(({ e, username, displayName }) => ({
    id: e.id,
    fromStatus: e.fromStatus,
    toStatus: e.toStatus,
    action: e.action,
    note: e.note,
    by:
      e.userId === null
        ? null
        : {
            username: username ?? e.userId,
            displayName: displayName || username || e.userId,
            unitId: e.actorUnitId,
            unitName: e.actorUnitId ? (names.get(e.actorUnitId) ?? e.actorUnitId) : null,
          },
    at: iso(e.at)!,
    ownerUnitId: e.ownerUnitId,
    assignment:
      e.ownerUnitId === null
        ? null
        : {
            ownerUnitName: names.get(e.ownerUnitId) ?? e.ownerUnitId,
            ownerPerson: e.ownerPerson === null ? null : { name: e.ownerPerson, phone: e.ownerPhone },
            dueAt: iso(e.dueAt),
            coUnits: (e.coUnitIds ?? []).map((id) => ({ id, name: names.get(id) ?? id })),
          },
  }));
}

export async function problemDetail(q: Q, id: string, now: number): Promise<ProblemDetailResponse> {
  const { db, t } = q;
  const p = await problemById(q, id);
  if (!p) throw notFound(`problem "${id}" does not exist`);
  const grid = p.gridId ? ((await first(db.select({ id: t.grids.id, code: t.grids.code, name: t.grids.name }).from(t.grids).where(eq(t.grids.id, p.gridId)))) ?? null) : null;
  const office = p.streetOfficeId ? ((await first(db.select({ id: t.streetOffices.id, name: t.streetOffices.name }).from(t.streetOffices).where(eq(t.streetOffices.id, p.streetOfficeId)))) ?? null) : null;
  const units = await problemUnits(q, id);
  // the owner is always linked; a unit name is looked up anyway should a link have gone
  const ownerName = p.ownerUnitId ? (units.find((u) => u.id === p.ownerUnitId)?.name ?? (await unitNames(q, new Set([p.ownerUnitId]))).get(p.ownerUnitId) ?? null) : null;
  return {
    ...problemProps(p, grid?.code ?? null, ownerName, now),
    lon: p.lon,
    lat: p.lat,
    accuracy: p.accuracy,
    grid,
    streetOffice: office,
    units,
    ownerPerson: p.ownerPerson === null ? null : { name: p.ownerPerson, phone: p.ownerPhone },
    events: await problemEvents(q, id),
    photos: await photosOf(q, 'problem', id),
  };
}
