import { and, count, eq, inArray } from 'drizzle-orm';
import type { Store } from '@wangge/api';
import { chunks } from '@wangge/api/db/batch';
import { currentWeek, weekDueAt } from '@wangge/geodata';
import { quantile } from './drive.ts';
import { insertSessions } from './sessions.ts';

export interface Submission {
  cookie: string;
  countyId: string;
  gridId: string;
}

export interface BurstPlan {
  week: string;
  submissions: Submission[];
}

export interface BurstResult {
  sent: number;
  created: number;
  /** answers other than 201, by status */
  other: Record<string, number>;
  p50: number;
  p99: number;
  /** 201 answers whose report is a row in the database afterwards */
  stored: number;
}

/**
 * Monday 09:00 (Asia/Shanghai) of the week running at `instant`: three hours before its reports are
 * due, when the week's stragglers all submit at once. The bench's data and servers run at this time.
 */
export const mondayMorning = (instant: number) => weekDueAt(currentWeek(instant)) - 3 * 3600_000;

/**
 * Up to `n` reporter accounts, each with a grid of its unit no other submission takes, and a
 * session each. The week's reports of those units are cleared first, so that every submission is
 * a unit's first for its grid that week (as on a Monday morning before anyone reported).
 */
export async function planBurst(store: Store, n: number, now: number): Promise<BurstPlan> {
  const { db, t } = store;
  const week = currentWeek(now);
  const reporters = await db.select({ id: t.users.id, unitId: t.users.unitId, countyId: t.users.countyId }).from(t.users).where(eq(t.users.role, 'reporter')).orderBy(t.users.id);
  const grids = new Map<string, string[]>();
  for (const { unitId, gridId } of await db.select({ unitId: t.gridUnits.unitId, gridId: t.gridUnits.gridId }).from(t.gridUnits).orderBy(t.gridUnits.gridId)) {
    grids.set(unitId, [...(grids.get(unitId) ?? []), gridId]);
  }
  const chosen: { userId: string; unitId: string; countyId: string; gridId: string }[] = [];
  for (const r of reporters) {
    if (chosen.length >= n) break;
    const gridId = r.unitId ? grids.get(r.unitId)?.shift() : undefined;
    if (gridId && r.unitId && r.countyId) chosen.push({ userId: r.id, unitId: r.unitId, countyId: r.countyId, gridId });
  }
  const units = [...new Set(chosen.map((c) => c.unitId))];
  const cookies = await store.tx(async (tx) => {
    for (const part of chunks(units, 500)) await tx.db.delete(t.weeklyReports).where(and(eq(t.weeklyReports.week, week), inArray(t.weeklyReports.unitId, part)));
    return insertSessions(tx, chosen.map((c) => c.userId), now);
  });
  return { week, submissions: chosen.map((c) => ({ cookie: cookies.get(c.userId)!, countyId: c.countyId, gridId: c.gridId })) };
}

const body = (week: string, gridId: string) =>
  JSON.stringify({ week, gridId, workedOn: week, participants: 3, hours: 2, activities: ['环境卫生'], problemsFound: 1, problemsFixed: 1, content: '周一上午补报：网格环境卫生整治和创文宣传，清理卫生死角两处。' });

/**
 * Sends every planned submission once, each at a random moment within `seconds` (the Monday
 * morning: all at once, unevenly), then counts how many of the reports answered 201 are rows.
 */
export async function runBurst(store: Store, base: string, plan: BurstPlan, seconds: number): Promise<BurstResult> {
  const latencies: number[] = [];
  const other: Record<string, number> = {};
  const ids: number[] = [];
  const started = performance.now();
  await Promise.all(
    plan.submissions.map(async (s, i) => {
      const at = started + ((i * 7919) % plan.submissions.length) * ((seconds * 1000) / plan.submissions.length);
      await new Promise((r) => setTimeout(r, Math.max(0, at - performance.now())));
      const t0 = performance.now();
      try {
        const res = await fetch(`${base}/api/reports?county=${s.countyId}`, { method: 'POST', headers: { cookie: s.cookie, 'content-type': 'application/json' }, body: body(plan.week, s.gridId) });
        const answer = (await res.json()) as { id?: number; error?: { code?: string } };
        if (res.status === 201 && typeof answer.id === 'number') ids.push(answer.id);
        else {
          const key = `${res.status} ${answer.error?.code ?? ''}`.trim();
          other[key] = (other[key] ?? 0) + 1;
        }
      } catch (err) {
        other[(err as Error).message] = (other[(err as Error).message] ?? 0) + 1;
      }
      latencies.push(performance.now() - t0);
    }),
  );
  latencies.sort((a, b) => a - b);
  const { db, t } = store;
  let stored = 0;
  for (const part of chunks(ids, 500)) stored += Number((await db.select({ n: count() }).from(t.weeklyReports).where(inArray(t.weeklyReports.id, part)))[0].n);
  return { sent: plan.submissions.length, created: ids.length, other, p50: quantile(latencies, 0.5), p99: quantile(latencies, 0.99), stored };
}
