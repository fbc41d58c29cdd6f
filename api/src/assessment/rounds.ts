import { randomBytes } from 'node:crypto';
import { and, asc, desc, eq, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import { assignInspectors, drawSample, type AssessmentKind, type RoundInput, type RoundResponse, type RoundSummary, type SampleShortfall } from '@wangge/geodata';
import { first } from '../db/query.ts';
import type { Q, Store } from '../db/store.ts';
import type { Tables } from '../db/tables.ts';
import { HttpError, badRequest, notFound } from '../http/errors.ts';
import { audit } from '../services/audit.ts';
import { refuseOtherCounty } from '../services/counties.ts';
import { routeProblem } from '../services/locate.ts';
import { latestChecklists } from './checklists.ts';
import { countyOf } from './county.ts';

type RoundRow = Tables['assessmentRounds']['$inferSelect'];
interface Draw {
  shortfalls: SampleShortfall[];
  kindsWithoutPoints: AssessmentKind[];
}

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
const newRoundId = (now: number) => `AR${now.toString(36).toUpperCase()}${randomBytes(4).toString('hex').toUpperCase()}`;

/** The inspectors a round is handed to: those named (each an enabled inspector of the county or city-wide), else all such. */
async function inspectorsFor(q: Q, countyId: string, named: readonly string[] | null): Promise<string[]> {
  const { db, t } = q;
  const rows = await db
    .select({ id: t.users.id })
    .from(t.users)
    .where(and(eq(t.users.role, 'inspector'), eq(t.users.disabled, false), or(eq(t.users.countyId, countyId), isNull(t.users.countyId))))
    .orderBy(asc(t.users.id));
  const all = rows.map((r) => r.id);
  if (named === null) return all;
  const unknown = named.filter((id) => !all.includes(id));
  if (unknown.length) throw badRequest(`not inspectors of this county: ${unknown.join(', ')}`, 'unknown_inspector', { inspectors: unknown });
  return [...named];
}

/**
 * Makes a round: fixes each kind's checklist version, draws the sample with the round's seed,
 * records where each drawn point lies and who answers for it, and hands the points to inspectors.
 * One transaction. Refused when a kind asked has no checklist, or nothing at all can be drawn.
 */
export async function createRound(store: Store, input: RoundInput, userId: string | null, now: number): Promise<string> {
  const { t } = store;
  return store.tx(async (tx) => {
    const countyId = countyOf(tx);
    const checklists = await latestChecklists(tx);
    const kinds = input.kinds ?? checklists.map((c) => c.kind);
    const without = kinds.filter((k) => !checklists.some((c) => c.kind === k));
    if (kinds.length === 0 || without.length) {
      throw new HttpError(422, 'no_checklist', `no checklist for ${without.join(', ') || 'any kind'}: an admin writes one first (PUT /api/assessment/checklists/:kind)`, { kinds: without });
    }
    const inspectors = await inspectorsFor(tx, countyId, input.inspectorIds);
    const p = t.assessmentPoints;
    const points = await tx.db.select({ id: p.id, kind: p.kind, communityId: p.communityId, lon: p.lon, lat: p.lat, gridId: p.gridId, streetOfficeId: p.streetOfficeId }).from(p).where(and(eq(p.countyId, countyId), inArray(p.kind, kinds)));
    const drawn = drawSample(points, kinds, input.perCommunity, input.seed);
    if (drawn.pointIds.length === 0) throw new HttpError(422, 'no_points', `the county has no 点位 of ${kinds.join(', ')} to draw from`, { kinds });
    const byId = new Map(points.map((pt) => [pt.id, pt]));
    const sample = drawn.pointIds.map((id) => byId.get(id)!);
    const handedTo = assignInspectors(sample.map((s) => ({ pointId: s.id, communityId: s.communityId })), inspectors);
    const id = newRoundId(now);
    const versions = Object.fromEntries(kinds.map((k) => [k, checklists.find((c) => c.kind === k)!.version]));
    const draw: Draw = { shortfalls: drawn.shortfalls, kindsWithoutPoints: drawn.kindsWithoutPoints };
    const row = { id, countyId, name: input.name, fromDay: input.from, toDay: input.to, kinds, perCommunity: input.perCommunity, seed: input.seed, checklistVersions: versions, draw, createdAt: now, createdBy: userId };
    const r = t.assessmentRounds;
    const seq = sql`(select coalesce(max(${r.seq}), 0) + 1 from ${r} where ${r.countyId} = ${countyId})`;
    await tx.db.insert(r).values({ ...row, seq });
    for (const [position, s] of sample.entries()) {
      const route = await routeProblem(tx, s.lon, s.lat);
      await tx.db.insert(t.assessmentSample).values({
        roundId: id,
        pointId: s.id,
        countyId,
        position,
        kind: s.kind,
        gridId: s.gridId,
        communityId: s.communityId,
        streetOfficeId: s.streetOfficeId,
        unitIds: route.unitIds,
        inspectorId: handedTo.get(s.id) ?? null,
      });
    }
    await audit(tx, { at: now, userId, entity: 'assessment_round', entityId: id, action: 'create', after: { ...row, sample: drawn.pointIds } });
    return id;
  });
}

export async function roundRow(q: Q, id: string): Promise<RoundRow> {
  const round = await first(q.db.select().from(q.t.assessmentRounds).where(eq(q.t.assessmentRounds.id, id)));
  if (!round) throw notFound(`assessment round "${id}" does not exist`);
  refuseOtherCounty(q, round.countyId);
  return round;
}

/** A round with its sample in drawn order. */
export async function roundById(q: Q, id: string): Promise<RoundResponse> {
  const { db, t } = q;
  const round = await roundRow(q, id);
  const s = t.assessmentSample;
  const sample = await db
    .select({ s, name: t.assessmentPoints.name })
    .from(s)
    .innerJoin(t.assessmentPoints, eq(t.assessmentPoints.id, s.pointId))
    .where(eq(s.roundId, id))
    .orderBy(asc(s.position));
  const draw = round.draw as Draw;
  return {
    id: round.id,
    name: round.name,
    from: round.fromDay,
    to: round.toDay,
    kinds: round.kinds,
    perCommunity: round.perCommunity,
    seed: round.seed,
    checklistVersions: round.checklistVersions,
    sample: sample.map(({ s: r, name }) => ({ pointId: r.pointId, name, kind: r.kind, communityId: r.communityId, gridId: r.gridId, inspectorId: r.inspectorId, submittedAt: iso(r.submittedAt) })),
    tookAll: draw.shortfalls.length > 0,
    shortfalls: draw.shortfalls,
    kindsWithoutPoints: draw.kindsWithoutPoints,
    createdAt: iso(round.createdAt)!,
  };
}

/** The county's rounds, newest first, with how far their scoring got. */
export async function listRounds(q: Q): Promise<RoundSummary[]> {
  const { db, t } = q;
  const s = t.assessmentSample;
  const rows = await db
    .select({
      r: t.assessmentRounds,
      points: sql<number>`(select count(*) from ${s} where ${s.roundId} = ${t.assessmentRounds.id})`.mapWith(Number),
      submitted: sql<number>`(select count(*) from ${s} where ${s.roundId} = ${t.assessmentRounds.id} and ${s.submittedAt} is not null)`.mapWith(Number),
    })
    .from(t.assessmentRounds)
    .where(eq(t.assessmentRounds.countyId, countyOf(q)))
    .orderBy(desc(t.assessmentRounds.createdAt), desc(t.assessmentRounds.seq), desc(t.assessmentRounds.id));
  return rows.map(({ r, points, submitted }) => ({ id: r.id, name: r.name, from: r.fromDay, to: r.toDay, points, submitted, createdAt: iso(r.createdAt)! }));
}

/** The county's round made before this one (by creation time, then the order made); null for the first. */
export async function previousRound(q: Q, round: RoundRow): Promise<RoundRow | null> {
  const r = q.t.assessmentRounds;
  const sameTime = eq(r.createdAt, round.createdAt);
  const earlier = or(lt(r.createdAt, round.createdAt), and(sameTime, lt(r.seq, round.seq)), and(sameTime, eq(r.seq, round.seq), lt(r.id, round.id)));
  return (await first(q.db.select().from(r).where(and(eq(r.countyId, round.countyId), earlier)).orderBy(desc(r.createdAt), desc(r.seq), desc(r.id)).limit(1))) ?? null;
}
