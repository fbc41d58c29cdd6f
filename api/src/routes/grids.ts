import { Hono } from 'hono';
import { MAX_SAVE_BODY_BYTES, currentWeek, shanghaiDate, weeksEnding, type GridDetailResponse, type GridsResponse } from '@wangge/geodata';
import { badRequest, notFound } from '../http/errors.ts';
import { geometryAtVersion, gridHistory, saveGridBatch } from '../services/grid-batch.ts';
import { saveBodyBrackets } from '../services/grid-geometry.ts';
import { jsonBody } from '../http/body.ts';
import { guard, userOf } from '../auth/middleware.ts';
import { requireWeek } from '../http/query.ts';
import { allGrids, communityInfo, gridById, gridPeople, gridProps, gridUnitsInfo, weekGridProps, type GridRow } from '../services/org.ts';
import { gridWeekStatus } from '../services/figures.ts';
import type { Q } from '../db/store.ts';
import type { AuthEnv } from '../auth/middleware.ts';
import { refuseOtherCounty } from '../services/counties.ts';
import type { AppDeps } from './context.ts';
import { areaOn } from '../services/place.ts';

async function featuresOf(q: Q, rows: GridRow[]): Promise<GridsResponse> {
  const props = await gridProps(q, rows);
  return { type: 'FeatureCollection', features: rows.map((r, i) => ({ type: 'Feature', id: r.id, geometry: JSON.parse(r.geometry), properties: props[i] })) };
}

export function gridRoutes({ store, clock }: AppDeps) {
  const app = new Hono<AuthEnv>();

  // without a week: the latest layout (what planners edit); with one: the grids in force that week, as they were
  app.get('/grids', async (c) => {
    const week = c.req.query('week');
    if (week === undefined) return c.json(await featuresOf(store, await allGrids(store)));
    const props = await weekGridProps(store, requireWeek(week));
    const body: GridsResponse = { type: 'FeatureCollection', features: props.map(({ geometry, retired: _retired, ...p }) => ({ type: 'Feature', id: p.id, geometry: JSON.parse(geometry), properties: p })) };
    return c.json(body);
  });

  app.get('/grids/:id', async (c) => {
    const id = c.req.param('id');
    const row = await gridById(store, id);
    if (!row) throw notFound(`grid "${id}" does not exist`);
    refuseOtherCounty(store, row.countyId);
    const now = clock();
    const weekParam = c.req.query('week');
    const week = weekParam === undefined ? currentWeek(now) : requireWeek(weekParam);
    const history = [];
    for (const w of weeksEnding(week, 8)) history.push({ week: w, status: (await gridWeekStatus(store, id, w, now))?.status ?? null });
    const status = await gridWeekStatus(store, id, week, now);
    // the units and people of the shown week when the grid was in force then, else its latest;
    // people change on any day, so this week's are today's: a roster change shows at once
    const asOf = status ? week : null;
    const peopleAsOf = asOf !== null && week === currentWeek(now) ? shanghaiDate(now) : asOf;
    const body: GridDetailResponse = {
      grid: (await gridProps(store, [row]))[0],
      ...(await communityInfo(store, row.communityId))!,
      area: (await areaOn(store, row.areaId, peopleAsOf ?? shanghaiDate(now)))!,
      units: await gridUnitsInfo(store, id, asOf),
      ...(await gridPeople(store, id, peopleAsOf)),
      status,
      history,
      retired: row.retiredAt !== null,
    };
    return c.json(body);
  });

  app.put('/grids/:id', guard('grid.edit'), async (c) => {
    const body = await jsonBody(c, MAX_SAVE_BODY_BYTES, saveBodyBrackets('one'));
    if (body.geometry === undefined) throw badRequest('geometry is required', 'bad_geometry');
    const update = { id: c.req.param('id'), version: body.version, geometry: body.geometry };
    const { saved, coverage } = await saveGridBatch(store, { update: [update], create: [], retire: [], confirmWorse: body.confirmWorse === true, effective: body.effective }, userOf(c).id, clock());
    return c.json({ ...(await featuresOf(store, saved)).features[0], coverage });
  });

  app.post('/grids/batch', guard('grid.edit'), async (c) => {
    const body = await jsonBody(c, MAX_SAVE_BODY_BYTES, saveBodyBrackets('many'));
    const list = (key: string) => {
      const v = body[key];
      if (v === undefined) return [];
      if (!Array.isArray(v) || v.some((x) => x === null || typeof x !== 'object')) throw badRequest(`${key} must be a list of objects`, 'bad_field');
      return v;
    };
    const result = await saveGridBatch(store, { update: list('update'), create: list('create'), retire: list('retire'), confirmWorse: body.confirmWorse === true, confirmDropUnits: body.confirmDropUnits === true, effective: body.effective }, userOf(c).id, clock());
    return c.json({ saved: await featuresOf(store, result.saved), retired: result.retired, coverage: result.coverage, effectiveWeek: result.effectiveWeek, rerouted: result.rerouted });
  });

  app.get('/grids/:id/history', guard('history.read'), async (c) => {
    refuseOtherCounty(store, (await gridById(store, c.req.param('id')))?.countyId);
    return c.json(await gridHistory(store, c.req.param('id')));
  });

  app.post('/grids/:id/restore', guard('grid.edit'), async (c) => {
    const id = c.req.param('id');
    refuseOtherCounty(store, (await gridById(store, id))?.countyId);
    const body = await jsonBody(c);
    const geometry = geometryAtVersion(await gridHistory(store, id), body.toVersion);
    if (!geometry) throw notFound(`grid ${id} has no recorded version ${String(body.toVersion)}`);
    const result = await saveGridBatch(store, { update: [{ id, version: body.version, geometry }], create: [], retire: [], confirmWorse: body.confirmWorse === true, effective: body.effective }, userOf(c).id, clock());
    return c.json({ ...(await featuresOf(store, result.saved)).features[0], coverage: result.coverage });
  });

  return app;
}
