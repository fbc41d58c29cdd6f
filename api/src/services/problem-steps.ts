import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { and, count, desc, eq, inArray } from 'drizzle-orm';
import { ASSIGN_ACTIONS, NOTE_ACTION, PROBLEM_TRANSITIONS, PROBLEM_UNIT_ROLES, may, type Assignment, type ProblemCategory, type ProblemDetailResponse, type ProblemStepInput } from '@wangge/geodata';
import { first } from '../db/query.ts';
import { inCounty } from '../db/county-scope.ts';
import type { Q, Store } from '../db/store.ts';
import { refuseOtherCounty } from './counties.ts';
import type { User } from '../auth/middleware.ts';
import { HttpError, badRequest, conflict, notFound } from '../http/errors.ts';
import { audit } from './audit.ts';
import { routeProblem } from './locate.ts';
import { storePhoto } from './photos.ts';
import { policyUser } from './policy-user.ts';
import { notifyProblemStep } from './problem-notifications.ts';
import { deadlineHours } from './problem-deadlines.ts';
import { problemDetail } from './problem-detail.ts';
import { newProblemId } from './problem-id.ts';
import { linkedUnitIds, problemById, problemDueAt } from './problems.ts';

export interface NewProblem {
  lon: number;
  lat: number;
  category: ProblemCategory;
  description: string;
  /** metres the filer's location fix may be off; null when the place was picked on a map */
  accuracy: number | null;
}

/** Files a problem where it was found, routed to whoever answers for that place. */
export async function fileProblem(store: Store, input: NewProblem, user: User, now: number): Promise<ProblemDetailResponse> {
  const { t } = store;
  const id = newProblemId(now);
  await store.tx(async (tx) => {
    const route = await routeProblem(tx, input.lon, input.lat);
    // outside a grid the street office answers; outside every community nobody would, and the
    // problem could never be fixed: most likely a wrong or swapped position
    if (route.streetOfficeId === null) {
      throw badRequest(`the point ${input.lon}, ${input.lat} is outside every community of the county, so no street office answers for it (are lon and lat swapped?)`, 'outside_county');
    }
    const office = await first(tx.db.select({ countyId: t.streetOffices.countyId }).from(t.streetOffices).where(eq(t.streetOffices.id, route.streetOfficeId)));
    const countyId = office?.countyId ?? null;
    refuseOtherCounty(tx, countyId);
    const hours = await deadlineHours(inCounty(tx, countyId ?? undefined));
    const [row] = await tx.db
      .insert(t.problems)
      .values({ id, countyId, ...input, status: 'reported', gridId: route.gridId, streetOfficeId: route.streetOfficeId, outsideGrids: route.gridId === null, createdAt: now, createdBy: user.id, updatedAt: now, dueAt: problemDueAt(input.category, now, hours) })
      .returning();
    if (route.unitIds.length) await tx.db.insert(t.problemUnits).values(route.unitIds.map((unitId) => ({ problemId: id, unitId })));
    await tx.db.insert(t.problemEvents).values({ problemId: id, fromStatus: null, toStatus: 'reported', action: 'file', userId: user.id, actorUnitId: user.unitId, at: now });
    await audit(tx, { at: now, userId: user.id, entity: 'problem', entityId: id, action: 'file', after: row });
  });
  return problemDetail(store, id, now);
}

/** A photo sent with a step, as the request carried it. */
export interface StepPhoto {
  bytes: Uint8Array;
}

/** The owner and co-operating units must exist; a unit the place did not route it to becomes responsible through this. */
async function checkUnits({ db, t }: Q, a: Assignment): Promise<void> {
  const named = [a.ownerUnitId, ...a.coUnitIds];
  const known = new Set((await db.select({ id: t.units.id }).from(t.units).where(inArray(t.units.id, named))).map((u) => u.id));
  if (!known.has(a.ownerUnitId)) throw badRequest(`ownerUnitId "${a.ownerUnitId}" is not a unit`, 'unknown_unit');
  const unknown = a.coUnitIds.filter((id) => !known.has(id));
  if (unknown.length) throw badRequest(`coUnitIds has units that do not exist: ${unknown.join(', ')}`, 'unknown_unit');
}

/**
 * Makes the problem's unit links say what 交办 named: one owner, its co-operating units, and every
 * unit its place routed it to (kept, as 'routed', when it is neither). A unit that only an earlier
 * 交办 linked is unlinked: the steps still record that it once was named. Answers the units added.
 */
async function relinkUnits({ db, t }: Q, problemId: string, a: Assignment): Promise<string[]> {
  const links = await db.select().from(t.problemUnits).where(eq(t.problemUnits.problemId, problemId));
  const wanted = new Map<string, string>(links.filter((l) => l.routed).map((l) => [l.unitId, PROBLEM_UNIT_ROLES.routed]));
  for (const id of a.coUnitIds) wanted.set(id, PROBLEM_UNIT_ROLES.cooperating);
  wanted.set(a.ownerUnitId, PROBLEM_UNIT_ROLES.owner);
  const link = (unitId: string) => and(eq(t.problemUnits.problemId, problemId), eq(t.problemUnits.unitId, unitId));
  for (const l of links) {
    const role = wanted.get(l.unitId);
    if (role === undefined) await db.delete(t.problemUnits).where(link(l.unitId));
    else if (role !== l.role) await db.update(t.problemUnits).set({ role }).where(link(l.unitId));
  }
  const added = [...wanted].filter(([id]) => !links.some((l) => l.unitId === id));
  if (added.length) await db.insert(t.problemUnits).values(added.map(([unitId, role]) => ({ problemId, unitId, role, routed: false })));
  return added.map(([id]) => id);
}

