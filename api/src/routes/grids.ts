import { Hono } from 'hono';
import { currentWeek, weeksEnding, type GridDetailResponse, type GridsResponse } from '@wangge/geodata';
import { badRequest, notFound } from '../http/errors.ts';
import { geometryAtVersion, gridHistory, saveGridBatch } from '../services/grid-batch.ts';
import { jsonBody } from '../http/body.ts';
import { allow, userOf } from '../auth/middleware.ts';
import { requireWeek } from '../http/query.ts';
import { activeGridById, allGrids, areaInfo, communityInfo, gridPeople, gridProps, gridUnitsInfo, type GridRow } from '../services/org.ts';
import { gridStatuses } from '../services/status.ts';
import type { Q } from '../db/store.ts';
import type { AuthEnv } from '../auth/middleware.ts';
import type { AppDeps } from './context.ts';

async function featuresOf(q: Q, rows: GridRow[]): Promise<GridsResponse> {
  const props = await gridProps(q, rows);
  return { type: 'FeatureCollection', features: rows.map((r, i) => ({ type: 'Feature', id: r.id, geometry: JSON.parse(r.geometry), properties: props[i] })) };
}

export function gridRoutes({ store, clock }: AppDeps) {
  const app = new Hono<AuthEnv>();

  app.get('/grids', async (c) => c.json(await featuresOf(store, await allGrids(store))));

  app.get('/grids/:id', async (c) => {
    const id = c.req.param('id');
    const row = await activeGridById(store, id);
    if (!row) throw notFound(`grid "${id}" does not exist`);
    const now = clock();
    const weekParam = c.req.query('week');
    const week = weekParam === undefined ? currentWeek(now) : requireWeek(weekParam);
    const history = [];
    for (const w of weeksEnding(week, 8)) history.push({ week: w, status: (await gridStatuses(store, w, now, [id]))[0].status });
    const body: GridDetailResponse = {
      grid: (await gridProps(store, [row]))[0],
      ...(await communityInfo(store, row.communityId))!,
      area: (await areaInfo(store, row.areaId))!,
      units: await gridUnitsInfo(store, id),
      ...(await gridPeople(store, id)),
      status: (await gridStatuses(store, week, now, [id]))[0],
      history,
    };
    return c.json(body);
  });

  app.put('/grids/:id', allow('planner', 'admin'), async (c) => {
    const body = await jsonBody(c, 20_000_000);
    if (body.geometry === undefined) throw badRequest('geometry is required', 'bad_geometry');
    const update = { id: c.req.param('id'), version: body.version, geometry: body.geometry };
    const { saved, coverage } = await saveGridBatch(store, { update: [update], create: [], retire: [], confirmWorse: body.confirmWorse === true }, userOf(c).id, clock());
    return c.json({ ...(await featuresOf(store, saved)).features[0], coverage });
  });

  app.post('/grids/batch', allow('planner', 'admin'), async (c) => {
    const body = await jsonBody(c, 50_000_000);
    const list = (key: string) => {
      const v = body[key];
      if (v === undefined) return [];
      if (!Array.isArray(v) || v.some((x) => x === null || typeof x !== 'object')) throw badRequest(`${key} must be a list of objects`, 'bad_field');
      return v;
    };
    const result = await saveGridBatch(store, { update: list('update'), create: list('create'), retire: list('retire'), confirmWorse: body.confirmWorse === true }, userOf(c).id, clock());
    return c.json({ saved: await featuresOf(store, result.saved), retired: result.retired, coverage: result.coverage });
  });

  app.get('/grids/:id/history', allow('planner', 'admin', 'leader', 'inspector'), async (c) => c.json(await gridHistory(store, c.req.param('id'))));

  app.post('/grids/:id/restore', allow('planner', 'admin'), async (c) => {
    const id = c.req.param('id');
    const body = await jsonBody(c);
    const geometry = geometryAtVersion(await gridHistory(store, id), body.toVersion);
    if (!geometry) throw notFound(`grid ${id} has no recorded version ${String(body.toVersion)}`);
    const result = await saveGridBatch(store, { update: [{ id, version: body.version, geometry }], create: [], retire: [], confirmWorse: body.confirmWorse === true }, userOf(c).id, clock());
    return c.json({ ...(await featuresOf(store, result.saved)).features[0], coverage: result.coverage });
  });

  return app;
}
