import { encodeOverdueQuery, type CommunitiesResponse, type GridApiProps } from '@wangge/geodata';

/** The place filters of the accountability views; '' means all. Same names as the API's query. */
export interface PlaceFilters {
  streetOffice: string;
  community: string;
  area: string;
  unit: string;
}

export const NO_FILTERS: PlaceFilters = Object.freeze({ streetOffice: '', community: '', area: '', unit: '' });

export interface Option {
  id: string;
  name: string;
}

export interface FilterOptions {
  streetOffices: Option[];
  communities: Option[];
  areas: Option[];
  units: Option[];
}

type Ranked = Option & { rank: string };
const byRank = (m: Map<string, Ranked>) =>
  [...m.values()].sort((a, b) => a.rank.localeCompare(b.rank, 'en', { numeric: true })).map(({ id, name }) => ({ id, name }));

/**
 * The choices each filter offers, from the grids in force: communities of the chosen street office,
 * units that hold a grid in the chosen places. Places come in the county's order (street offices
 * and communities by code, areas by number: 第二 must not sort before 第一), units by name.
 */
export function filterOptions(grids: readonly GridApiProps[], communities: CommunitiesResponse | null, f: PlaceFilters, locale: string): FilterOptions {
  const streetOffices = new Map<string, Ranked>();
  const areas = new Map<string, Ranked>();
  const units = new Map<string, Option>();
  const gridded = new Set<string>();
  for (const g of grids) {
    streetOffices.set(g.streetOfficeId, { id: g.streetOfficeId, name: g.streetOfficeName, rank: g.code.slice(0, 9) });
    areas.set(g.areaId, { id: g.areaId, name: g.areaName, rank: g.areaId });
    if (!f.streetOffice || g.streetOfficeId === f.streetOffice) gridded.add(g.communityId);
    if (matchesPlace(g, { ...f, unit: '' })) g.unitIds.forEach((id, i) => units.set(id, { id, name: g.unitNames[i] }));
  }
  const communityOptions = (communities?.features ?? [])
    .map((c) => c.properties)
    .filter((c) => gridded.has(c.id))
    .sort((a, b) => a.code.localeCompare(b.code))
    .map((c) => ({ id: c.id, name: c.name }));
  const unitOptions = [...units.values()].sort((a, b) => a.name.localeCompare(b.name, locale));
  return { streetOffices: byRank(streetOffices), communities: communityOptions, areas: byRank(areas), units: unitOptions };
}

/** Whether a grid lies in the chosen places (the unit filter is about who holds it, checked per row). */
export function matchesPlace(g: Pick<GridApiProps, 'streetOfficeId' | 'communityId' | 'areaId'>, f: PlaceFilters): boolean {
  return (!f.streetOffice || g.streetOfficeId === f.streetOffice) && (!f.community || g.communityId === f.community) && (!f.area || g.areaId === f.area);
}

/** Changes one filter; a community outside a newly chosen street office is dropped. */
export function setFilter(f: PlaceFilters, key: keyof PlaceFilters, value: string, grids: readonly GridApiProps[]): PlaceFilters {
  const next = { ...f, [key]: value };
  if (key === 'streetOffice' && next.community && value && !grids.some((g) => g.communityId === next.community && g.streetOfficeId === value)) next.community = '';
  return next;
}

/** A download link for an export: the API builds the file, with the same filters as on screen. */
export function exportUrl(path: '/api/overdue' | '/api/status-table', week: string, f: PlaceFilters, format: 'csv' | 'xlsx'): string {
  const place = { streetOffice: f.streetOffice || null, community: f.community || null, area: f.area || null, unit: f.unit || null };
  return `${path}?${encodeOverdueQuery({ week, place, format })}`;
}
