import { describe, expect, it } from 'vitest';
import type { GridsResponse, StatusResponse } from '@wangge/geodata';
import type { CoverageResponse } from '@wangge/geodata';
import { errorOf, loginAs, rect, sqlRow, tinyApp } from '../test/fixture.ts';

type App = Awaited<ReturnType<typeof tinyApp>>['app'];

function send(app: App, cookie: string, path: string, body: unknown) {
  return app.request(path, { method: 'POST', headers: { cookie, 'content-type': 'application/json' }, body: JSON.stringify(body) });
}
const get = async <T>(app: App, path: string, cookie?: string) => (await (await app.request(path, cookie ? { headers: { cookie } } : {})).json()) as T;

describe('POST /api/grids/batch', () => {
  it('splits a grid in one save: the coverage stays whole and the new grid reports from next week', async () => {
    const { app } = await tinyApp();
    const planner = await loginAs(app, 'planner');
    const res = await send(app, planner, '/api/grids/batch', {
      update: [{ id: 'G1', version: 1, geometry: rect(100, 30, 100.0025, 30.01) }],
      create: [{ id: 'G4', code: '999999001001003', name: '甲社区第3网格', communityId: 'C1', areaId: 'A1', unitIds: ['U2'], geometry: rect(100.0025, 30, 100.005, 30.01) }],
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { coverage: { gapCount: number; overlapCount: number } };
    expect(body.coverage).toMatchObject({ gapCount: 0, overlapCount: 0 });
    const grids = await get<GridsResponse>(app, '/api/grids');
    expect(grids.features.map((f) => [f.properties.id, f.properties.version])).toEqual([['G1', 2], ['G2', 1], ['G4', 1], ['G3', 1]]);
    expect((await get<CoverageResponse>(app, '/api/coverage')).ok).toBe(true);
    // saved on Wednesday 2026-11-25: the running week (2026-11-20) keeps its three grids, G1 in its old shape
    const running = await get<StatusResponse>(app, '/api/status?week=2026-11-20');
    expect(running.grids.map((g) => g.gridId)).toEqual(['G1', 'G2', 'G3']);
    const old = await get<GridsResponse>(app, '/api/grids?week=2026-11-20');
    expect(old.features.find((f) => f.id === 'G1')).toMatchObject({ geometry: rect(100, 30, 100.005, 30.01), properties: { version: 1 } });
    const next = await get<StatusResponse>(app, '/api/status?week=2026-11-27');
    expect(next.grids.find((g) => g.gridId === 'G4')?.units.map((u) => u.unitId)).toEqual(['U2']);
    expect((await get<GridsResponse>(app, '/api/grids?week=2026-11-27')).features.find((f) => f.id === 'G1')?.properties.version).toBe(2);
  });

  it('puts a save in force in the running week when the planner says so', async () => {
    const { app } = await tinyApp();
    const planner = await loginAs(app, 'planner');
    const res = await send(app, planner, '/api/grids/batch', {
      update: [{ id: 'G1', version: 1, geometry: rect(100, 30, 100.0025, 30.01) }],
      create: [{ id: 'G4', code: '999999001001003', name: '甲社区第3网格', communityId: 'C1', areaId: 'A1', unitIds: ['U2'], geometry: rect(100.0025, 30, 100.005, 30.01) }],
      effective: 'this_week',
    });
    expect(((await res.json()) as { effectiveWeek: string }).effectiveWeek).toBe('2026-11-20');
    const running = await get<StatusResponse>(app, '/api/status?week=2026-11-20');
    expect(running.grids.map((g) => g.gridId)).toEqual(['G1', 'G2', 'G4', 'G3']);
    // the week before is closed and keeps its layout whatever the planner says
    expect((await get<StatusResponse>(app, '/api/status?week=2026-11-13')).grids.map((g) => g.gridId)).toEqual(['G1', 'G2', 'G3']);
    expect((await send(app, planner, '/api/grids/batch', { update: [{ id: 'G2', version: 1, name: 'x' }], effective: 'yesterday' })).status).toBe(400);
  });

  it('merges two grids by retiring one; history stays and the code can be reused', async () => {
    const { app } = await tinyApp();
    const planner = await loginAs(app, 'planner');
    const res = await send(app, planner, '/api/grids/batch', { update: [{ id: 'G1', version: 1, geometry: rect(100, 30, 100.01, 30.01) }], retire: [{ id: 'G2', version: 1 }] });
    expect(res.status).toBe(200);
    expect((await get<GridsResponse>(app, '/api/grids')).features.map((f) => f.properties.id)).toEqual(['G1', 'G3']);
    expect((await get<CoverageResponse>(app, '/api/coverage')).ok).toBe(true);
    const locate = await get<{ grid: { id: string } }>(app, '/api/locate?lon=100.007&lat=30.005');
    expect(locate.grid.id).toBe('G1');
    const reuse = await send(app, planner, '/api/grids/batch', { update: [{ id: 'G1', version: 2, code: '999999001001002' }] });
    expect(reuse.status).toBe(200);
  });

  it('refuses the whole save when any part is wrong, writing nothing', async () => {
    const { app, store } = await tinyApp();
    const planner = await loginAs(app, 'planner');
    const cases: [unknown, number, string][] = [
      [{ update: [{ id: 'G1', version: 1, code: '999999001001002' }] }, 409, 'already used by grid G2'],
      [{ update: [{ id: 'G1', version: 1, code: '12345' }] }, 400, 'must be 15 digits'],
      [{ update: [{ id: 'G1', version: 1, code: '999999002001009' }] }, 400, "does not start with its community's code"],
      [{ update: [{ id: 'G1', version: 1, unitIds: ['U9'] }] }, 404, 'unit "U9" does not exist'],
      [{ update: [{ id: 'G1', version: 1 }], retire: [{ id: 'G1', version: 1 }] }, 400, 'appears twice'],
      [{ update: [{ id: 'G1', version: 3 }] }, 409, 'based on 3'],
      [{ retire: [{ id: 'G2', version: 1 }] }, 422, 'gap(s)'],
      [{ create: [{ code: '999999001001003', name: 'x', communityId: 'C1', areaId: 'A1', geometry: rect(100, 30, 100.001, 30.001) }] }, 400, 'needs unitIds'],
      [{}, 400, 'no changes'],
      [{ update: 'G1' }, 400, 'must be a list'],
    ];
    for (const [body, status, message] of cases) {
      const res = await send(app, planner, '/api/grids/batch', body);
      expect(res.status, JSON.stringify(body)).toBe(status);
      expect((await errorOf(res)).message).toContain(message);
    }
    expect(await sqlRow(store, 'select count(*) n, sum(version) v from grids')).toEqual({ n: 3, v: 3 });
  });
});

describe('grid history and restore', () => {
  it('records each save and restores an older shape as a new change', async () => {
    const { app } = await tinyApp();
    const planner = await loginAs(app, 'planner');
    const original = rect(100.005, 30, 100.01, 30.01);
    const moved = { type: 'Polygon', coordinates: [[[100.005, 30], [100.01, 30], [100.01, 30.01], [100.0075, 30.011], [100.005, 30.01], [100.005, 30]]] };
    expect((await send(app, planner, '/api/grids/batch', { update: [{ id: 'G2', version: 1, geometry: moved }], confirmWorse: true })).status).toBe(200);
    const history = await get<{ id: number; action: string; before: { geometry: unknown } }[]>(app, '/api/grids/G2/history', planner);
    expect(history.map((h) => h.action)).toEqual(['update']);
    expect(history[0].before.geometry).toEqual(original);
    const restored = await send(app, planner, '/api/grids/G2/restore', { toVersion: 1, version: 2 });
    expect(restored.status).toBe(200);
    const back = (await restored.json()) as { geometry: unknown; properties: { version: number } };
    expect(back.geometry).toEqual(original);
    expect(back.properties.version).toBe(3);
    expect((await get<unknown[]>(app, '/api/grids/G2/history', planner)).length).toBe(2);
    expect((await send(app, planner, '/api/grids/G2/restore', { toVersion: 9, version: 3 })).status).toBe(404);
    expect((await send(app, planner, '/api/grids/G2/restore', { toVersion: 2, version: 2 })).status).toBe(409);
  });
});
