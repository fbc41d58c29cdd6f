import { addWeeks, currentWeek, type WallResponse, type WallWeek } from '@wangge/geodata';
import { desc } from 'drizzle-orm';
import { ofCounty } from '../db/county-scope.ts';
import type { Store } from '../db/store.ts';
import { overdueList, statusTable, weekStatus } from '../services/figures.ts';
import { isOverdue } from '../services/problems.ts';

const iso = (ms: number) => new Date(ms).toISOString();
const NEWEST = 8;

/** A week's reports so far: on time of every (unit, grid) report the week asks for (exempt weeks ask for none). */
async function weekOf(store: Store, week: string, now: number): Promise<WallWeek> {
  const c = { onTime: 0, late: 0, missing: 0, pending: 0 };
  for (const { unit } of await statusTable(store, week, now, {})) {
    if (unit.status === 'on_time') c.onTime += 1;
    else if (unit.status === 'late') c.late += 1;
    else if (unit.status === 'missing') c.missing += 1;
    else if (unit.status === 'pending') c.pending += 1;
  }
  const total = c.onTime + c.late + c.missing + c.pending;
  return { week, ...c, total, rate: total === 0 ? null : c.onTime / total };
}

/** GET /api/wall: what the 创文办's wall display shows besides the map, of the request's county (a token's own). */
export async function wall(store: Store, now: number): Promise<WallResponse> {
  const week = currentWeek(now);
  const status = await weekStatus(store, week, now);
  const list = await overdueList(store, week, now, {});
  const outstanding = new Map<string, WallResponse['outstanding'][number]>();
  for (const r of [...list.rows.filter((r) => r.status === 'missing'), ...list.pending]) {
    const u = outstanding.get(r.unitId) ?? { unitId: r.unitId, unitName: r.unitName, status: r.status === 'missing' ? 'missing' : 'pending', grids: 0 };
    u.grids += 1;
    outstanding.set(r.unitId, u);
  }
  const { db, t } = store;
  const problems = await db
    .select({ id: t.problems.id, category: t.problems.category, description: t.problems.description, status: t.problems.status, createdAt: t.problems.createdAt, dueAt: t.problems.dueAt })
    .from(t.problems)
    .where(ofCounty(store, t.problems.countyId))
    .orderBy(desc(t.problems.createdAt), desc(t.problems.id))
    .limit(NEWEST);
  return {
    now: iso(now),
    week,
    dueAt: status.dueAt,
    thisWeek: await weekOf(store, week, now),
    lastWeek: await weekOf(store, addWeeks(week, -1), now),
    outstanding: [...outstanding.values()].sort((a, b) => (a.status === b.status ? a.unitName.localeCompare(b.unitName, 'zh') : a.status === 'missing' ? -1 : 1)),
    problems: problems.map((p) => ({ id: p.id, category: p.category, description: p.description, status: p.status, createdAt: iso(p.createdAt), overdue: isOverdue(p, now) })),
  };
}