/** 复核 needs the latest 已整改 step to carry a photo of the fix. */
async function checkAfterPhoto({ db, t }: Q, problemId: string): Promise<void> {
  const fix = await first(db.select({ id: t.problemEvents.id }).from(t.problemEvents).where(and(eq(t.problemEvents.problemId, problemId), eq(t.problemEvents.action, 'fix'))).orderBy(desc(t.problemEvents.id)).limit(1));
  if (!fix) throw new HttpError(422, 'after_photo_required', `problem ${problemId} has no 已整改 (fix) step with an after-photo: it cannot be verified (复核) before one`);
  const photos = (await first(db.select({ n: count() }).from(t.photos).where(eq(t.photos.eventId, fix.id))))?.n ?? 0;
  if (photos === 0) throw new HttpError(422, 'after_photo_required', `the 已整改 (fix) step of problem ${problemId} has no after-photo: 复核 needs a photo of the fix (the owner unit adds one, or the problem is sent back)`);
}

/**
 * Moves a problem one step along the workflow if this user may take it (or adds a note when the
 * input names no status), with the step's photos: the step and its photos are stored together or
 * not at all.
 */
export async function moveProblem(store: Store, id: string, input: ProblemStepInput, user: User, now: number, photos: readonly StepPhoto[] = [], photoDir?: string): Promise<ProblemDetailResponse> {
  const { t } = store;
  if (photos.length && !photoDir) throw new HttpError(503, 'no_photo_store', 'photo uploads are not configured on this server');
  const stored: string[] = [];
  try {
    await store.tx(async (tx) => {
      const p = await problemById(tx, id);
      if (!p) throw notFound(`problem "${id}" does not exist`);
      refuseOtherCounty(tx, p.countyId);
      if (input.from !== null && input.from !== p.status) throw conflict(`problem ${id} is now "${p.status}", not "${input.from}"; reload it`);
      const actor = policyUser(user);
      let action: string;
      let added: string[] = [];
      if (input.to === null) {
        action = NOTE_ACTION;
        if (!may(actor, 'problem.note', { unitIds: await linkedUnitIds(tx, id), filedBy: p.createdBy })) {
          throw new HttpError(403, 'forbidden', 'only the filer, an inspector or a unit answering for this problem adds notes to it');
        }
        if (p.status === 'verified') throw conflict(`problem ${id} is verified (已复核) and closed: nothing is added to it`);
        if (input.note === null && photos.length === 0) throw badRequest('a note needs words (note) or photos', 'note_required');
      } else {
        const step = PROBLEM_TRANSITIONS.find((s) => s.from === p.status && s.to === input.to);
        if (!step) {
          const next = PROBLEM_TRANSITIONS.filter((s) => s.from === p.status).map((s) => s.to);
          throw conflict(`a problem that is "${p.status}" cannot move to "${input.to}"${next.length ? ` (next: ${[...new Set(next)].join(', ')})` : ' (it is closed)'}`);
        }
        action = step.action;
        if (!may(actor, 'problem.step', { step, ownerUnitId: p.ownerUnitId })) {
          const who = step.by === 'inspector' ? 'an inspector' : 'a reporter of the owner unit (牵头单位)';
          throw new HttpError(403, 'forbidden', `only ${who} may ${step.action} this problem`);
        }
        if (action === 'return' && input.note === null) throw badRequest('note is required to send a problem back (退回): say what is still wrong', 'note_required');
        if (action === 'verify') await checkAfterPhoto(tx, id);
        const a = input.assignment;
        if (ASSIGN_ACTIONS.includes(action) && a) {
          await checkUnits(tx, a);
          added = await relinkUnits(tx, id, a);
        }
        const owner = a ? { ownerUnitId: a.ownerUnitId, ownerPerson: a.ownerPerson?.name ?? null, ownerPhone: a.ownerPerson?.phone ?? null, ...(a.dueAt === null ? {} : { dueAt: a.dueAt }) } : {};
        const moved = await tx.db.update(t.problems).set({ status: step.to, updatedAt: now, ...owner }).where(and(eq(t.problems.id, id), eq(t.problems.status, p.status))).returning({ id: t.problems.id });
        if (moved.length === 0) throw conflict(`problem ${id} was moved by someone else meanwhile; reload it`);
      }
      const a = input.assignment;
      const [event] = await tx.db
        .insert(t.problemEvents)
        .values({
          problemId: id,
          fromStatus: p.status,
          toStatus: input.to ?? p.status,
          action,
          note: input.note,
          userId: user.id,
          actorUnitId: user.unitId,
          at: now,
          ...(a ? { ownerUnitId: a.ownerUnitId, ownerPerson: a.ownerPerson?.name ?? null, ownerPhone: a.ownerPerson?.phone ?? null, dueAt: a.dueAt, coUnitIds: a.coUnitIds } : {}),
        })
        .returning({ id: t.problemEvents.id });
      for (const photo of photos) stored.push((await storePhoto(tx, photoDir!, 'problem', id, photo.bytes, now, event.id)).path);
      await audit(tx, {
        at: now,
        userId: user.id,
        entity: 'problem',
        entityId: id,
        action,
        before: { status: p.status, ownerUnitId: p.ownerUnitId, dueAt: p.dueAt },
        after: { status: input.to ?? p.status, note: input.note, photos: photos.length, ...(a ? { assignment: a, unitsAdded: added } : {}) },
      });
      await notifyProblemStep(tx, p, action, input, user.id, now);
    });
  } catch (err) {
    // the step was not stored: neither are its photos' files
    for (const path of stored) rmSync(join(photoDir!, path), { force: true });
    throw err;
  }
  return problemDetail(store, id, now);
}
