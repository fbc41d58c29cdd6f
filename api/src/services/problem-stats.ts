import { and, asc, eq, lt, lte, ne, not, or, sql, type SQL } from 'drizzle-orm';
import { NOTE_ACTION, OPEN_PROBLEM_STATUSES, PROBLEM_STATUS, addWeeks, weekOpensAt, type ProblemStatsBy, type ProblemStatsCounts, type ProblemStatsResponse, type ProblemStatsSeries } from '@wangge/geodata';
import { pluck, rawRows } from '../db/query.ts';
import type { Q, Store } from '../db/store.ts';
import type { Tables } from '../db/tables.ts';
import { problemCondition, type ProblemFilter } from './problems.ts';

/** All a step means to the counts: it is the week's 已整改 or 已复核, and it leaves the problem open or not. */
const KIND = { open: 0, fixed: 1, verified: 2, closed: 3 } as const;
/** The five counts of one week sit side by side in a group's flat array, in ProblemStatsCounts' order. */
const FILED = 0;
const FIXED = 1;
const VERIFIED = 2;
const OPEN = 3;
const OVERDUE = 4;
const COUNTS = 5;

// the kinds are our own small integers, written into the SQL as numbers (a bound parameter is text to PostgreSQL)
const kindSql = (k: number) => sql.raw(String(k));
const stepKind = (t: Tables) =>
  sql`case when ${t.problemEvents.toStatus} = ${PROBLEM_STATUS.fixed} then ${kindSql(KIND.fixed)} when ${t.problemEvents.toStatus} = ${PROBLEM_STATUS.verified} then ${kindSql(KIND.verified)} when ${t.problemEvents.toStatus} in ${[...OPEN_PROBLEM_STATUSES]} then ${kindSql(KIND.open)} else ${kindSql(KIND.closed)} end`;

interface Window {
  start: number;
  end: number;
  at: number;
}

/**
 * Every step up to the last week's end of the problems `index` numbers, grouped per problem in the
 * order they were taken (compressed rows: problem i's steps are first[i] to first[i + 1] - 1).
 */
async function readSteps(q: Q, selected: SQL | undefined, last: number, index: ReadonlyMap<string, number>) {
  const { db, t } = q;
  // a note moves nothing: replayed, one on a fixed or verified problem would count it fixed or verified again
  const where = and(lte(t.problemEvents.at, last), ne(t.problemEvents.action, NOTE_ACTION), selected && sql`${t.problemEvents.problemId} in ${selected}`);
  // unfiltered, hundreds of thousands of steps: one row array per step costs more than the whole replay,
  // so two single-column reads (same filter, same order) instead. The time and kind are packed in one
  // exact integer (times in ms are below 2^50). Steps are stored as they are taken: id order is each problem's.
  const read = (columns: Record<string, SQL>) => db.select(columns).from(t.problemEvents).where(where).orderBy(asc(t.problemEvents.id));
  const problemId = sql`${t.problemEvents.problemId}`;
  const timeAndKind = sql`${t.problemEvents.at} * 4 + ${stepKind(t)}`;
  let owners: string[];
  let packed: number[];
  if (selected) {
    // a filter leaves few steps: one read costs less than selecting the problems twice
    const rows = await rawRows<[string, number]>(q, read({ problemId, timeAndKind }));
    owners = rows.map((r) => r[0]);
    packed = rows.map((r) => r[1]);
  } else {
    owners = await pluck<string>(q, read({ problemId }));
    packed = (await pluck<number | string>(q, read({ timeAndKind }))).map(Number);
  }
  const first = new Int32Array(index.size + 1);
  const owner = new Int32Array(owners.length);
  for (let s = 0; s < owners.length; s++) {
    // problems verified before the first week are not selected: their steps are skipped here
    const p = index.get(owners[s]) ?? -1;
    owner[s] = p;
    if (p >= 0) first[p + 1] += 1;
  }
  for (let p = 0; p < index.size; p++) first[p + 1] += first[p];
  const at = new Float64Array(first[index.size]);
  const kind = new Uint8Array(first[index.size]);
  const fill = first.slice(0, index.size);
  for (let s = 0; s < owners.length; s++) {
    const p = owner[s];
    if (p < 0) continue;
    const k = fill[p]++;
    at[k] = Math.floor(packed[s] / 4);
    kind[k] = packed[s] - at[k] * 4;
  }
  return { first, at, kind };
}

