import { STATUS_ORDER, weekDueAt, weeksEnding, type GridStatus, type OverdueResponse, type Status, type StatusResponse, type TrendSeries, type TrendsResponse, type UnitStatus } from '@wangge/geodata';
import { asc } from 'drizzle-orm';
import type { Store } from '../db/store.ts';
import { placeMatches, weekFigures, type PlaceFilter, type WeekFigures } from './accountability.ts';
import { closeGraceHours, firstWeek } from './deployment.ts';
import { frozenWeek, type Place } from './frozen-weeks.ts';
import { computeWeekStatus } from './status.ts';
import { clockKey, keptForWeek, keptStatus } from './status-cache.ts';
import { closeDueWeeks } from './week-closure.ts';

const iso = (ms: number) => new Date(ms).toISOString();

/**
 * The figures the leaders read — status, overdue list, status table, trends — for any week: a
 * closed week from what was frozen when it closed, an open one as it stands, a week before the
 * deployment began as not started (nothing was due).
 */
async function figuresOf(store: Store, week: string, now: number): Promise<WeekFigures & { notStarted: boolean }> {
  await closeDueWeeks(store, now);
  // past the deadline a missing unit is late by the minutes since it (rounded): kept for that minute
  const minutes = now > weekDueAt(week) ? `|${Math.round((now - weekDueAt(week)) / 60_000)}` : '';
  const figures = await keptForWeek(store, 'figures', week, clockKey(week, now) + minutes, () => workOutFigures(store, week, now));
  return { ...figures, status: { ...figures.status, now: iso(now) } };
}

async function workOutFigures(store: Store, week: string, now: number): Promise<WeekFigures & { notStarted: boolean }> {
  const grace = await closeGraceHours(store);
  const frozen = await frozenWeek(store, week);
  if (frozen) return { status: { ...frozen.status, now: iso(now) }, overdue: frozen.overdue, pending: [], places: frozen.places, notStarted: false };
  if (week < (await firstWeek(store, now))) {
    const figures = await weekFigures(store, week, now, grace);
    const counts = Object.fromEntries(STATUS_ORDER.map((s) => [s, 0])) as Record<Status, number>;
    return { status: { ...figures.status, notStarted: true, exempt: false, counts, grids: [] }, overdue: [], pending: [], places: {}, notStarted: true };
  }
  return { ...(await weekFigures(store, week, now, grace)), notStarted: false };
}

/**
 * A week's status alone, as figuresOf has it: the overdue rows (and each missing unit's run of
 * missed weeks) and the grids' places are not worked out, which the status map never shows.
 */
async function statusOf(store: Store, week: string, now: number): Promise<StatusResponse> {
  await closeDueWeeks(store, now);
  return keptStatus(store, week, now, () => workOutStatus(store, week, now));
}

async function workOutStatus(store: Store, week: string, now: number): Promise<StatusResponse> {
  const frozen = await frozenWeek(store, week);
  if (frozen) return { ...frozen.status, now: iso(now) };
  const status = await computeWeekStatus(store, week, now, await closeGraceHours(store));
  if (week >= (await firstWeek(store, now))) return status;
  const counts = Object.fromEntries(STATUS_ORDER.map((s) => [s, 0])) as Record<Status, number>;
  return { ...status, notStarted: true, exempt: false, counts, grids: [] };
}

/** One grid's status in a week (frozen when closed), or null when the grid was not in force then. */
export async function gridWeekStatus(store: Store, gridId: string, week: string, now: number): Promise<GridStatus | null> {
  const status = await statusOf(store, week, now);
  return status.grids.find((g) => g.gridId === gridId) ?? null;
}

/** GET /api/status */
export async function weekStatus(store: Store, week: string, now: number): Promise<StatusResponse> {
  return statusOf(store, week, now);
}

/** GET /api/overdue: late and missing units (worst first) and those still to report, filtered by place and unit. */
export async function overdueList(store: Store, week: string, now: number, f: PlaceFilter): Promise<OverdueResponse> {
  const { status, overdue, pending, places } = await figuresOf(store, week, now);
  const keep = (r: { gridId: string; unitId: string }) => placeMatches(places[r.gridId], f) && (!f.unitId || r.unitId === f.unitId);
  return { week, dueAt: iso(weekDueAt(week)), closedAt: status.closedAt, rows: overdue.filter(keep), pending: pending.filter(keep) };
}

/** GET /api/status-table: every (grid, unit) status of a week with the grid's place. */
export async function statusTable(store: Store, week: string, now: number, f: PlaceFilter): Promise<{ gridId: string; place: Place; unit: UnitStatus }[]> {
  const { status, places } = await figuresOf(store, week, now);
  return status.grids.flatMap((gs) => {
    const place = places[gs.gridId];
    if (!placeMatches(place, f)) return [];
    return gs.units.filter((u) => !f.unitId || u.unitId === f.unitId).map((unit) => ({ gridId: gs.gridId, place, unit }));
  });
}

/**
 * On-time share per week of the reports that were due (pending and exempt ones are left out),
 * overall or per street office, 片区 or unit; series sorted best first. Weeks before the
 * deployment's first are not started: nothing was due then.
 */
export async function trends(store: Store, lastWeek: string, count: number, by: TrendsResponse['by'], now: number): Promise<TrendsResponse> {
  const { db, t } = store;
  const weeks = weeksEnding(lastWeek, count);
  const unitNames = new Map((await db.select().from(t.units).orderBy(asc(t.units.id))).map((u) => [u.id, u.name]));
  const series = new Map<string, { name: string; onTime: number[]; due: number[] }>();
  for (const [i, week] of weeks.entries()) {
    const { status, places, notStarted } = await figuresOf(store, week, now);
    if (notStarted) continue;
    for (const gs of status.grids) {
      const p = places[gs.gridId];
      for (const u of gs.units) {
        if (u.status !== 'on_time' && u.status !== 'late' && u.status !== 'missing') continue;
        const [key, name] =
          by === 'overall' ? ['all', '全部'] : by === 'streetOffice' ? [p.streetOfficeId, p.streetOfficeName] : by === 'area' ? [p.areaId, p.areaName] : [u.unitId, unitNames.get(u.unitId) ?? u.unitName];
        const s = series.get(key) ?? { name, onTime: weeks.map(() => 0), due: weeks.map(() => 0) };
        s.due[i] += 1;
        if (u.status === 'on_time') s.onTime[i] += 1;
        series.set(key, s);
      }
    }
  }
  const out: TrendSeries[] = [...series.entries()].map(([key, s]) => {
    const onTime = s.onTime.reduce((a, b) => a + b, 0);
    const due = s.due.reduce((a, b) => a + b, 0);
    return { key, name: s.name, rates: s.due.map((d, i) => (d === 0 ? null : s.onTime[i] / d)), onTime, due };
  });
  out.sort((a, b) => (b.due ? b.onTime / b.due : -1) - (a.due ? a.onTime / a.due : -1) || a.key.localeCompare(b.key));
  return { weeks, by, series: out };
}
