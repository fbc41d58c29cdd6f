import { and, asc, eq, gte, inArray, isNotNull, lte, ne } from 'drizzle-orm';
import { DEFAULT_SCORE_WEIGHTS, PROBLEM_STATUS, SCORE_INDICATORS, addWeeks, checkScoreWeights, currentWeek, type ScoreIndicator, type ScoreRatio, type ScoresResponse, type ScoreWeights } from '@wangge/geodata';
import { inCounty, ofCounty } from '../db/county-scope.ts';
import type { Q, Store } from '../db/store.ts';
import { badRequest } from '../http/errors.ts';
import { roundTallies } from '../assessment/scores.ts';
import { audit } from '../services/audit.ts';
import { countySettings, setCountySettings, settingsCounty } from '../services/county-settings.ts';
import { firstWeek } from '../services/deployment.ts';
import { statusTable } from '../services/figures.ts';
import { ranked, ratio, scoreOf } from './formula.ts';

const SHANGHAI = 8 * 3600_000;
const DAY = 86_400_000;
/** Midnight Asia/Shanghai at the start of a date. */
const dayStart = (date: string) => Date.parse(`${date}T00:00:00Z`) - SHANGHAI;

/** The county's weight table (each county sets its own; the default until it does). */
export async function scoreWeights(q: Q): Promise<ScoreWeights> {
  const stored = (await countySettings(q)).scoreWeights;
  // a table set before the mock assessment counted has no weight for it
  return stored ? { ...stored, assessment: (stored as Partial<ScoreWeights>).assessment ?? 0 } : { ...DEFAULT_SCORE_WEIGHTS };
}

/** Sets the county's weight table (admins), recorded in the audit log; a malformed one is refused, naming what is wrong. */
export async function setScoreWeights(store: Store, value: unknown, userId: string, now: number): Promise<ScoreWeights> {
  const checked = checkScoreWeights(value);
  if (!checked.ok) throw badRequest(checked.message, 'bad_weights');
  await store.tx(async (tx) => {
    const before = await scoreWeights(tx);
    await setCountySettings(tx, { scoreWeights: checked.value });
    await audit(tx, { at: now, userId, entity: 'score_weights', entityId: (await settingsCounty(tx)) ?? 'all', action: 'set', before, after: checked.value });
  });
  return checked.value;
}

/** The quarter's weeks (named by a Friday inside it) that were due by now, from the deployment's first week on. */
async function weeksOf(q: Q, from: string, to: string, now: number): Promise<string[]> {
  const start = await firstWeek(q, now);
  const last = currentWeek(now);
  // the quarter's first Friday: `from` plus the days to the next Friday (getUTCDay of a date string is its weekday)
  const ahead = (5 - new Date(`${from}T00:00:00Z`).getUTCDay() + 7) % 7;
  const weeks: string[] = [];
  for (let w = new Date(Date.parse(`${from}T00:00:00Z`) + ahead * DAY).toISOString().slice(0, 10); w <= to; w = addWeeks(w, 1)) {
    if (w >= start && w <= last) weeks.push(w);
  }
  return weeks;
}

type Counts = Record<ScoreIndicator, { count: number; of: number }>;

/**
 * The problem indicators per owner unit (牵头单位, as it stands now): 按期整改 of the problems whose
 * deadline fell in the quarter and has passed (or that were fixed before it), replayed from their
 * steps; rework of the problems fixed in the quarter, sent back in it.
 */