/** One problem's weeks into `into` (COUNTS per week): what happened in each week, and where it stood at its end. */
function replay(into: Int32Array, createdAt: number, dueAt: number | null, steps: Awaited<ReturnType<typeof readSteps>>, p: number, windows: readonly Window[]) {
  let next = steps.first[p];
  const end = steps.first[p + 1];
  // a problem without steps is as filed: 上报
  let status: number = KIND.open;
  for (let i = 0; i < windows.length; i++) {
    const w = windows[i];
    const o = i * COUNTS;
    into[o + FILED] = createdAt >= w.start && createdAt < w.end ? 1 : 0;
    let fixed = 0;
    let verified = 0;
    // steps are in order; each week takes those up to its end, so the whole walk is linear
    while (next < end && steps.at[next] <= w.at) {
      status = steps.kind[next];
      if (steps.at[next] >= w.start) {
        if (status === KIND.fixed) fixed = 1;
        if (status === KIND.verified) verified = 1;
      }
      next++;
    }
    into[o + FIXED] = fixed;
    into[o + VERIFIED] = verified;
    const open = createdAt <= w.at && status === KIND.open ? 1 : 0;
    into[o + OPEN] = open;
    into[o + OVERDUE] = open && dueAt !== null && w.at > dueAt ? 1 : 0;
  }
}

function countsOf(flat: Int32Array, n: number): ProblemStatsCounts {
  const pick = (c: number) => Array.from({ length: n }, (_, i) => flat[i * COUNTS + c]);
  return { filed: pick(FILED), fixed: pick(FIXED), verified: pick(VERIFIED), open: pick(OPEN), overdue: pick(OVERDUE) };
}

/**
 * The problems a filter selects, counted per week (named by its Friday, from Friday 16:00 to the
 * next, Asia/Shanghai) overall and per grid, unit, owner unit, category or community. Where a problem stood at
 * a week's end is replayed from its workflow steps, so it does not depend on today's status; the
 * week still running ends now.
 */
