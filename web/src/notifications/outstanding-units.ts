import type { OverdueResponse } from '@wangge/geodata';

export interface OutstandingUnit {
  unitId: string;
  unitName: string;
  /** missing when any of its grids is, else pending */
  status: 'pending' | 'missing';
  grids: number;
}

/** The units a leader may remind (催报) from a week's overdue list: those missing or still pending, once each, by name. */
export function outstandingUnits(list: Pick<OverdueResponse, 'rows' | 'pending'>, locale: string): OutstandingUnit[] {
  const byUnit = new Map<string, OutstandingUnit>();
  for (const r of [...list.rows, ...list.pending]) {
    if (r.status === 'late') continue;
    const u = byUnit.get(r.unitId) ?? { unitId: r.unitId, unitName: r.unitName, status: r.status, grids: 0 };
    u.grids += 1;
    if (r.status === 'missing') u.status = 'missing';
    byUnit.set(r.unitId, u);
  }
  return [...byUnit.values()].sort((a, b) => a.unitName.localeCompare(b.unitName, locale) || a.unitId.localeCompare(b.unitId));
}
