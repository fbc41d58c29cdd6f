import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { and, asc, eq, inArray, like } from 'drizzle-orm';
import { may, type ChecklistItem, type ResultInput, type ResultResponse } from '@wangge/geodata';
import type { User } from '../auth/middleware.ts';
import { inCounty } from '../db/county-scope.ts';
import { first } from '../db/query.ts';
import type { Q, Store } from '../db/store.ts';
import { HttpError, badRequest } from '../http/errors.ts';
import { audit } from '../services/audit.ts';
import { storePhoto } from '../services/photos.ts';
import { policyUser } from '../services/policy-user.ts';
import { fileProblem } from '../services/problem-steps.ts';
import { checklistVersion } from './checklists.ts';
import { roundRow } from './rounds.ts';

/** The photos of one item's result at one point in one round are stored under this owner id. */
export const photoOwner = (roundId: string, pointId: string, itemId: string) => `${roundId}:${pointId}:${itemId}`;

const iso = (ms: number) => new Date(ms).toISOString();

/** What a failed item files, in the words an office reads in the problem list. */
function problemText(roundName: string, pointName: string, item: ChecklistItem, note: string | null): string {
  return `模拟测评「${roundName}」· ${pointName}：${item.text}不达标${note ? `（${note}）` : ''}`.slice(0, 2000);
}

/**
 * Stores an inspector's results for one point of a round, with the photos of each item, in one
 * transaction. Refused: a point not in the sample (422 not_in_sample), another inspector's point
 * (403), items not on the round's checklist version or some of its items left out, and an item
 * that needs a photo sent without one (none sent now or before). A failed item files a problem
 * at the point, routed as any problem, with the item's photos as its filing's; a failure already
 * filed is not filed again.
 */
