import { Hono } from 'hono';
import { asc, count, eq } from 'drizzle-orm';
import { currentWeek, extend, type AreasResponse, type BBox, type CommunitiesResponse, type ConfigResponse, type UnitsResponse, type ZonesResponse } from '@wangge/geodata';
import * as t from '../db/schema.ts';
import type { AuthEnv } from '../auth/middleware.ts';
import type { AppDeps } from './context.ts';
import { firstReportedWeek } from '../services/reports.ts';

/** Health, client configuration, communities, zones, units and 片区: read-only reference data. */
export function referenceRoutes({ db, clock, basemap }: AppDeps) {
  const app = new Hono<AuthEnv>();

  app.get('/health', (c) => {
    const grids = db.select({ n: count() }).from(t.grids).where(t.activeGrid).get()?.n ?? 0;
    return c.json({ ok: true, grids });
  });

  app.get('/config', (c) => {
    const now = clock();
    const county = JSON.parse(db.select().from(t.meta).where(eq(t.meta.key, 'county')).get()?.value ?? '{"code":"","name":""}');
    const box: BBox = [Infinity, Infinity, -Infinity, -Infinity];
    for (const r of db.select().from(t.communities).all()) extend(box, [r.minLon, r.minLat, r.maxLon, r.maxLat]);
    const firstWeek = firstReportedWeek(db);
    const body: ConfigResponse = { county, now: new Date(now).toISOString(), currentWeek: currentWeek(now), firstWeek, bbox: box, basemap: basemap ?? null };
    return c.json(body);
  });

  app.get('/communities', (c) => {
    const offices = new Map(db.select().from(t.streetOffices).all().map((s) => [s.id, s.name]));
    const body: CommunitiesResponse = {
      type: 'FeatureCollection',
      features: db
        .select()
        .from(t.communities)
        .orderBy(asc(t.communities.code))
        .all()
        .map((r) => ({
          type: 'Feature',
          id: r.id,
          geometry: JSON.parse(r.geometry),
          properties: {
            id: r.id,
            code: r.code,
            name: r.name,
            streetOfficeId: r.streetOfficeId,
            streetOfficeName: offices.get(r.streetOfficeId) ?? '',
            streetOfficeGuessed: r.streetOfficeGuessed,
            gridded: r.gridded,
          },
        })),
    };
    return c.json(body);
  });

  app.get('/zones', (c) => {
    const departments = db
      .select({ zoneId: t.zoneUnits.zoneId, unitId: t.units.id, unitName: t.units.name })
      .from(t.zoneUnits)
      .innerJoin(t.units, eq(t.units.id, t.zoneUnits.unitId))
      .orderBy(asc(t.zoneUnits.position))
      .all();
    const body: ZonesResponse = {
      type: 'FeatureCollection',
      features: db
        .select()
        .from(t.zones)
        .orderBy(asc(t.zones.id))
        .all()
        .map((r) => {
          const mine = departments.filter((d) => d.zoneId === r.id);
          return {
            type: 'Feature',
            id: r.id,
            geometry: JSON.parse(r.geometry),
            properties: { id: r.id, name: r.name, kind: r.kind as never, unitIds: mine.map((d) => d.unitId), unitNames: mine.map((d) => d.unitName) },
          };
        }),
    };
    return c.json(body);
  });

  // every unit and 片区, not only those holding a grid: a planner gives a grid any of them
  app.get('/units', (c) => {
    const body: UnitsResponse = db
      .select({ id: t.units.id, name: t.units.name, contactName: t.units.contactName, contactPhone: t.units.contactPhone })
      .from(t.units)
      .orderBy(asc(t.units.name))
      .all();
    return c.json(body);
  });

  app.get('/areas', (c) => {
    const body: AreasResponse = db.select().from(t.areas).orderBy(asc(t.areas.id)).all();
    return c.json(body);
  });

  return app;
}
