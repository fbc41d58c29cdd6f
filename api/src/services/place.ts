import type { LocateResponse, ZoneInfo } from '@wangge/geodata';
import type { Q } from '../db/store.ts';
import { communityAt, gridAt, zoneDepartments, zonesAt } from './locate.ts';
import { areaInfo, communityInfo, gridPeople, gridProps, gridUnitsInfo } from './org.ts';

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
    area: grid ? await areaInfo(q, grid.areaId) : null,
    units: grid ? await gridUnitsInfo(q, grid.id) : [],
    ...people,
    zones: zoneInfo,
  };
}
