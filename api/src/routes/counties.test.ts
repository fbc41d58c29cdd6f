import { describe, expect, it } from 'vitest';
import { ROUTE_GUARDS, type AccountInfo, type CountiesResponse, type GridsResponse } from '@wangge/geodata';
import { errorOf, loginAs } from '../test/fixture.ts';
import { twoCountyApp } from '../test/two-counties.ts';

const json = (cookie: string, body: unknown, method = 'POST') => ({ method, headers: { cookie, 'content-type': 'application/json' }, body: JSON.stringify(body) });
const gridIds = (body: GridsResponse) => body.features.map((f) => f.properties.id);

describe('counties', () => {
  it('lists the counties with code, name, extent and grids in force', async () => {
    const { app } = await twoCountyApp();
    const body = (await (await app.request('/api/counties')).json()) as CountiesResponse;
    expect(body.map(({ bbox: _bbox, ...c }) => c)).toEqual([
      { id: '999998', code: '999998', name: '测试二县', synthetic: false, grids: 3 },
      { id: '999999', code: '999999', name: '测试县', synthetic: false, grids: 3 },
    ]);
    // the twin lies 0.1° east of the tiny county's [100, 30, 100.02, 30.01]
    const boxes = [[100.1, 30, 100.12, 30.01], [100, 30, 100.02, 30.01]];
    body.forEach((c, i) => c.bbox.forEach((v, j) => expect(v).toBeCloseTo(boxes[i][j], 9)));
  });

  it('asks which county when there are several and none is given, naming the choices', async () => {
    const { app } = await twoCountyApp();
    const res = await app.request('/api/grids');
    expect(res.status).toBe(400);
    const error = await errorOf(res);
    expect(error.code).toBe('county_required');
    expect((error as { details?: unknown }).details).toEqual({
      choices: [
        { id: '999998', code: '999998', name: '测试二县' },
        { id: '999999', code: '999999', name: '测试县' },
      ],
    });
    const unknown = await app.request('/api/grids?county=123456');
    expect(unknown.status).toBe(400);
    expect((await errorOf(unknown)).code).toBe('unknown_county');
  });

  it('answers each county its own grids, units, communities and status, by id or by code', async () => {
    const { app } = await twoCountyApp();
    expect(gridIds((await (await app.request('/api/grids?county=999998')).json()) as GridsResponse)).toEqual(['B-G1', 'B-G2', 'B-G3']);
    expect(gridIds((await (await app.request('/api/grids?county=999999')).json()) as GridsResponse)).toEqual(['G1', 'G2', 'G3']);
    const units = (await (await app.request('/api/units?county=999998')).json()) as { id: string }[];
    expect(units.map((u) => u.id).sort()).toEqual(['B-U1', 'B-U2', 'B-U3']);
    const communities = (await (await app.request('/api/communities?county=999999')).json()) as GridsResponse;
    expect(communities.features.map((f) => f.id)).toEqual(['C1', 'C2']);
    const status = (await (await app.request('/api/status?county=999998&week=2026-11-20')).json()) as { grids: { gridId: string }[] };
    expect(status.grids.map((g) => g.gridId)).toEqual(['B-G1', 'B-G2', 'B-G3']);
    const problems = (await (await app.request('/api/problems?county=999998')).json()) as GridsResponse;
    expect(problems.features.map((f) => f.id)).toEqual(['B-PR1']);
  });

  it('defaults an account bound to a county to its own, and refuses it another', async () => {
    const { app } = await twoCountyApp();
    const cookie = await loginAs(app, 'b-planner');
    expect(gridIds((await (await app.request('/api/grids', { headers: { cookie } })).json()) as GridsResponse)).toEqual(['B-G1', 'B-G2', 'B-G3']);
    const other = await app.request('/api/grids?county=999999', { headers: { cookie } });
    expect(other.status).toBe(403);
    expect((await errorOf(other)).code).toBe('other_county');
    // a city-wide leader reads any county
    const leader = await loginAs(app, 'leader');
    expect((await app.request('/api/grids?county=999998', { headers: { cookie: leader } })).status).toBe(200);
  });

  it("gives a county's accounts 403 on every write route aimed at another county's things", async () => {
    const { app } = await twoCountyApp();
    const planner = await loginAs(app, 'planner');
    const reporter = await loginAs(app, 'reporter-u1');
    const bAdmin = await loginAs(app, 'b-admin');
    const grid = { type: 'Polygon', coordinates: [[[100.1, 30], [100.105, 30], [100.105, 30.01], [100.1, 30.01], [100.1, 30]]] };
    // the first county's group robot, made by its city-wide admin
    const admin = await loginAs(app, 'admin');
    const robot = await app.request('/api/webhooks?county=999999', json(admin, { url: 'http://127.0.0.1:9/hook', kind: 'json' }));
    expect(robot.status).toBe(201);
    const { id: hook } = (await robot.json()) as { id: string };
    // and its wall display token
    const wallToken = await app.request('/api/display-tokens?county=999999', json(admin, { name: '一县大屏' }));
    expect(wallToken.status).toBe(201);
    const { id: tokenId } = (await wallToken.json()) as { id: string };
    // each write route, as an account of one county, at the other county's thing
    const point = await app.request('/api/assessment/points?county=999999', json(admin, { kind: 'market', name: '一县市场', geometry: { type: 'Point', coordinates: [100.002, 30.002] } }));
    expect(point.status).toBe(201);
    const { id: pointId } = (await point.json()) as { id: string };
    const upload = () => {
      const form = new FormData();
      form.append('file', new File(['名称\n水务局\n'], 'units.csv', { type: 'text/csv' }));
      return form;
    };
    const cases: Record<string, () => Response | Promise<Response>> = {
      'PUT /api/grids/:id/people': () => app.request('/api/grids/B-G1/people', json(planner, { from: '2026-11-23', manager: { name: '王某', phone: '13800000000' }, supervisors: [] }, 'PUT')),
      'PUT /api/grids/:id': () => app.request('/api/grids/B-G1', json(planner, { version: 1, geometry: grid }, 'PUT')),
      'POST /api/grids/batch': () => app.request('/api/grids/batch', json(planner, { update: [{ id: 'B-G1', version: 1, geometry: grid }] })),
      'POST /api/grids/:id/restore': () => app.request('/api/grids/B-G1/restore', json(planner, { version: 1, toVersion: 1 })),
      'POST /api/problems': () => app.request('/api/problems', json(reporter, { lon: 100.102, lat: 30.002, category: '环境卫生', description: '垃圾' })),
      'PATCH /api/problems/:id': () => app.request('/api/problems/B-PR1', json(planner, { note: '看过了' }, 'PATCH')),
      'POST /api/problems/:id/photos': () => {
        const form = new FormData();
        form.append('photo', new File([new Uint8Array([0xff, 0xd8, 0xff, 0xd9])], 'a.jpg', { type: 'image/jpeg' }));
        return app.request('/api/problems/B-PR1/photos', { method: 'POST', headers: { cookie: planner }, body: form });
      },
      'PUT /api/problem-deadlines': () => app.request('/api/problem-deadlines?county=999999', json(bAdmin, { 环境卫生: 12 }, 'PUT')),
      'POST /api/reports': () => app.request('/api/reports', json(reporter, { gridId: 'B-G1', week: '2026-11-20' })),
      'PUT /api/report-requirements': () => app.request('/api/report-requirements?county=999999', json(bAdmin, { minPhotos: 0 }, 'PUT')),
      'PUT /api/close-grace-hours': () => app.request('/api/close-grace-hours?county=999999', json(bAdmin, { hours: 1 }, 'PUT')),
      'POST /api/exempt-weeks': () => app.request('/api/exempt-weeks', json(bAdmin, { week: '2026-11-20', reason: '国庆' })),
      'DELETE /api/exempt-weeks/:week': () => app.request('/api/exempt-weeks/2026-11-20', { method: 'DELETE', headers: { cookie: bAdmin } }),
      'POST /api/users': () => app.request('/api/users', json(bAdmin, { username: 'x-planner', displayName: '某人', role: 'planner', countyId: '999999' })),
      'PATCH /api/users/:id': () => app.request('/api/users/planner', json(bAdmin, { displayName: '改名' }, 'PATCH')),
      'POST /api/users/:id/reset-password': () => app.request('/api/users/planner/reset-password', { method: 'POST', headers: { cookie: bAdmin } }),
      'POST /api/webhooks': () => app.request('/api/webhooks', json(bAdmin, { url: 'http://127.0.0.1:9/b', kind: 'json', unitId: 'U1' })),
      'DELETE /api/webhooks/:id': () => app.request(`/api/webhooks/${hook}`, { method: 'DELETE', headers: { cookie: bAdmin } }),
      'POST /api/webhooks/:id/test': () => app.request(`/api/webhooks/${hook}/test`, { method: 'POST', headers: { cookie: bAdmin } }),
      'POST /api/reminders': () => app.request('/api/reminders?county=999999', json(bAdmin, { week: '2026-11-20' })),
      'PUT /api/bulletins/:week/comment': () => app.request('/api/bulletins/2026-11-20/comment?county=999999', json(bAdmin, { comment: '好' }, 'PUT')),
      'PUT /api/score-weights': () => app.request('/api/score-weights?county=999999', json(bAdmin, {}, 'PUT')),
      'POST /api/display-tokens': () => app.request('/api/display-tokens?county=999999', json(bAdmin, { name: '二县大屏' })),
      'DELETE /api/display-tokens/:id': () => app.request(`/api/display-tokens/${tokenId}`, { method: 'DELETE', headers: { cookie: bAdmin } }),
      // a 点位 in the first county, added from the second
      'POST /api/assessment/points': () => app.request('/api/assessment/points', json(bAdmin, { kind: 'market', name: '市场', geometry: { type: 'Point', coordinates: [100.002, 30.002] } })),
      'PUT /api/assessment/points/:id': () => app.request(`/api/assessment/points/${pointId}`, json(bAdmin, { kind: 'market', name: '改名', geometry: { type: 'Point', coordinates: [100.002, 30.002] } }, 'PUT')),
      'DELETE /api/assessment/points/:id': () => app.request(`/api/assessment/points/${pointId}`, { method: 'DELETE', headers: { cookie: bAdmin } }),
      'POST /api/units/import': () => app.request('/api/units/import?county=999999&dryRun=1', { method: 'POST', headers: { cookie: bAdmin }, body: upload() }),
      'POST /api/rosters/import': () => app.request('/api/rosters/import?county=999999&dryRun=1', { method: 'POST', headers: { cookie: bAdmin }, body: upload() }),
      'POST /api/assessment/points/import': () => app.request('/api/assessment/points/import?county=999999', json(bAdmin, { type: 'FeatureCollection', features: [] })),
      'PUT /api/assessment/checklists/:kind': () => app.request('/api/assessment/checklists/market?county=999999', json(bAdmin, { items: [{ text: '整洁', weight: 1 }] }, 'PUT')),
      'POST /api/assessment/rounds': () => app.request('/api/assessment/rounds?county=999999', json(bAdmin, { name: '一轮', from: '2026-11-23', to: '2026-11-27', perCommunity: 1, seed: 1 })),
      'POST /api/assessment/rounds/:id/results': async () => app.request('/api/assessment/rounds/AR1/results?county=999999', json(await loginAs(app, 'b-inspector'), { pointId: 'P1', items: [{ itemId: 'market-1', result: 'pass' }] })),
      'PUT /api/areas/:id/leader': () => app.request('/api/areas/B-A1/leader', json(planner, { from: '2026-11-23', name: '王某', title: '副县长', phone: '13800000000' }, 'PUT')),
      'POST /api/units': () => app.request('/api/units?county=999999', json(bAdmin, { name: '水务局', contactName: '某人', contactPhone: '13800000009' })),
      'PATCH /api/units/:id': () => app.request('/api/units/U1', json(bAdmin, { contactName: '改名' }, 'PATCH')),
      'POST /api/units/:id/merge': () => app.request('/api/units/U1/merge', json(bAdmin, { into: 'U2' })),
      'PUT /api/units/:id/grids': () => app.request('/api/units/U1/grids', json(bAdmin, { grids: [{ gridId: 'G1', lead: true }] }, 'PUT')),
    };
    // sessions, one's own password and one's own notifications belong to no county
    const countyless = ['POST /api/auth/login', 'POST /api/auth/logout', 'POST /api/auth/password', 'POST /api/notifications/read'];
    const writes = Object.keys(ROUTE_GUARDS).filter((r) => !r.startsWith('GET ') && !countyless.includes(r));
    expect(Object.keys(cases).sort()).toEqual(writes.sort());
    for (const [route, send] of Object.entries(cases)) {
      const res = await send();
      expect([route, res.status]).toEqual([route, 403]);
      expect([route, (await errorOf(res)).code]).toContainEqual(expect.stringMatching(/^(other_county|city_wide_only)$/));
    }
  });

  it("lets a county's admin manage only its accounts, and only a city-wide admin make city-wide ones", async () => {
    const { app } = await twoCountyApp();
    const bAdmin = await loginAs(app, 'b-admin');
    const listed = (await (await app.request('/api/users', { headers: { cookie: bAdmin } })).json()) as AccountInfo[];
    expect(new Set(listed.map((u) => u.countyId))).toEqual(new Set(['999998']));
    const made = await app.request('/api/users', json(bAdmin, { username: 'b-clerk', displayName: '二县督查', role: 'inspector' }));
    expect(made.status).toBe(201);
    expect(((await made.json()) as { user: AccountInfo }).user.countyId).toBe('999998');
    const cityWide = await app.request('/api/users', json(bAdmin, { username: 'c-leader', displayName: '市领导', role: 'leader', countyId: null }));
    expect(cityWide.status).toBe(403);
    const admin = await loginAs(app, 'admin');
    const byCity = await app.request('/api/users', json(admin, { username: 'c-leader', displayName: '市领导', role: 'leader', countyId: null }));
    expect(byCity.status).toBe(201);
    expect(((await byCity.json()) as { user: AccountInfo }).user.countyId).toBeNull();
    const wrongUnit = await app.request('/api/users', json(admin, { username: 'r-x', displayName: '填报', role: 'reporter', unitId: 'U1', countyId: '999998' }));
    expect(wrongUnit.status).toBe(400);
  });
});
