import type { BulletinGroup, BulletinLists, BulletinRate, BulletinUnit, Status, UnitStatus } from '@wangge/geodata';
import type { Place } from '../services/frozen-weeks.ts';

/** One (grid, unit) status of a week with where the grid lay: a row of the status table. */
export interface StatusRow {
  gridId: string;
  place: Place;
  unit: UnitStatus;
}

export type Contacts = ReadonlyMap<string, { contactName: string; contactPhone: string }>;

/** The list a unit goes in: its worst due status, so each unit is named once. */
const LIST_OF: Partial<Record<Status, keyof BulletinLists>> = { missing: 'missing', late: 'late', pending: 'pending', on_time: 'onTime' };
const RANK: Record<keyof BulletinLists, number> = { missing: 0, late: 1, pending: 2, onTime: 3 };

/** Sorts the rows' units into the lists; a bad list keeps only the grids that put the unit there. */
export function listsOf(rows: readonly StatusRow[], contacts: Contacts): BulletinLists {
  const byUnit = new Map<string, StatusRow[]>();
  for (const r of rows) {
    if (!LIST_OF[r.unit.status]) continue;
    byUnit.set(r.unit.unitId, [...(byUnit.get(r.unit.unitId) ?? []), r]);
  }
  const out: BulletinLists = { missing: [], late: [], pending: [], onTime: [] };
  for (const [unitId, unitRows] of byUnit) {
    const list = unitRows.map((r) => LIST_OF[r.unit.status]!).sort((a, b) => RANK[a] - RANK[b])[0];
    const shown = list === 'onTime' ? unitRows : unitRows.filter((r) => r.unit.status !== 'on_time');
    const contact = contacts.get(unitId);
    const entry: BulletinUnit = {
      unitId,
      unitName: unitRows[0].unit.unitName,
      contactName: contact?.contactName ?? '',
      contactPhone: contact?.contactPhone ?? '',
      grids: shown.map((r) => ({ gridId: r.gridId, code: r.place.code, name: r.place.name, status: r.unit.status })).sort((a, b) => a.code.localeCompare(b.code)),
    };
    out[list].push(entry);
  }
  for (const list of Object.values(out)) list.sort((a: BulletinUnit, b: BulletinUnit) => a.unitName.localeCompare(b.unitName, 'zh') || a.unitId.localeCompare(b.unitId));
  return out;
}

/** The lists per 片区 or per street office, groups in the order of their ids (the dataset's order). */
export function groupsOf(rows: readonly StatusRow[], contacts: Contacts, key: 'area' | 'streetOffice'): BulletinGroup[] {
  const groups = new Map<string, { name: string; rows: StatusRow[] }>();
  for (const r of rows) {
    const id = key === 'area' ? r.place.areaId : r.place.streetOfficeId;
    const name = key === 'area' ? r.place.areaName : r.place.streetOfficeName;
    const g = groups.get(id) ?? { name, rows: [] };
    g.rows.push(r);
    groups.set(id, g);
  }
  return [...groups.entries()]
    .map(([id, g]) => ({ id, name: g.name, ...listsOf(g.rows, contacts) }))
    .sort((a, b) => a.id.localeCompare(b.id));
}

/** The on-time share of the due reports (pending, not due and exempt ones are not counted), as the trends count it. */
export function rateOf(rows: readonly StatusRow[]): BulletinRate {
  let onTime = 0;
  let due = 0;
  for (const r of rows) {
    const s = r.unit.status;
    if (s !== 'on_time' && s !== 'late' && s !== 'missing') continue;
    due += 1;
    if (s === 'on_time') onTime += 1;
  }
  return { onTime, due, rate: due === 0 ? null : onTime / due };
}