export async function problemStats(store: Store, f: Omit<ProblemFilter, 'limit' | 'offset'>, weeks: readonly string[], by: ProblemStatsBy, now: number): Promise<ProblemStatsResponse> {
  const { t } = store;
  const windows: Window[] = weeks.map((w) => {
    const start = weekOpensAt(w);
    const end = weekOpensAt(addWeeks(w, 1));
    return { start, end, at: Math.min(end - 1, now) };
  });
  const n = weeks.length;
  const last = windows.at(-1)?.at ?? now;
  const firstStart = windows[0]?.start ?? now;
  const narrowed = problemCondition(store, f, now);
  const filtered = and(narrowed, lte(t.problems.createdAt, last));
  // a problem verified before the first week counts nowhere (已复核 is final): most of a long campaign's
  // problems are left unread. Unfiltered, one set of those ids beats a look-up of each verified
  // problem's steps; a filter that leaves a few problems makes the look-ups cheaper than the set.
  const verifiedBefore = and(eq(t.problemEvents.toStatus, PROBLEM_STATUS.verified), lt(t.problemEvents.at, firstStart));
  const closedBefore = narrowed
    ? sql`exists (select 1 from ${t.problemEvents} where ${t.problemEvents.problemId} = ${t.problems.id} and ${verifiedBefore})`
    : sql`${t.problems.id} in (select ${t.problemEvents.problemId} from ${t.problemEvents} where ${verifiedBefore})`;
  const cond = and(filtered, or(ne(t.problems.status, PROBLEM_STATUS.verified), not(closedBefore)));
  // without a filter nearly every problem is selected: a look-up of each step's or link's problem in
  // that set costs more in SQL than in the index Map they go through anyway
  const selected = narrowed && sql`(select ${t.problems.id} from ${t.problems} where ${filtered})`;

  // the reads below are one snapshot, so a step taken meanwhile cannot belong to an unread problem
  return store.tx(async (q) => {
    const { db } = q;
    const problems = await rawRows<[string, string, string | null, number, number | null, string | null]>(
      q,
      db.select({ id: t.problems.id, category: t.problems.category, gridId: t.problems.gridId, createdAt: t.problems.createdAt, dueAt: t.problems.dueAt, ownerUnitId: t.problems.ownerUnitId }).from(t.problems).where(cond),
    );
    const index = new Map(problems.map(([id], p) => [id, p]));
    const steps = await readSteps(q, selected, last, index);

    const grids = new Map((await db.select({ id: t.grids.id, code: t.grids.code, name: t.grids.name, communityId: t.grids.communityId }).from(t.grids)).map((g) => [g.id, g]));
    const names = new Map<string, { name: string; code?: string }>();
    let groupsOf: (p: (typeof problems)[number]) => readonly string[];
    if (by === 'grid') {
      for (const g of grids.values()) names.set(g.id, { name: g.name, code: g.code });
      groupsOf = (p) => [p[2] ?? ''];
    } else if (by === 'community') {
      for (const c of await db.select({ id: t.communities.id, name: t.communities.name }).from(t.communities)) names.set(c.id, { name: c.name });
      groupsOf = (p) => [(p[2] && grids.get(p[2])?.communityId) || ''];
    } else if (by === 'category') {
      groupsOf = (p) => [p[1]];
    } else if (by === 'owner') {
      for (const u of await db.select({ id: t.units.id, name: t.units.name }).from(t.units)) names.set(u.id, { name: u.name });
      // once per problem, for its owner today; not yet assigned: the group ''
      groupsOf = (p) => [p[5] ?? ''];
    } else {
      for (const u of await db.select({ id: t.units.id, name: t.units.name }).from(t.units)) names.set(u.id, { name: u.name });
      const unitsOf = new Map<string, string[]>();
      // a link per problem and unit, 100,000s of them: two single-column reads in one order, as the steps
      const column = (value: SQL) =>
        pluck<string>(q, db.select({ value }).from(t.problemUnits).where(selected && sql`${t.problemUnits.problemId} in ${selected}`).orderBy(asc(t.problemUnits.problemId), asc(t.problemUnits.unitId)));
      const problemIds = await column(sql`${t.problemUnits.problemId}`);
      const unitIds = await column(sql`${t.problemUnits.unitId}`);
      problemIds.forEach((problemId, i) => {
        if (!index.has(problemId)) return;
        const list = unitsOf.get(problemId);
        if (list) list.push(unitIds[i]);
        else unitsOf.set(problemId, [unitIds[i]]);
      });
      groupsOf = (p) => unitsOf.get(p[0]) ?? [''];
    }

    // each problem is replayed once, then added to the total and to each of its groups
    const one = new Int32Array(n * COUNTS);
    const total = new Int32Array(n * COUNTS);
    const groups = new Map<string, Int32Array>();
    problems.forEach((problem, p) => {
      replay(one, problem[3], problem[4], steps, p, windows);
      for (let k = 0; k < one.length; k++) total[k] += one[k];
      for (const key of groupsOf(problem)) {
        let counts = groups.get(key);
        if (!counts) groups.set(key, (counts = new Int32Array(n * COUNTS)));
        for (let k = 0; k < one.length; k++) counts[k] += one[k];
      }
    });

    const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
    const series: ProblemStatsSeries[] = [...groups.entries()].map(([key, counts]) => ({ key, name: key === '' ? '' : (names.get(key)?.name ?? key), ...(names.get(key)?.code ? { code: names.get(key)!.code } : {}), ...countsOf(counts, n) }));
    series.sort((a, b) => (b.open.at(-1) ?? 0) - (a.open.at(-1) ?? 0) || sum(b.filed) - sum(a.filed) || a.key.localeCompare(b.key));
    return { by, weeks: [...weeks], total: countsOf(total, n), series };
  }, { readOnly: true });
}
