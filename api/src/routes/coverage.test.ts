import { describe, expect, it } from 'vitest';
import type { CoverageResponse } from '@wangge/geodata';
import { errorOf, loginAs, rect, sqlExec, sqlRow, tinyApp } from '../test/fixture.ts';

/** Exact area of a lon/lat rectangle on the WGS84 ellipsoid (authalic latitude), m². */
function ellipsoidRectArea(w: number, s: number, e: number, n: number): number {
  const a = 6378137;
  const f = 1 / 298.257223563;
  const e2 = f * (2 - f);
  const ecc = Math.sqrt(e2);
  const rad = Math.PI / 180;
  const q = (phi: number) => {
    const sin = Math.sin(phi * rad);
    return (1 - e2) * (sin / (1 - e2 * sin * sin) - (1 / (2 * ecc)) * Math.log((1 - ecc * sin) / (1 + ecc * sin)));
  };
  return ((a * a) / 2) * (e - w) * rad * (q(n) - q(s));
}

type App = Awaited<ReturnType<typeof tinyApp>>['app'];

async function coverage(app: App) {
  return (await (await app.request('/api/coverage')).json()) as CoverageResponse;
}

function put(app: App, cookie: string, id: string, body: unknown) {
  return app.request(`/api/grids/${id}`, { method: 'PUT', headers: { cookie, 'content-type': 'application/json' }, body: JSON.stringify(body) });
}

describe('GET /api/coverage', () => {
  it('finds the tiny county fully covered with every grid staffed', async () => {
    const body = await coverage((await tinyApp()).app);
    expect(body.ok).toBe(true);
    expect(body.summary).toMatchObject({ grids: 3, boundaries: 2, coveredPct: 100, gapCount: 0, overlapCount: 0, outsideCount: 0, invalidCount: 0 });
    expect(body.responsibility.ok).toBe(true);
  });

  it('reports a missing manager, too few supervisors and a grid no unit holds', async () => {
    const { store, app } = await tinyApp();
    await sqlExec(store, "delete from people where grid_id = 'G2'");
    await sqlExec(store, 'delete from grid_units');
    const body = await coverage(app);
    expect(body.responsibility.ok).toBe(false);
    const g2 = body.responsibility.grids.find((g) => g.gridId === 'G2')!;
    expect(g2.issues).toEqual(['no_unit', 'no_manager', 'too_few_supervisors']);
  });
});

describe('PUT /api/grids/:id', () => {
  it('refuses an edit that opens a gap, names its area, and saves it when confirmed', async () => {
    const { app } = await tinyApp();
    const planner = await loginAs(app, 'planner');
    // G2's east edge pulled in from 100.010 to 100.009 leaves a 0.001° × 0.01° gap in 甲社区
    const geometry = rect(100.005, 30, 100.009, 30.01);
    const refused = await put(app, planner, 'G2', { geometry, version: 1 });
    expect(refused.status).toBe(422);
    expect((await errorOf(refused)).code).toBe('coverage_worse');
    expect((await coverage(app)).ok).toBe(true);
    const saved = await put(app, planner, 'G2', { geometry, version: 1, confirmWorse: true });
    expect(saved.status).toBe(200);
    expect(((await saved.json()) as { properties: { version: number } }).properties.version).toBe(2);
    const body = await coverage(app);
    expect(body.summary.gapCount).toBe(1);
    expect(body.gaps[0].boundary).toBe('C1');
    const expected = ellipsoidRectArea(100.009, 30, 100.01, 30.01);
    expect(Math.abs(body.gaps[0].areaM2 - expected) / expected).toBeLessThan(0.002);
  });

  it('answers 409 to a save based on an old version', async () => {
    const { app } = await tinyApp();
    const planner = await loginAs(app, 'planner');
    const same = rect(100.005, 30, 100.01, 30.01);
    expect((await put(app, planner, 'G2', { geometry: same, version: 1 })).status).toBe(200);
    const stale = await put(app, planner, 'G2', { geometry: same, version: 1 });
    expect(stale.status).toBe(409);
    expect((await errorOf(stale)).message).toContain('version 2, your edit is based on 1');
  });

  it('refuses broken geometry, unknown grids and other roles, changing nothing', async () => {
    const { app, store } = await tinyApp();
    const planner = await loginAs(app, 'planner');
    const bowtie = { type: 'Polygon', coordinates: [[[100.005, 30], [100.01, 30.01], [100.01, 30], [100.005, 30.01], [100.005, 30]]] };
    const bad = await put(app, planner, 'G2', { geometry: bowtie, version: 1 });
    expect(bad.status).toBe(400);
    expect((await errorOf(bad)).message).toContain('self-intersection');
    expect((await errorOf(await put(app, planner, 'G2', { geometry: { type: 'Point', coordinates: [100, 30] }, version: 1 }))).message).toContain('must be a GeoJSON Polygon');
    expect((await put(app, planner, 'NOPE', { geometry: rect(0, 0, 1, 1), version: 1 })).status).toBe(404);
    expect((await put(app, planner, 'G2', { geometry: rect(100.005, 30, 100.01, 30.01), version: '1' })).status).toBe(400);
    expect((await put(app, await loginAs(app, 'leader'), 'G2', { geometry: rect(100.005, 30, 100.01, 30.01), version: 1 })).status).toBe(403);
    expect(await sqlRow(store, "select version from grids where id = 'G2'")).toEqual({ version: 1 });
    expect(await sqlRow(store, "select count(*) n from audit_events where entity = 'grid'")).toEqual({ n: 0 });
  });
});