export async function submitResult(store: Store, roundId: string, input: ResultInput, photos: ReadonlyMap<string, readonly Uint8Array[]>, user: User, now: number, photoDir?: string): Promise<ResultResponse> {
  const { t } = store;
  const photoCount = [...photos.values()].reduce((n, list) => n + list.length, 0);
  if (photoCount > 0 && !photoDir) throw new HttpError(503, 'no_photo_store', 'photo uploads are not configured on this server');
  const stored: string[] = [];
  const filed: string[] = [];
  try {
    await store.tx(async (tx) => {
      const round = await roundRow(tx, roundId);
      const s = t.assessmentSample;
      const at = and(eq(s.roundId, roundId), eq(s.pointId, input.pointId));
      const sampled = await first(tx.db.select().from(s).where(at));
      if (!sampled) throw new HttpError(422, 'not_in_sample', `point "${input.pointId}" is not in the sample of round ${roundId}`, { pointId: input.pointId });
      if (!may(policyUser(user), 'assessment.score', { countyId: round.countyId, inspectorId: sampled.inspectorId })) {
        throw new HttpError(403, 'not_your_point', `point "${input.pointId}" of round ${roundId} was handed to another inspector`, { pointId: input.pointId });
      }
      // taken first: a second submission of the same point waits for this one, and then sees its problems
      await tx.db.update(s).set({ submittedAt: now, submittedBy: user.id }).where(at);
      const version = round.checklistVersions[sampled.kind];
      const checklist = version === undefined ? undefined : await checklistVersion(inCounty(tx, round.countyId), sampled.kind, version);
      if (!checklist) throw new HttpError(409, 'no_checklist', `round ${roundId} has no checklist for ${sampled.kind}`, { kinds: [sampled.kind] });
      const items = new Map(checklist.items.map((i) => [i.id, i]));
      const unknown = [...new Set([...input.items.map((i) => i.itemId), ...photos.keys()])].filter((id) => !items.has(id));
      if (unknown.length) throw badRequest(`not items of the ${sampled.kind} checklist (version ${version}): ${unknown.join(', ')}`, 'unknown_item', { items: unknown });
      const missing = checklist.items.filter((i) => !input.items.some((r) => r.itemId === i.id)).map((i) => i.id);
      if (missing.length) throw new HttpError(422, 'missing_items', `every item is scored (pass, fail or na): ${missing.join(', ')} are missing`, { items: missing });
      const r = t.assessmentResults;
      const before = await tx.db.select().from(r).where(and(eq(r.roundId, roundId), eq(r.pointId, input.pointId)));
      const prefix = `${roundId}:${input.pointId}:`;
      const earlierPhotos = await tx.db.select({ ownerId: t.photos.ownerId }).from(t.photos).where(and(eq(t.photos.ownerKind, 'assessment'), like(t.photos.ownerId, `${prefix}%`)));
      const withPhoto = new Set([...earlierPhotos.filter((p) => p.ownerId.startsWith(prefix)).map((p) => p.ownerId.slice(prefix.length)), ...[...photos].filter(([, list]) => list.length > 0).map(([id]) => id)]);
      const lacking = input.items.filter((i) => i.result !== 'na' && items.get(i.itemId)!.needsPhoto && !withPhoto.has(i.itemId)).map((i) => i.itemId);
      if (lacking.length) throw new HttpError(422, 'photo_required', `these items need a photo: ${lacking.join(', ')}`, { items: lacking });
      const point = (await first(tx.db.select().from(t.assessmentPoints).where(eq(t.assessmentPoints.id, input.pointId))))!;
      for (const res of input.items) {
        const item = items.get(res.itemId)!;
        const old = before.find((b) => b.itemId === res.itemId);
        let problemId = old?.problemId ?? null;
        if (res.result === 'fail' && problemId === null) {
          const problem = await fileProblem(store, { lon: point.lon, lat: point.lat, category: item.category, description: problemText(round.name, point.name, item, res.note ?? null), accuracy: null }, user, now);
          problemId = problem.id;
          filed.push(problem.id);
          // the item's photos show the unit what was wrong: they document the problem's filing too
          const filing = (await first(tx.db.select({ id: t.problemEvents.id }).from(t.problemEvents).where(eq(t.problemEvents.problemId, problem.id))))!;
          for (const bytes of photos.get(res.itemId) ?? []) stored.push((await storePhoto(tx, photoDir!, 'problem', problem.id, bytes, now, filing.id)).path);
        }
        const row = { result: res.result, note: res.note ?? null, problemId, updatedAt: now, updatedBy: user.id };
        if (old) await tx.db.update(r).set(row).where(and(eq(r.roundId, roundId), eq(r.pointId, input.pointId), eq(r.itemId, res.itemId)));
        else await tx.db.insert(r).values({ roundId, pointId: input.pointId, countyId: round.countyId, itemId: res.itemId, ...row });
      }
      for (const [itemId, list] of photos) {
        for (const bytes of list) stored.push((await storePhoto(tx, photoDir!, 'assessment', photoOwner(roundId, input.pointId, itemId), bytes, now)).path);
      }
      await audit(tx, { at: now, userId: user.id, entity: 'assessment_result', entityId: `${roundId}:${input.pointId}`, action: before.length ? 'resubmit' : 'submit', before, after: { items: input.items, photos: photoCount, problemsFiled: filed } });
    });
  } catch (err) {
    // the results were not stored: neither are their photos' files
    for (const path of stored) rmSync(join(photoDir!, path), { force: true });
    throw err;
  }
  const [answer] = await resultsOf(store, roundId, input.pointId);
  return { ...answer, problemsFiled: filed };
}

/** A round's stored results per point (one point's with `pointId`), items by id. */
export async function resultsOf(q: Q, roundId: string, pointId?: string): Promise<ResultResponse[]> {
  const { db, t } = q;
  await roundRow(q, roundId);
  const s = t.assessmentSample;
  const sampled = await db
    .select()
    .from(s)
    .where(and(eq(s.roundId, roundId), pointId ? eq(s.pointId, pointId) : undefined))
    .orderBy(asc(s.position));
  const done = sampled.filter((x) => x.submittedAt !== null);
  if (done.length === 0) return [];
  const r = t.assessmentResults;
  const rows = await db.select().from(r).where(and(eq(r.roundId, roundId), inArray(r.pointId, done.map((d) => d.pointId))));
  const photos = await db
    .select({ id: t.photos.id, ownerId: t.photos.ownerId })
    .from(t.photos)
    .where(and(eq(t.photos.ownerKind, 'assessment'), like(t.photos.ownerId, `${roundId}:%`)))
    .orderBy(asc(t.photos.createdAt), asc(t.photos.seq));
  return done.map((d) => ({
    roundId,
    pointId: d.pointId,
    submittedAt: iso(d.submittedAt!),
    items: rows
      .filter((x) => x.pointId === d.pointId)
      .sort((a, b) => a.itemId.localeCompare(b.itemId, 'en', { numeric: true }))
      .map((x) => ({
        itemId: x.itemId,
        result: x.result,
        note: x.note,
        problemId: x.problemId,
        photoIds: photos.filter((p) => p.ownerId === photoOwner(roundId, d.pointId, x.itemId)).map((p) => p.id),
      })),
    problemsFiled: [],
  }));
}
