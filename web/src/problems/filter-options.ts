import type { GridsResponse, ZonesResponse } from '@wangge/geodata';

export interface Option {
  id: string;
  label: string;
}

/** Grids for the filter, by code (which runs west→east, north→south inside each community). */
export function gridOptions(grids: GridsResponse | null): Option[] {
  if (!grids) return [];
  return grids.features
    .map((f) => f.properties)
    .sort((a, b) => a.code.localeCompare(b.code))
    .map((g) => ({ id: g.id, label: `${g.code.slice(-6)} ${g.name}` }));
}

/**
 * Every unit a problem can be routed to: those holding a grid and the departments of the zones.
 * Each once, in Chinese collation order, so a long list is still scannable.
 */
export function unitOptions(grids: GridsResponse | null, zones: ZonesResponse | null, locale: string): Option[] {
  const names = new Map<string, string>();
  for (const { properties: p } of [...(grids?.features ?? []), ...(zones?.features ?? [])]) {
    p.unitIds.forEach((id, i) => names.set(id, p.unitNames[i] ?? id));
  }
  const collator = new Intl.Collator(locale);
  return [...names].map(([id, label]) => ({ id, label })).sort((a, b) => collator.compare(a.label, b.label));
}
