import type { AreaInfo, LocateResponse, ZoneInfo } from '@wangge/geodata';
import type { Q } from '../db/store.ts';
import { areaLeaderAt } from './area-leaders.ts';
import { communityAt, gridAt, zoneDepartments, zonesAt } from './locate.ts';
import { areaInfo, communityInfo, gridPeople, gridProps, gridUnitsInfo } from './org.ts';

/** A 片区 with its leader on `date` (the area's own columns when no date is asked). */
async function areaOn(q: Q, areaId: string, date: string | null): Promise<AreaInfo | null> {
  const area = await areaInfo(q, areaId);
  const leader = area && date ? await areaLeaderAt(q, areaId, date) : null;
  if (!area || !leader) return area;
  return { ...area, leaderTitle: leader.title, leaderPhone: leader.phone, ...(leader.name && { leaderName: leader.name }) };
}

/** GET /api/locate: everyone who answers for a point — grid, community, street office, 片区, units, people (those in post on `date`), zones. */
export async function placeAt(q: Q, lon: number, lat: number, date: string | null = null): Promise<LocateResponse> {
  const grid = await gridAt(q, lon, lat);
  const communityId = grid?.communityId ?? (await communityAt(q, lon, lat))?.id ?? null;
  const place = communityId ? await communityInfo(q, communityId) : null;
  const zones = await zonesAt(q, lon, lat);
  const departments = await zoneDepartments(q, zones.map((z) => z.id));
  const zoneInfo: ZoneInfo[] = zones.map((z) => ({
    id: z.id,
    name: z.name,
    kind: z.kind as ZoneInfo['kind'],
    units: departments.filter((d) => d.zoneId === z.id).map(({ id, name }) => ({ id, name })),
  }));
  const people = grid ? await gridPeople(q, grid.id, date) : { manager: null, supervisors: [] };
  return {
    lon,
    lat,
    grid: grid ? (await gridProps(q, [grid]))[0] : null,
    community: place?.community ?? null,
    streetOffice: place?.streetOffice ?? null,
    area: grid ? await areaOn(q, grid.areaId, date) : null,
    units: grid ? await gridUnitsInfo(q, grid.id) : [],
    ...people,
    zones: zoneInfo,
  };
}
