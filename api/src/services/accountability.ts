import { addWeeks, weekDueAt, weeksEnding, type GridApiProps, type OverdueRow, type TrendSeries, type TrendsResponse, type UnitStatus } from '@wangge/geodata';
import { asc } from 'drizzle-orm';
import type { Q } from '../db/store.ts';
import { allGrids, gridProps } from './org.ts';
import { firstReportedWeek } from './reports.ts';
import { gridStatuses } from './status.ts';

export interface PlaceFilter {
  streetOfficeId?: string;
  communityId?: string;
  areaId?: string;
  unitId?: string;
}

const MAX_RUN = 52;

function matches(g: GridApiProps, f: PlaceFilter): boolean {
  return (!f.streetOfficeId || g.streetOfficeId === f.streetOfficeId) && (!f.communityId || g.communityId === f.communityId) && (!f.areaId || g.areaId === f.areaId);
}

async function gridPropsById(q: Q) {
  return new Map((await gridProps(q, await allGrids(q))).map((g) => [g.id, g]));
}

/** Units that missed a report for any of their grids, per week. */
async function missedUnits(q: Q, week: string, now: number): Promise<Set<string>> {
  const out = new Set<string>();
  for (const g of await gridStatuses(q, week, now)) for (const u of g.units) if (u.status === 'missing') out.add(u.unitId);
  return out;
}

/** Every late or missing (unit, grid) of a week, worst first (missing, then longest late). */
export async function overdueRows(q: Q, week: string, now: number, filter: PlaceFilter): Promise<OverdueRow[]> {
  const { db, t } = q;
  const grids = await gridPropsById(q);
  const units = new Map((await db.select().from(t.units)).map((u) => [u.id, u]));
  const due = weekDueAt(week);
  const rows: OverdueRow[] = [];
  const runs = new Map<string, number>();
  const missedByWeek = new Map<string, Set<string>>();
  const missedIn = async (w: string) => {
    if (!missedByWeek.has(w)) missedByWeek.set(w, await missedUnits(q, w, now));
    return missedByWeek.get(w)!;
  };
  // Weeks before the first report anyone filed are before tracking began: they are not "missed".
  const firstWeek = (await firstReportedWeek(q)) ?? week;
  const runOf = async (unitId: string) => {
    if (!runs.has(unitId)) {
      let n = 0;
      while (n < MAX_RUN && addWeeks(week, -n) >= firstWeek && (await missedIn(addWeeks(week, -n))).has(unitId)) n += 1;
      runs.set(unitId, n);
    }
    return runs.get(unitId)!;
  };
  for (const gs of await gridStatuses(q, week, now)) {
    const g = grids.get(gs.gridId)!;
    if (!matches(g, filter)) continue;
    for (const u of gs.units) {
      if (u.status !== 'late' && u.status !== 'missing') continue;
      if (filter.unitId && u.unitId !== filter.unitId) continue;
      const unit = units.get(u.unitId)!;
      const until = u.status === 'late' ? Date.parse(u.submittedAt!) : now;
      rows.push({
        unitId: u.unitId,
        unitName: unit.name,
        contactName: unit.contactName,
        contactPhone: unit.contactPhone,
        gridId: g.id,
        gridCode: g.code,
        gridName: g.name,
        communityId: g.communityId,
        communityName: g.communityName,
        streetOfficeId: g.streetOfficeId,
        streetOfficeName: g.streetOfficeName,
        areaId: g.areaId,
        areaName: g.areaName,
        status: u.status,
        lateByMinutes: Math.max(0, Math.round((until - due) / 60_000)),
        missedRun: await runOf(u.unitId),
      });
    }
  }
  return rows.sort((a, b) => (a.status === b.status ? b.lateByMinutes - a.lateByMinutes : a.status === 'missing' ? -1 : 1));
}

/** Every (grid, unit) status of a week with the grid's place, filtered by place and unit. */
export async function statusTable(q: Q, week: string, now: number, f: PlaceFilter): Promise<{ grid: GridApiProps; unit: UnitStatus }[]> {
  const grids = await gridPropsById(q);
  return (await gridStatuses(q, week, now)).flatMap((gs) => {
    const g = grids.get(gs.gridId)!;
    if (!matches(g, f)) return [];
    return gs.units.filter((u) => !f.unitId || u.unitId === f.unitId).map((u) => ({ grid: g, unit: u }));
  });
}

/**
 * On-time share per week of the reports that were due (pending and exempt ones are left out),
 * overall or per street office, 片区 or unit; series sorted best first. Weeks before the first report
 * anyone filed are before tracking began: nothing was due then (as for missed runs).
 */
export async function trends(q: Q, lastWeek: string, count: number, by: TrendsResponse['by'], now: number): Promise<TrendsResponse> {
  const { db, t } = q;
  const weeks = weeksEnding(lastWeek, count);
  const firstWeek = await firstReportedWeek(q);
  const grids = await gridPropsById(q);
  const unitNames = new Map((await db.select().from(t.units).orderBy(asc(t.units.id))).map((u) => [u.id, u.name]));
  const series = new Map<string, { name: string; onTime: number[]; due: number[] }>();
  for (const [i, week] of weeks.entries()) {
    if (firstWeek === null || week < firstWeek) continue;
    for (const gs of await gridStatuses(q, week, now)) {
      const g = grids.get(gs.gridId)!;
      for (const u of gs.units) {
        if (u.status !== 'on_time' && u.status !== 'late' && u.status !== 'missing') continue;
        const [key, name] =
          by === 'overall' ? ['all', '全部'] : by === 'streetOffice' ? [g.streetOfficeId, g.streetOfficeName] : by === 'area' ? [g.areaId, g.areaName] : [u.unitId, unitNames.get(u.unitId) ?? u.unitId];
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
