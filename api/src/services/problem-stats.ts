import { and, asc, lte, ne, not, or, sql } from 'drizzle-orm';
import { OPEN_PROBLEM_STATUSES, addWeeks, weekOpensAt, type ProblemStatsBy, type ProblemStatsCounts, type ProblemStatsResponse, type ProblemStatsSeries } from '@wangge/geodata';
import type { Db } from '../db/client.ts';
import * as t from '../db/schema.ts';
import { problemCondition, type ProblemFilter } from './problems.ts';

const OPEN = new Set<string>(OPEN_PROBLEM_STATUSES);

const zeros = (n: number): ProblemStatsCounts => ({ filed: Array(n).fill(0), fixed: Array(n).fill(0), verified: Array(n).fill(0), open: Array(n).fill(0), overdue: Array(n).fill(0) });

interface Step {
  toStatus: string;
  at: number;
}

/** Adds one problem's weeks into `into`: what happened in each week, and where it stood at its end. */
function countProblem(into: ProblemStatsCounts, createdAt: number, dueAt: number | null, steps: readonly Step[], windows: readonly { start: number; end: number; at: number }[]) {
  let next = 0;
  let status: string | null = null;
  windows.forEach((w, i) => {
    if (createdAt >= w.start && createdAt < w.end) into.filed[i] += 1;
    let fixed = false;
    let verified = false;
    // steps are in order; each week takes those up to its end, so the whole walk is linear
    while (next < steps.length && steps[next].at <= w.at) {
      const s = steps[next++];
      status = s.toStatus;
      if (s.at >= w.start) {
        if (s.toStatus === 'fixed') fixed = true;
        if (s.toStatus === 'verified') verified = true;
      }
    }
    if (fixed) into.fixed[i] += 1;
    if (verified) into.verified[i] += 1;
    if (createdAt <= w.at && OPEN.has(status ?? 'reported')) {
      into.open[i] += 1;
      if (dueAt !== null && w.at > dueAt) into.overdue[i] += 1;
    }
  });
}

/**
 * The problems a filter selects, counted per week (named by its Friday, from Friday 16:00 to the
 * next, Asia/Shanghai) overall and per grid, unit, category or community. Where a problem stood at
 * a week's end is replayed from its workflow steps, so it does not depend on today's status; the
 * week still running ends now.
 */
export function problemStats(db: Db, f: Omit<ProblemFilter, 'limit' | 'offset'>, weeks: readonly string[], by: ProblemStatsBy, now: number): ProblemStatsResponse {
  const windows = weeks.map((w) => {
    const start = weekOpensAt(w);
    const end = weekOpensAt(addWeeks(w, 1));
    return { start, end, at: Math.min(end - 1, now) };
  });
  const last = windows.at(-1)?.at ?? now;
  const first = windows[0]?.start ?? now;
  // a problem verified before the first week counts nowhere (已复核 is final): most of a long campaign's
  // problems, and most of their steps, are left unread
  const closedBefore = sql`exists (select 1 from ${t.problemEvents} where ${t.problemEvents.problemId} = ${t.problems.id} and ${t.problemEvents.toStatus} = 'verified' and ${t.problemEvents.at} < ${first})`;
  const cond = and(problemCondition(f, now), lte(t.problems.createdAt, last), or(ne(t.problems.status, 'verified'), not(closedBefore)));
  const problems = db
    .select({ id: t.problems.id, category: t.problems.category, gridId: t.problems.gridId, createdAt: t.problems.createdAt, dueAt: t.problems.dueAt })
    .from(t.problems)
    .where(cond)
    .all();
  const ids = sql`(select ${t.problems.id} from ${t.problems} where ${cond ?? sql`1`})`;
  const steps = new Map<string, Step[]>();
  const query = db
    .select({ problemId: t.problemEvents.problemId, toStatus: t.problemEvents.toStatus, at: t.problemEvents.at })
    .from(t.problemEvents)
    .where(and(lte(t.problemEvents.at, last), sql`${t.problemEvents.problemId} in ${ids}`))
    // steps are stored as they are taken, so id order is each problem's order: no sort of every step
    .orderBy(asc(t.problemEvents.id))
    .toSQL();
  // hundreds of thousands of steps: read as arrays, not as one object per row
  for (const [problemId, toStatus, at] of db.$client.prepare(query.sql).raw().all(...query.params) as [string, string, number][]) {
    const list = steps.get(problemId);
    if (list) list.push({ toStatus, at });
    else steps.set(problemId, [{ toStatus, at }]);
  }

  const grids = new Map(db.select({ id: t.grids.id, code: t.grids.code, name: t.grids.name, communityId: t.grids.communityId }).from(t.grids).all().map((g) => [g.id, g]));
  const names = new Map<string, { name: string; code?: string }>();
  let groupsOf: (p: (typeof problems)[number]) => readonly string[];
  if (by === 'grid') {
    for (const g of grids.values()) names.set(g.id, { name: g.name, code: g.code });
    groupsOf = (p) => [p.gridId ?? ''];
  } else if (by === 'community') {
    for (const c of db.select({ id: t.communities.id, name: t.communities.name }).from(t.communities).all()) names.set(c.id, { name: c.name });
    groupsOf = (p) => [(p.gridId && grids.get(p.gridId)?.communityId) || ''];
  } else if (by === 'category') {
    groupsOf = (p) => [p.category];
  } else {
    for (const u of db.select({ id: t.units.id, name: t.units.name }).from(t.units).all()) names.set(u.id, { name: u.name });
    const unitsOf = new Map<string, string[]>();
    const links = db.select({ problemId: t.problemUnits.problemId, unitId: t.problemUnits.unitId }).from(t.problemUnits).where(sql`${t.problemUnits.problemId} in ${ids}`).toSQL();
    for (const [problemId, unitId] of db.$client.prepare(links.sql).raw().all(...links.params) as [string, string][]) {
      const list = unitsOf.get(problemId);
      if (list) list.push(unitId);
      else unitsOf.set(problemId, [unitId]);
    }
    groupsOf = (p) => unitsOf.get(p.id) ?? [''];
  }

  const total = zeros(weeks.length);
  const groups = new Map<string, ProblemStatsCounts>();
  for (const p of problems) {
    const own = steps.get(p.id) ?? [];
    countProblem(total, p.createdAt, p.dueAt, own, windows);
    for (const key of groupsOf(p)) {
      let counts = groups.get(key);
      if (!counts) groups.set(key, (counts = zeros(weeks.length)));
      countProblem(counts, p.createdAt, p.dueAt, own, windows);
    }
  }
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const series: ProblemStatsSeries[] = [...groups.entries()].map(([key, counts]) => ({ key, name: key === '' ? '' : (names.get(key)?.name ?? key), ...(names.get(key)?.code ? { code: names.get(key)!.code } : {}), ...counts }));
  series.sort((a, b) => (b.open.at(-1) ?? 0) - (a.open.at(-1) ?? 0) || sum(b.filed) - sum(a.filed) || a.key.localeCompare(b.key));
  return { by, weeks: [...weeks], total, series };
}
