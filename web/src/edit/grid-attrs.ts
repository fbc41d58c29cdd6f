import { containsPoint, type CommunitiesResponse, type ZonesResponse } from '@wangge/geodata';
import type { EditGrid } from './types.ts';

export interface Choice {
  id: string;
  name: string;
}

/**
 * The next free code in a community: its 12-digit code and the lowest sequence (001–999) above
 * every grid of the community in force. Null when all 999 are taken.
 */
export function nextCode(communityCode: string, grids: readonly EditGrid[]): string | null {
  let top = 0;
  for (const g of grids) {
    const code = g.properties.code;
    if (code.length === 15 && code.startsWith(communityCode)) top = Math.max(top, Number(code.slice(12)) || 0);
  }
  return top < 999 ? `${communityCode}${String(top + 1).padStart(3, '0')}` : null;
}

/** The community whose boundary holds the point, else null. */
export function communityAt(communities: CommunitiesResponse, at: readonly [number, number]) {
  return communities.features.find((c) => containsPoint(c.geometry, at[0], at[1])) ?? null;
}

/** Every unit and 片区 there is (GET /api/units and /api/areas), when they have been loaded. */
export interface OrgLists {
  units: readonly Choice[];
  areas: readonly Choice[];
}

/**
 * The 片区 and units a grid may be given: every one the API lists, plus any the grids or zones name
 * (so a grid's own never drops out of its picker, even before the lists arrive or if they fail).
 */
export function choices(grids: readonly EditGrid[], zones: ZonesResponse | null, org: OrgLists | null = null): { areas: Choice[]; units: Choice[] } {
  const areas = new Map<string, string>(org?.areas.map((a) => [a.id, a.name]));
  const units = new Map<string, string>(org?.units.map((u) => [u.id, u.name]));
  for (const g of grids) {
    if (!areas.has(g.properties.areaId)) areas.set(g.properties.areaId, g.properties.areaName);
    g.properties.unitIds.forEach((u, i) => units.has(u) || units.set(u, g.properties.unitNames[i] ?? u));
  }
  for (const z of zones?.features ?? []) z.properties.unitIds.forEach((u, i) => units.has(u) || units.set(u, z.properties.unitNames[i] ?? u));
  const list = (m: Map<string, string>) => [...m].map(([id, name]) => ({ id, name }));
  // 片区 are numbered (第一…第十二): their ids sort as people count them; units go by name (pinyin)
  return {
    areas: list(areas).sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true })),
    units: list(units).sort((a, b) => a.name.localeCompare(b.name, 'zh-CN')),
  };
}

let made = 0;

/** A fresh grid id (the API accepts the client's id for a created grid; it must match /^[\w-]{1,64}$/). */
export function newGridId(now = Date.now()): string {
  made += 1;
  return `grid-${now.toString(36)}-${made.toString(36)}`;
}

/**
 * The properties of a new grid in a community: the next code, a name, and the 片区 and units of a
 * model grid (a neighbour, or the grid it was split from) until the planner sets them.
 */
export function newGridProperties(
  id: string,
  community: CommunitiesResponse['features'][number],
  grids: readonly EditGrid[],
  model: EditGrid | undefined,
  name: string,
): EditGrid['properties'] {
  const c = community.properties;
  const sample = model ?? grids.find((g) => g.properties.communityId === c.id) ?? grids[0];
  const p = sample?.properties;
  return {
    id,
    code: nextCode(c.code, grids) ?? `${c.code}000`,
    name,
    communityId: c.id,
    communityName: c.name,
    streetOfficeId: c.streetOfficeId,
    streetOfficeName: c.streetOfficeName,
    areaId: p?.areaId ?? '',
    areaName: p?.areaName ?? '',
    unitIds: p ? [...p.unitIds] : [],
    unitNames: p ? [...p.unitNames] : [],
    version: 0,
  };
}
