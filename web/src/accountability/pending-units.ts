import type { OverdueRow } from '@wangge/geodata';

/** One unit still to report this week: who to call, and for which grids. */
export interface PendingUnit {
  unitId: string;
  unitName: string;
  contactName: string;
  contactPhone: string;
  grids: { id: string; code: string; name: string }[];
}

/**
 * The (unit, grid) pairs still to report, gathered per unit so a leader calls each contact once:
 * the units with most grids outstanding first, then by name; each unit's grids by code.
 */
export function pendingByUnit(rows: readonly OverdueRow[], locale: string): PendingUnit[] {
  const byUnit = new Map<string, PendingUnit>();
  for (const r of rows) {
    let u = byUnit.get(r.unitId);
    if (!u) byUnit.set(r.unitId, (u = { unitId: r.unitId, unitName: r.unitName, contactName: r.contactName, contactPhone: r.contactPhone, grids: [] }));
    if (!u.grids.some((g) => g.id === r.gridId)) u.grids.push({ id: r.gridId, code: r.gridCode, name: r.gridName });
  }
  const units = [...byUnit.values()];
  for (const u of units) u.grids.sort((a, b) => a.code.localeCompare(b.code));
  return units.sort((a, b) => b.grids.length - a.grids.length || a.unitName.localeCompare(b.unitName, locale));
}
