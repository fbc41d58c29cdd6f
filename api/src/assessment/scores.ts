import { and, eq, inArray } from 'drizzle-orm';
import { passRate, tally, type AssessmentKind, type AssessmentScoreBy, type AssessmentScoreGroup, type AssessmentScoresResponse, type WeightTally } from '@wangge/geodata';
import type { Q } from '../db/store.ts';
import type { Tables } from '../db/tables.ts';
import { previousRound, roundRow } from './rounds.ts';

type RoundRow = Tables['assessmentRounds']['$inferSelect'];
type SampleRow = Tables['assessmentSample']['$inferSelect'];

/** The zh names the scores and their export show for each kind. */
export const KIND_ZH: Readonly<Record<AssessmentKind, string>> = {
  market: '农贸市场',
  hospital: '医院',
  park_square: '公园广场',
  main_road: '主干道',
  back_street: '背街小巷',
  residential: '居民小区',
  hotel: '宾馆',
  public_toilet: '公共厕所',
  school_area: '学校周边',
};

/** The groups a sampled point counts in: its own, its grid ('' outside every grid), each unit answering for it, … */
function keysOf(by: AssessmentScoreBy, s: SampleRow): string[] {
  switch (by) {
    case 'point':
      return [s.pointId];
    case 'grid':
      return [s.gridId ?? ''];
    case 'unit':
      return s.unitIds;
    case 'community':
      return [s.communityId];
    case 'streetOffice':
      return [s.streetOfficeId];
    case 'kind':
      return [s.kind];
  }
}

interface Tallies {
  byKey: Map<string, WeightTally & { points: Set<string> }>;
}

/** Each group's passed and counted weight in a round, items weighed by the round's own checklist versions. */
export async function roundTallies(q: Q, round: RoundRow, by: AssessmentScoreBy): Promise<Tallies> {
  const { db, t } = q;
  const sample = await db.select().from(t.assessmentSample).where(eq(t.assessmentSample.roundId, round.id));
  const results = await db.select().from(t.assessmentResults).where(eq(t.assessmentResults.roundId, round.id));
  const kinds = Object.keys(round.checklistVersions) as AssessmentKind[];
  const weights = new Map<string, number>();
  if (kinds.length) {
    const c = t.assessmentChecklists;
    const lists = await db.select().from(c).where(and(eq(c.countyId, round.countyId), inArray(c.kind, kinds)));
    for (const l of lists) if (round.checklistVersions[l.kind] === l.version) for (const i of l.items) weights.set(`${l.kind}:${i.id}`, i.weight);
  }
  const byKey: Tallies['byKey'] = new Map();
  for (const s of sample) {
    if (s.submittedAt === null) continue;
    const mine = results.filter((r) => r.pointId === s.pointId).map((r) => ({ weight: weights.get(`${s.kind}:${r.itemId}`) ?? 0, result: r.result }));
    for (const key of keysOf(by, s)) {
      const acc = byKey.get(key) ?? { pass: 0, counted: 0, points: new Set<string>() };
      tally(mine, acc);
      acc.points.add(s.pointId);
      byKey.set(key, acc);
    }
  }
  return { byKey };
}

/** The names of the groups' keys. */
async function namesOf(q: Q, by: AssessmentScoreBy, keys: string[]): Promise<Map<string, string>> {
  const { db, t } = q;
  const ids = keys.filter((k) => k !== '');
  const out = new Map<string, string>([['', '网格外']]);
  if (ids.length === 0) return out;
  const rows: { id: string; name: string }[] =
    by === 'point'
      ? await db.select({ id: t.assessmentPoints.id, name: t.assessmentPoints.name }).from(t.assessmentPoints).where(inArray(t.assessmentPoints.id, ids))
      : by === 'grid'
        ? await db.select({ id: t.grids.id, name: t.grids.name }).from(t.grids).where(inArray(t.grids.id, ids))
        : by === 'unit'
          ? await db.select({ id: t.units.id, name: t.units.name }).from(t.units).where(inArray(t.units.id, ids))
          : by === 'community'
            ? await db.select({ id: t.communities.id, name: t.communities.name }).from(t.communities).where(inArray(t.communities.id, ids))
            : by === 'streetOffice'
              ? await db.select({ id: t.streetOffices.id, name: t.streetOffices.name }).from(t.streetOffices).where(inArray(t.streetOffices.id, ids))
              : ids.map((id) => ({ id, name: KIND_ZH[id as AssessmentKind] ?? id }));
  for (const r of rows) out.set(r.id, r.name);
  return out;
}

/**
 * A round's weighted pass rates per group (passed weight ÷ passed and failed weight; items not
 * applicable left out), best first, each beside the same group's rate in the county's previous round.
 */
export async function roundScores(q: Q, roundId: string, by: AssessmentScoreBy): Promise<AssessmentScoresResponse> {
  const round = await roundRow(q, roundId);
  const prev = await previousRound(q, round);
  const now = await roundTallies(q, round, by);
  const before = prev ? await roundTallies(q, prev, by) : null;
  const keys = [...now.byKey.keys()];
  const names = await namesOf(q, by, keys);
  const groups: AssessmentScoreGroup[] = keys.map((key) => {
    const g = now.byKey.get(key)!;
    const p = before?.byKey.get(key);
    return { key, name: names.get(key) ?? key, score: passRate(g), passWeight: g.pass, countedWeight: g.counted, points: g.points.size, previous: p ? passRate(p) : null };
  });
  groups.sort((a, b) => (b.score ?? -1) - (a.score ?? -1) || a.key.localeCompare(b.key));
  return { roundId, by, previousRoundId: prev?.id ?? null, groups };
}
