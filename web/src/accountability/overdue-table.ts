import type { OverdueRow } from '@wangge/geodata';
import { matchesPlace, type PlaceFilters } from './place-filters.ts';

export const SORT_KEYS = ['unit', 'grid', 'community', 'status', 'late', 'run', 'phone'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDir = 'asc' | 'desc';
export interface Sort {
  key: SortKey;
  dir: SortDir;
}

/** Numbers are read biggest first; words from the start of the alphabet. */
const FIRST_DIR: Readonly<Record<SortKey, SortDir>> = { unit: 'asc', grid: 'asc', community: 'asc', status: 'asc', late: 'desc', run: 'desc', phone: 'asc' };

/** missing is worse than late, so it sorts first */
const STATUS_RANK = { missing: 0, late: 1, pending: 2 } as const;

/** A click on a column header: the same column flips, another starts in its natural direction. */
export function nextSort(current: Sort | null, key: SortKey): Sort {
  if (current?.key === key) return { key, dir: current.dir === 'asc' ? 'desc' : 'asc' };
  return { key, dir: FIRST_DIR[key] };
}

/**
 * The weeks in a row this unit has not reported this grid, ending with this week: only a missing
 * row has a run. The API counts a unit's run over all its grids, so a unit that missed another grid
 * comes with a run on a grid it reported late — which the row's own status (逾期: reported) contradicts.
 */
export function missedRun(row: OverdueRow): number {
  return row.status === 'missing' ? row.missedRun : 0;
}

export function filterRows(rows: readonly OverdueRow[], f: PlaceFilters): OverdueRow[] {
  return rows.filter((r) => matchesPlace({ streetOfficeId: r.streetOfficeId, communityId: r.communityId, areaId: r.areaId }, f) && (!f.unit || r.unitId === f.unit));
}

/**
 * Rows in the chosen order; ties fall back to unit then grid code so the order never jitters.
 * With no sort chosen the server's order stands (worst first: missing, then longest late).
 */
export function sortRows(rows: readonly OverdueRow[], sort: Sort | null, locale: string): OverdueRow[] {
  if (!sort) return [...rows];
  const text = (a: string, b: string) => a.localeCompare(b, locale);
  const by: Record<SortKey, (a: OverdueRow, b: OverdueRow) => number> = {
    unit: (a, b) => text(a.unitName, b.unitName),
    grid: (a, b) => a.gridCode.localeCompare(b.gridCode),
    community: (a, b) => text(a.communityName, b.communityName),
    status: (a, b) => STATUS_RANK[a.status] - STATUS_RANK[b.status],
    late: (a, b) => a.lateByMinutes - b.lateByMinutes,
    run: (a, b) => missedRun(a) - missedRun(b),
    phone: (a, b) => a.contactPhone.localeCompare(b.contactPhone),
  };
  const sign = sort.dir === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => sign * by[sort.key](a, b) || text(a.unitName, b.unitName) || a.gridCode.localeCompare(b.gridCode));
}
