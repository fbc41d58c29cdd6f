import type { GridsResponse } from '@wangge/geodata';
import { activeFilterCount, type ProblemFilter } from '../problems/problem-query.ts';
import type { PrintT } from './i18n/index.ts';

/** A unit's name as the grids that hold it carry it; its id when no grid does. */
function unitName(grids: GridsResponse, id: string): string {
  for (const f of grids.features) {
    const i = f.properties.unitIds.indexOf(id);
    if (i >= 0) return f.properties.unitNames[i] ?? id;
  }
  return id;
}

/**
 * The problem filter in words, for the sheet: a filtered map printed without saying so would be
 * read as every problem in town. null when nothing is filtered.
 */
export function problemFilterNote(filter: ProblemFilter, t: PrintT, grids: GridsResponse): string | null {
  if (activeFilterCount(filter) === 0) return null;
  const parts: string[] = [];
  const list = (values: readonly string[]) => values.join(t('filter.listJoin'));
  if (filter.statuses.length) parts.push(t('filter.status', { values: list(filter.statuses.map((s) => t(`problem.${s}`))) }));
  if (filter.categories.length) parts.push(t('filter.category', { values: list(filter.categories) }));
  if (filter.from || filter.to) parts.push(t('filter.dates', { from: filter.from ?? '…', to: filter.to ?? '…' }));
  if (filter.grid) {
    const code = grids.features.find((f) => f.properties.id === filter.grid)?.properties.code ?? filter.grid;
    parts.push(t('filter.grid', { code }));
  }
  if (filter.unit) parts.push(t('filter.unit', { name: unitName(grids, filter.unit) }));
  if (filter.owner) parts.push(t('filter.owner', { name: unitName(grids, filter.owner) }));
  if (filter.overdue) parts.push(t('filter.overdue'));
  return t('filter.note', { parts: parts.join(t('filter.partJoin')) });
}
