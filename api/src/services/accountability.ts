import { addWeeks, type GridApiProps, type OverdueRow, type Status, type StatusResponse } from '@wangge/geodata';
import type { Q } from '../db/store.ts';
import { firstWeek } from './deployment.ts';
import { frozenWeek, type Place, type Places } from './frozen-weeks.ts';
import { weekGridProps } from './org.ts';
import { computeWeekStatus, gridStatuses } from './status.ts';

export interface PlaceFilter {
  streetOfficeId?: string;
  communityId?: string;
  areaId?: string;
  unitId?: string;
}

/** A week's figures: the status, the late and missing units, those still to report, and where each grid lay. */
export interface WeekFigures {
  status: StatusResponse;
  overdue: OverdueRow[];
  pending: OverdueRow[];
  places: Places;
}

const MAX_RUN = 52;

export function placeMatches(p: Place, f: PlaceFilter): boolean {
  return (!f.streetOfficeId || p.streetOfficeId === f.streetOfficeId) && (!f.communityId || p.communityId === f.communityId) && (!f.areaId || p.areaId === f.areaId);
}

function placesOf(props: GridApiProps[]): Places {
  const out: Places = {};
  for (const g of props) {
    const { code, name, communityId, communityName, streetOfficeId, streetOfficeName, areaId, areaName } = g;
    out[g.id] = { code, name, communityId, communityName, streetOfficeId, streetOfficeName, areaId, areaName };
  }
  return out;
}

/** Each (unit, grid)'s status in a week: frozen when closed, else as it stands at `now`. */
async function unitGridStatuses(q: Q, week: string, now: number): Promise<Map<string, Status>> {
  const grids = (await frozenWeek(q, week))?.status.grids ?? (await gridStatuses(q, week, now));
  const out = new Map<string, Status>();
  for (const g of grids) for (const u of g.units) out.set(`${u.unitId}|${g.gridId}`, u.status);
  return out;
}

/**
 * A week's figures as they stand at `now` (not frozen): what closing a week freezes, and what an
 * open week shows. A missed run counts the weeks, ending with this one, in which the unit did not
 * report for this grid at all (a late row has none): from the deployment's first week on.
 */
export async function weekFigures(q: Q, week: string, now: number, graceHours: number): Promise<WeekFigures> {
  const { db, t } = q;
  const status = await computeWeekStatus(q, week, now, graceHours);
  const places = placesOf(await weekGridProps(q, week));
  const units = new Map((await db.select().from(t.units)).map((u) => [u.id, u]));
  const start = await firstWeek(q, now);
  const earlier = new Map<string, Map<string, Status>>();
  const statusIn = async (w: string) => {
    if (!earlier.has(w)) earlier.set(w, await unitGridStatuses(q, w, now));
    return earlier.get(w)!;
  };
  const runOf = async (key: string) => {
    let n = 1;
    while (n < MAX_RUN && addWeeks(week, -n) >= start && (await statusIn(addWeeks(week, -n))).get(key) === 'missing') n += 1;
    return n;
  };
  const due = Date.parse(status.dueAt);
  const overdue: OverdueRow[] = [];
  const pending: OverdueRow[] = [];
  for (const gs of status.grids) {
    const place = places[gs.gridId];
    for (const u of gs.units) {
      if (u.status !== 'late' && u.status !== 'missing' && u.status !== 'pending') continue;
      const unit = units.get(u.unitId)!;
      const row: OverdueRow = {
        unitId: u.unitId,
        unitName: unit.name,
        contactName: unit.contactName,
        contactPhone: unit.contactPhone,
        gridId: gs.gridId,
        gridCode: place.code,
        gridName: place.name,
        communityId: place.communityId,
        communityName: place.communityName,
        streetOfficeId: place.streetOfficeId,
        streetOfficeName: place.streetOfficeName,
        areaId: place.areaId,
        areaName: place.areaName,
        status: u.status,
        lateByMinutes: u.status === 'pending' ? 0 : Math.max(0, Math.round(((u.status === 'late' ? Date.parse(u.submittedAt!) : now) - due) / 60_000)),
        missedRun: u.status === 'missing' ? await runOf(`${u.unitId}|${gs.gridId}`) : 0,
      };
      (u.status === 'pending' ? pending : overdue).push(row);
    }
  }
  overdue.sort((a, b) => (a.status === b.status ? b.lateByMinutes - a.lateByMinutes : a.status === 'missing' ? -1 : 1));
  pending.sort((a, b) => a.unitName.localeCompare(b.unitName) || a.gridCode.localeCompare(b.gridCode));
  return { status, overdue, pending, places };
}
