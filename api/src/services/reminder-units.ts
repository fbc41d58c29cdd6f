import { type Status, type StatusResponse } from '@wangge/geodata';
import type { Store } from '../db/store.ts';
import { weekStatus } from './figures.ts';
import { gridsOfWeek } from './layout.ts';
import type { UnitDue } from './reminder-messages.ts';

export interface UnitWithStatus extends UnitDue {
  /** the unit's worst status over the grids listed */
  status: Status;
}

/**
 * The units whose report for some of their grids has one of `statuses` in a week at `now` (a
 * closed week as it was frozen), each with those grids, by unit name; and the week's status.
 */
export async function unitsWithStatus(store: Store, week: string, now: number, statuses: readonly Status[]): Promise<{ status: StatusResponse; units: UnitWithStatus[] }> {
  const status = await weekStatus(store, week, now);
  const names = new Map((await gridsOfWeek(store, week)).map((g) => [g.id, g.name]));
  const contacts = new Map((await store.db.select().from(store.t.units)).map((u) => [u.id, u]));
  const byUnit = new Map<string, UnitWithStatus>();
  for (const g of status.grids) {
    for (const u of g.units) {
      if (!statuses.includes(u.status)) continue;
      const unit = contacts.get(u.unitId);
      const entry = byUnit.get(u.unitId) ?? { unitId: u.unitId, unitName: unit?.name ?? u.unitName, contactName: unit?.contactName ?? '', contactPhone: unit?.contactPhone ?? '', grids: [], status: u.status };
      entry.grids.push({ code: g.code, name: names.get(g.gridId) ?? g.code });
      // missing outranks pending: the order statuses are listed in
      if (statuses.indexOf(u.status) < statuses.indexOf(entry.status)) entry.status = u.status;
      byUnit.set(u.unitId, entry);
    }
  }
  const units = [...byUnit.values()].sort((a, b) => a.unitName.localeCompare(b.unitName, 'zh') || a.unitId.localeCompare(b.unitId));
  return { status, units };
}
