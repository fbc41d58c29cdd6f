import { Hono } from 'hono';
import { asc, eq, inArray } from 'drizzle-orm';
import type { LocateResponse, ZoneInfo } from '@wangge/geodata';
import * as t from '../db/schema.ts';
import { requireCoordinate } from '../http/query.ts';
import { communityAt, gridAt, zonesAt } from '../services/locate.ts';
import { areaInfo, communityInfo, gridPeople, gridProps, gridUnitsInfo } from '../services/org.ts';
import type { AuthEnv } from '../auth/middleware.ts';
import type { AppDeps } from './context.ts';

export function locateRoutes({ db }: AppDeps) {
  const app = new Hono<AuthEnv>();
  app.get('/locate', (c) => {
    const lon = requireCoordinate('lon', c.req.query('lon'));
    const lat = requireCoordinate('lat', c.req.query('lat'));
    const grid = gridAt(db, lon, lat);
    const communityId = grid?.communityId ?? communityAt(db, lon, lat)?.id ?? null;
    const place = communityId ? communityInfo(db, communityId) : null;
    const zones = zonesAt(db, lon, lat);
    const departments = zones.length
      ? db.select({ zoneId: t.zoneUnits.zoneId, id: t.units.id, name: t.units.name }).from(t.zoneUnits).innerJoin(t.units, eq(t.units.id, t.zoneUnits.unitId)).where(inArray(t.zoneUnits.zoneId, zones.map((z) => z.id))).orderBy(asc(t.zoneUnits.position)).all()
      : [];
    const zoneInfo: ZoneInfo[] = zones.map((z) => ({
      id: z.id,
      name: z.name,
      kind: z.kind as ZoneInfo['kind'],
      units: departments.filter((d) => d.zoneId === z.id).map(({ id, name }) => ({ id, name })),
    }));
    const people = grid ? gridPeople(db, grid.id) : { manager: null, supervisors: [] };
    const body: LocateResponse = {
      lon,
      lat,
      grid: grid ? gridProps(db, [grid])[0] : null,
      community: place?.community ?? null,
      streetOffice: place?.streetOffice ?? null,
      area: grid ? areaInfo(db, grid.areaId) : null,
      units: grid ? gridUnitsInfo(db, grid.id) : [],
      ...people,
      zones: zoneInfo,
    };
    return c.json(body);
  });
  return app;
}
