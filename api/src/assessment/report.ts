import { and, asc, eq, inArray, isNotNull } from 'drizzle-orm';
import { BULLETIN_ISSUER, passRate, type AssessmentFailedItem, type AssessmentOverall, type AssessmentReportResponse, type AssessmentScoreBy, type ProblemStatus, type WeightTally } from '@wangge/geodata';
import { inCounty } from '../db/county-scope.ts';
import type { Q } from '../db/store.ts';
import type { Tables } from '../db/tables.ts';
import { countyMeta } from '../services/reference.ts';
import { roundChecklists } from './checklists.ts';
import { previousRound, roundRow } from './rounds.ts';
import { roundScores, roundTallies } from './scores.ts';

type RoundRow = Tables['assessmentRounds']['$inferSelect'];

/** Every scored point counts in exactly one kind: the kinds' weights added up are the round's. */
async function overallOf(q: Q, round: RoundRow): Promise<AssessmentOverall> {
  const sum: WeightTally = { pass: 0, counted: 0 };
  for (const g of (await roundTallies(q, round, 'kind')).byKey.values()) {
    sum.pass += g.pass;
    sum.counted += g.counted;
  }
  return { score: passRate(sum), passWeight: sum.pass, countedWeight: sum.counted };
}

/** The items found not met at the round's submitted points, with the problem each filed. */
async function failedItems(q: Q, round: RoundRow): Promise<AssessmentFailedItem[]> {
  const { db, t } = q;
  const s = t.assessmentSample;
  const r = t.assessmentResults;
  const rows = await db
    .select({ pointId: s.pointId, kind: s.kind, pointName: t.assessmentPoints.name, itemId: r.itemId, note: r.note, problemId: r.problemId })
    .from(r)
    .innerJoin(s, and(eq(s.roundId, r.roundId), eq(s.pointId, r.pointId)))
    .innerJoin(t.assessmentPoints, eq(t.assessmentPoints.id, r.pointId))
    .where(and(eq(r.roundId, round.id), eq(r.result, 'fail'), isNotNull(s.submittedAt)))
    .orderBy(asc(s.position));
  const lists = await roundChecklists(inCounty(q, round.countyId), round.checklistVersions);
  const textOf = new Map(lists.flatMap((l) => l.items.map((i) => [`${l.kind}:${i.id}`, i.text] as const)));
  const problemIds = rows.flatMap((x) => (x.problemId ? [x.problemId] : []));
  const statusOf = new Map(
    problemIds.length ? (await db.select({ id: t.problems.id, status: t.problems.status }).from(t.problems).where(inArray(t.problems.id, problemIds))).map((p) => [p.id, p.status as ProblemStatus]) : [],
  );
  const order = new Map(rows.map((x, i) => [x.pointId, i]));
  return rows
    .sort((a, b) => order.get(a.pointId)! - order.get(b.pointId)! || a.itemId.localeCompare(b.itemId, 'en', { numeric: true }))
    .map((x) => ({
      pointId: x.pointId,
      pointName: x.pointName,
      kind: x.kind,
      itemId: x.itemId,
      itemText: textOf.get(`${x.kind}:${x.itemId}`) ?? x.itemId,
      note: x.note,
      problem: x.problemId && statusOf.has(x.problemId) ? { id: x.problemId, status: statusOf.get(x.problemId)! } : null,
    }));
}

/** A round's report: its overall score beside the previous round's, its scores by street office, community, unit and kind, and what failed. */
export async function roundReport(q: Q, roundId: string, now: number): Promise<AssessmentReportResponse> {
  const round = await roundRow(q, roundId);
  const prev = await previousRound(q, round);
  const by = async (b: AssessmentScoreBy) => (await roundScores(q, round.id, b)).groups;
  const sample = await q.db.select({ submittedAt: q.t.assessmentSample.submittedAt }).from(q.t.assessmentSample).where(eq(q.t.assessmentSample.roundId, round.id));
  return {
    round: { id: round.id, name: round.name, from: round.fromDay, to: round.toDay, seed: round.seed, perCommunity: round.perCommunity, kinds: round.kinds },
    countyName: (await countyMeta(q)).name,
    issuer: BULLETIN_ISSUER,
    asOf: new Date(now).toISOString(),
    previousRound: prev ? { id: prev.id, name: prev.name, overall: await overallOf(q, prev) } : null,
    sampled: sample.length,
    scored: sample.filter((x) => x.submittedAt !== null).length,
    overall: await overallOf(q, round),
    byStreetOffice: await by('streetOffice'),
    byCommunity: await by('community'),
    byUnit: await by('unit'),
    byKind: await by('kind'),
    failed: await failedItems(q, round),
  };
}
