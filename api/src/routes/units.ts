import { Hono } from 'hono';
import type { UnitAdminInfo, UnitMergeResponse, UnitsAdminResponse } from '@wangge/geodata';
import { guard, userOf, type AuthEnv } from '../auth/middleware.ts';
import { jsonBody } from '../http/body.ts';
import { setUnitGrids } from '../services/unit-grids.ts';
import { mergeUnit } from '../services/unit-merge.ts';
import { createUnit, listUnits, updateUnit } from '../services/units.ts';
import type { AppDeps } from './context.ts';

/**
 * Units, run from the app (admins, a county's admin its county's): GET /units/manage?q= ·
 * POST /units · PATCH /units/:id · POST /units/:id/merge · PUT /units/:id/grids. The public
 * GET /units (reference.ts) lists those in service.
 */
export function unitRoutes({ store, clock }: AppDeps) {
  const app = new Hono<AuthEnv>();

  app.get('/units/manage', guard('units.manage'), async (c) => {
    const body: UnitsAdminResponse = await listUnits(store, c.req.query('q') ?? '', clock());
    return c.json(body);
  });

  app.post('/units', guard('units.manage'), async (c) => {
    const body: UnitAdminInfo = await createUnit(store, await jsonBody(c, 10_000), userOf(c).id, clock());
    return c.json(body, 201);
  });

  app.patch('/units/:id', guard('units.manage'), async (c) => c.json(await updateUnit(store, c.req.param('id'), await jsonBody(c, 10_000), userOf(c).id, clock())));

  app.post('/units/:id/merge', guard('units.manage'), async (c) => {
    const body: UnitMergeResponse = await mergeUnit(store, c.req.param('id'), await jsonBody(c, 10_000), userOf(c).id, clock());
    return c.json(body);
  });

  app.put('/units/:id/grids', guard('units.manage'), async (c) => c.json(await setUnitGrids(store, c.req.param('id'), await jsonBody(c, 100_000), userOf(c).id, clock())));

  return app;
}
