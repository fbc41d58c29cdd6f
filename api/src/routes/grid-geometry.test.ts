import { describe, expect, it } from 'vitest';
import { MAX_GRID_VERTICES, MAX_SAVE_BODY_BYTES, MAX_SAVE_VERTICES, type GridsResponse } from '@wangge/geodata';
import { errorOf, loginAs, rect, sqlRow, tinyApp } from '../test/fixture.ts';

type App = Awaited<ReturnType<typeof tinyApp>>['app'];

const put = (app: App, cookie: string, id: string, body: unknown) =>
  app.request(`/api/grids/${id}`, { method: 'PUT', headers: { cookie, 'content-type': 'application/json' }, body: typeof body === 'string' ? body : JSON.stringify(body) });
const batch = (app: App, cookie: string, body: unknown) =>
  app.request('/api/grids/batch', { method: 'POST', headers: { cookie, 'content-type': 'application/json' }, body: JSON.stringify(body) });

/** a closed sawtooth in G1's half of C1: n vertices, teeth 0.0002° wide and `apart` degrees apart */
function sawtooth(n: number, apart: number): number[][] {
  const pts: number[][] = [];
  for (let i = 0; i < n - 2; i++) pts.push([100.001 + 0.0002 * (i % 2), 30 + apart * i]);
  pts.push([100.0005, 30 + apart * (n - 3)], [100.0005, 30], pts[0]);
  return pts;
}

describe('grid geometry limits on save', () => {
  it('stores only the shape: extra members and altitudes are left behind, for everyone who reads it', async () => {
    const { app, store } = await tinyApp();
    const planner = await loginAs(app, 'planner');
    const g1 = rect(100, 30, 100.005, 30.01);
    const smuggled = { ...g1, coordinates: [g1.coordinates[0].map(([x, y]) => [x, y, 1500])], note: 'x'.repeat(200_000), bbox: [0, 0, 1, 1], crs: { type: 'name' } };
    const res = await put(app, planner, 'G1', { version: 1, geometry: smuggled });
    expect(res.status).toBe(200);
    const stored = JSON.parse((await sqlRow<{ geometry: string }>(store, "select geometry from grids where id = 'G1'"))!.geometry);
    expect(stored).toEqual({ type: 'Polygon', coordinates: g1.coordinates });
    const served = (await (await app.request('/api/grids')).json()) as GridsResponse;
    expect(served.features.find((f) => f.id === 'G1')!.geometry).toEqual({ type: 'Polygon', coordinates: g1.coordinates });
    const kept = await sqlRow<{ n: number }>(
      store,
      "select (select count(*) from audit_events where cast(after as text) like '%xxxxxxxxxx%' or cast(after as text) like '%1500%') + (select count(*) from grid_versions where geometry like '%xxxxxxxxxx%') n",
    );
    expect(Number(kept!.n)).toBe(0);
    expect(Number((await sqlRow<{ n: number }>(store, "select count(*) n from audit_events where entity = 'grid' and entity_id = 'G1'"))!.n)).toBe(1);
  });

  it('refuses a grid over the vertex cap, one with teeth packed too closely, and a body over the save limit — writing nothing', async () => {
    const { app, store } = await tinyApp();
    const planner = await loginAs(app, 'planner');
    const big = await put(app, planner, 'G1', { version: 1, geometry: { type: 'Polygon', coordinates: [sawtooth(MAX_GRID_VERTICES + 1, 1e-5)] } });
    expect(big.status).toBe(400);
    expect(await big.json()).toEqual({
      error: {
        code: 'too_many_vertices',
        message: `grid G1 has ${MAX_GRID_VERTICES + 1} vertices; a grid may have at most ${MAX_GRID_VERTICES} (simplify its boundary or split it)`,
        details: { grid: 'G1', vertices: MAX_GRID_VERTICES + 1, max: MAX_GRID_VERTICES },
      },
    });

    const dense = await put(app, planner, 'G1', { version: 1, geometry: { type: 'Polygon', coordinates: [sawtooth(5_000, 5e-7)] } });
    expect(dense.status).toBe(400);
    const denseError = await errorOf(dense);
    expect(denseError.code).toBe('too_dense');
    expect(denseError.message).toMatch(/^grid G1: its edges are packed too closely/);

    const huge = await put(app, planner, 'G1', `{"version":1,"geometry":{"type":"Polygon","coordinates":[]},"pad":"${'x'.repeat(MAX_SAVE_BODY_BYTES)}"}`);
    expect(huge.status).toBe(413);
    expect((await errorOf(huge)).code).toBe('too_large');

    expect(await sqlRow(store, "select version from grids where id = 'G1'")).toEqual({ version: 1 });
  });

  it('refuses a save whose grids together pass the per-save cap, naming the total', async () => {
    const { app, store } = await tinyApp();
    const planner = await loginAs(app, 'planner');
    const shape = (lon: number) => ({ type: 'Polygon', coordinates: [sawtooth(18_000, 1e-5).map(([x, y]) => [Number((x - 100.001 + lon).toFixed(5)), Number(y.toFixed(5))])] });
    const res = await batch(app, planner, {
      update: [
        { id: 'G1', version: 1, geometry: shape(100.001) },
        { id: 'G2', version: 1, geometry: shape(100.006) },
        { id: 'G3', version: 1, geometry: shape(100.012) },
      ],
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      error: { code: 'too_many_vertices', message: 'this save has 54000 vertices in 3 grids; one save may have at most 50000 (save fewer grids at a time)', details: { vertices: 54000, max: 50000, grids: 3 } },
    });
    expect(await sqlRow(store, 'select sum(version) v from grids')).toEqual({ v: 3 });
  });

  it('refuses a body far over the cap while reading it, before it is parsed', async () => {
    const { app, store } = await tinyApp();
    const planner = await loginAs(app, 'planner');
    // 50,000 positions and then no valid JSON: a server that parsed first would call it bad JSON
    const positions = Array.from({ length: 50_000 }, (_, i) => `[${100 + (i % 7) / 1e4},${30 + (i % 11) / 1e4}]`).join(',');
    const one = await put(app, planner, 'G1', `{"version":1,"geometry":{"type":"Polygon","coordinates":[[${positions}`);
    expect(one.status).toBe(400);
    expect(await one.json()).toEqual({
      error: {
        code: 'too_many_vertices',
        message: `this save has more than ${MAX_GRID_VERTICES} vertices, the most a grid may have (simplify the boundary, split the grid or save fewer grids at a time)`,
        details: { max: MAX_GRID_VERTICES, body: true },
      },
    });
    const many = await app.request('/api/grids/batch', {
      method: 'POST',
      headers: { cookie: planner, 'content-type': 'application/json' },
      body: `{"update":[{"id":"G1","version":1,"geometry":{"type":"Polygon","coordinates":[[${'[1,2],'.repeat(160_000)}`,
    });
    expect(many.status).toBe(400);
    expect((await errorOf(many)).details).toEqual({ max: MAX_SAVE_VERTICES, body: true });
    expect(await sqlRow(store, 'select sum(version) v from grids')).toEqual({ v: 3 });
  });
});