async function problemCounts(q: Q, startMs: number, endMs: number, now: number, counts: Map<string, Counts>, blank: () => Counts) {
  const { db, t } = q;
  const owned = await db.select({ id: t.problems.id, owner: t.problems.ownerUnitId, dueAt: t.problems.dueAt }).from(t.problems).where(and(isNotNull(t.problems.ownerUnitId), ofCounty(q, t.problems.countyId)));
  if (owned.length === 0) return;
  const steps = await db
    .select({ problemId: t.problemEvents.problemId, action: t.problemEvents.action, toStatus: t.problemEvents.toStatus, at: t.problemEvents.at })
    .from(t.problemEvents)
    .where(and(inArray(t.problemEvents.problemId, owned.map((p) => p.id)), ne(t.problemEvents.action, 'note'), lte(t.problemEvents.at, now)))
    .orderBy(asc(t.problemEvents.id));
  const byProblem = new Map<string, typeof steps>();
  for (const s of steps) byProblem.set(s.problemId, [...(byProblem.get(s.problemId) ?? []), s]);
  for (const p of owned) {
    const c = counts.get(p.owner!) ?? blank();
    const mine = byProblem.get(p.id) ?? [];
    if (p.dueAt !== null && p.dueAt >= startMs && p.dueAt < endMs) {
      const atDue = mine.filter((s) => s.at <= p.dueAt!).at(-1)?.toStatus;
      const fixedByDue = atDue === PROBLEM_STATUS.fixed || atDue === PROBLEM_STATUS.verified;
      // still open with its deadline ahead: not yet due, so not counted either way
      if (fixedByDue || p.dueAt <= now) {
        c.fixedOnTime.of += 1;
        if (fixedByDue) c.fixedOnTime.count += 1;
      }
    }
    const inQuarter = mine.filter((s) => s.at >= startMs && s.at < endMs);
    if (inQuarter.some((s) => s.action === 'fix')) {
      c.rework.of += 1;
      if (inQuarter.some((s) => s.action === 'return')) c.rework.count += 1;
    }
    counts.set(p.owner!, c);
  }
}

/**
 * 测评得分率 per unit: the rounds of the county whose last day falls in the quarter, each sampled
 * point's weighted results counted for every unit that answered for it when it was drawn.
 */
async function assessmentCounts(q: Q, from: string, to: string, counts: Map<string, Counts>, blank: () => Counts) {
  const { db, t } = q;
  const r = t.assessmentRounds;
  const rounds = await db.select().from(r).where(and(ofCounty(q, r.countyId), gte(r.toDay, from), lte(r.toDay, to)));
  for (const round of rounds) {
    for (const [unitId, tally] of (await roundTallies(q, round, 'unit')).byKey) {
      const c = counts.get(unitId) ?? blank();
      c.assessment.count += tally.pass;
      c.assessment.of += tally.counted;
      counts.set(unitId, c);
    }
  }
}

/** GET /api/scores?quarter=: every unit of the county's 考核 score of a quarter, ranked, with its formula and the county's weights. */
export async function quarterScores(base: Store, quarter: { quarter: string; from: string; to: string }, now: number): Promise<ScoresResponse> {
  const store = inCounty(base, (await settingsCounty(base)) ?? undefined);
  const { db, t } = store;
  const weights = await scoreWeights(store);
  const weeks = await weeksOf(store, quarter.from, quarter.to, now);
  const blank = () => Object.fromEntries(SCORE_INDICATORS.map((k) => [k, { count: 0, of: 0 }])) as Counts;
  const counts = new Map<string, Counts>();
  for (const week of weeks) {
    for (const { unit } of await statusTable(store, week, now, {})) {
      if (unit.status !== 'on_time' && unit.status !== 'late' && unit.status !== 'missing') continue;
      const c = counts.get(unit.unitId) ?? blank();
      c.onTime.of += 1;
      if (unit.status === 'on_time') c.onTime.count += 1;
      counts.set(unit.unitId, c);
    }
  }
  const startMs = dayStart(quarter.from);
  const endMs = dayStart(quarter.to) + DAY;
  if (startMs <= now) await problemCounts(store, startMs, endMs, now, counts, blank);
  await assessmentCounts(store, quarter.from, quarter.to, counts, blank);
  const names = new Map((await db.select({ id: t.units.id, name: t.units.name }).from(t.units).where(ofCounty(store, t.units.countyId))).map((u) => [u.id, u.name]));
  const scored = [...counts].flatMap(([unitId, c]) => {
    const r = Object.fromEntries(SCORE_INDICATORS.map((k) => [k, ratio(c[k].count, c[k].of)])) as Record<ScoreIndicator, ScoreRatio>;
    const s = scoreOf(r, weights);
    return s ? [{ unitId, unitName: names.get(unitId) ?? unitId, ...s, ...r }] : [];
  });
  return { ...quarter, weeks, weights, units: ranked(scored) };
}
