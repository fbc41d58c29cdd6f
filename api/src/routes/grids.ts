import { Hono } from 'hono';
import { and, eq } from 'drizzle-orm';
import { currentWeek, weeksEnding, type GridDetailResponse, type GridsResponse } from '@wangge/geodata';
import * as t from '../db/schema.ts';
import { badRequest, notFound } from '../http/errors.ts';
import { geometryAtVersion, gridHistory, saveGridBatch } from '../services/grid-batch.ts';
import { jsonBody } from '../http/body.ts';
import { allow, userOf } from '../auth/middleware.ts';
import { requireWeek } from '../http/query.ts';
import { allGrids, areaInfo, communityInfo, gridPeople, gridProps, gridUnitsInfo } from '../services/org.ts';
import { gridStatuses } from '../services/status.ts';
import type { AuthEnv } from '../auth/middleware.ts';
import type { AppDeps } from './context.ts';

export function gridRoutes({ db, clock }: AppDeps) {
  const app = new Hono<AuthEnv>();

  app.get('/grids', (c) => {
    const rows = allGrids(db);
    const props = gridProps(db, rows);
    const body: GridsResponse = {
      type: 'FeatureCollection',
      features: rows.map((r, i) => ({ type: 'Feature', id: r.id, geometry: JSON.parse(r.geometry), properties: props[i] })),
    };
    return c.json(body);
  });

  app.get('/grids/:id', (c) => {
    const id = c.req.param('id');
    const row = db.select().from(t.grids).where(and(eq(t.grids.id, id), t.activeGrid)).get();
    if (!row) throw notFound(`grid "${id}" does not exist`);
    const now = clock();
    const weekParam = c.req.query('week');
    const week = weekParam === undefined ? currentWeek(now) : requireWeek(weekParam);
    const place = communityInfo(db, row.communityId)!;
    const area = areaInfo(db, row.areaId)!;
    const history = weeksEnding(week, 8).map((w) => ({ week: w, status: gridStatuses(db, w, now, [id])[0].status }));
    const body: GridDetailResponse = {
      grid: gridProps(db, [row])[0],
      ...place,
      area,
      units: gridUnitsInfo(db, id),
      ...gridPeople(db, id),
      status: gridStatuses(db, week, now, [id])[0],
      history,
    };
    return c.json(body);
  });

  app.put('/grids/:id', allow('planner', 'admin'), async (c) => {
    const body = await jsonBody(c, 20_000_000);
    if (body.geometry === undefined) throw badRequest('geometry is required', 'bad_geometry');
    const update = { id: c.req.param('id'), version: body.version, geometry: body.geometry };
    const { saved, coverage } = saveGridBatch(db, { update: [update], create: [], retire: [], confirmWorse: body.confirmWorse === true }, userOf(c).id, clock());
    const row = saved[0];
    return c.json({ type: 'Feature', id: row.id, geometry: JSON.parse(row.geometry), properties: gridProps(db, [row])[0], coverage });
  });

  app.post('/grids/batch', allow('planner', 'admin'), async (c) => {
    const body = await jsonBody(c, 50_000_000);
    const list = (key: string) => {
      const v = body[key];
      if (v === undefined) return [];
      if (!Array.isArray(v) || v.some((x) => x === null || typeof x !== 'object')) throw badRequest(`${key} must be a list of objects`, 'bad_field');
      return v;
    };
    const result = saveGridBatch(db, { update: list('update'), create: list('create'), retire: list('retire'), confirmWorse: body.confirmWorse === true }, userOf(c).id, clock());
    const props = gridProps(db, result.saved);
    return c.json({
      saved: { type: 'FeatureCollection', features: result.saved.map((r, i) => ({ type: 'Feature', id: r.id, geometry: JSON.parse(r.geometry), properties: props[i] })) },
      retired: result.retired,
      coverage: result.coverage,
    });
  });

  app.get('/grids/:id/history', allow('planner', 'admin', 'leader', 'inspector'), (c) => c.json(gridHistory(db, c.req.param('id'))));

  app.post('/grids/:id/restore', allow('planner', 'admin'), async (c) => {
    const id = c.req.param('id');
    const body = await jsonBody(c);
    const geometry = geometryAtVersion(gridHistory(db, id), body.toVersion);
    if (!geometry) throw notFound(`grid ${id} has no recorded version ${String(body.toVersion)}`);
    const result = saveGridBatch(db, { update: [{ id, version: body.version, geometry }], create: [], retire: [], confirmWorse: body.confirmWorse === true }, userOf(c).id, clock());
    const row = result.saved[0];
    return c.json({ type: 'Feature', id: row.id, geometry: JSON.parse(row.geometry), properties: gridProps(db, [row])[0], coverage: result.coverage });
  });

  return app;
}

