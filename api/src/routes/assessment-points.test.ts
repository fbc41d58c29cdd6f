import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { zipSync } from 'fflate';
import { wgs84ToGcj02, type AssessmentImportResponse, type AssessmentPointsResponse, type Checklist, type ChecklistsResponse } from '@wangge/geodata';
import { errorOf, loginAs, sqlRow, tinyApp } from '../test/fixture.ts';
import { MARKET_ITEMS, POINTS, prepareAssessment } from '../test/assessment.ts';
import { sendJson } from '../test/problem-steps.ts';

const count = async (store: Awaited<ReturnType<typeof tinyApp>>['store'], table: string) => Number((await sqlRow<{ n: number | string }>(store, `select count(*) as n from ${table}`))?.n);

async function xlsx(rows: unknown[][]): Promise<Blob> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('点位');
  for (const r of rows) sheet.addRow(r);
  return new Blob([(await book.xlsx.writeBuffer()) as ArrayBuffer]);
}

describe('测评点位', () => {
  it('places each point in its grid, community and street office, and flags one outside every grid', async () => {
    const { app, store } = await tinyApp();
    const admin = await loginAs(app, 'admin');
    const ids = await prepareAssessment(app, store, admin);
    const leader = await loginAs(app, 'leader');
    const body = (await (await app.request('/api/assessment/points', { headers: { cookie: leader } })).json()) as AssessmentPointsResponse;
    const byName = Object.fromEntries(body.features.map((f) => [f.properties.name, f.properties]));
    expect(byName['甲市场']).toMatchObject({ kind: 'market', gridId: 'G1', gridCode: '999999001001001', communityId: 'C1', streetOfficeId: 'S1', zoneId: null, flagged: false, example: false });
    // the square's middle (100.0075, 30.0075) is in G2, clear of the market zone Z1 ([100.004, 100.006]²)
    expect(byName['乙市场']).toMatchObject({ gridId: 'G2', communityId: 'C1', flagged: false });
    expect(body.features.find((f) => f.properties.name === '乙市场')!.geometry).toEqual(POINTS.M2.geometry);
    expect(byName['丁市场']).toMatchObject({ gridId: null, gridCode: null, communityId: 'C3', streetOfficeId: 'S2', flagged: true });
    // a grid's points
    const g1 = (await (await app.request('/api/assessment/points?grid=G1', { headers: { cookie: leader } })).json()) as AssessmentPointsResponse;
    expect(g1.features.map((f) => f.id).sort()).toEqual([ids.M1, ids.R1].sort());
    // a point in the market zone names it
    const zoned = await sendJson(app, 'POST', '/api/assessment/points', admin, { kind: 'market', name: '市场门口', geometry: { type: 'Point', coordinates: [100.005, 30.005] } });
    expect(((await zoned.json()) as { properties: { zoneId: string } }).properties.zoneId).toBe('Z1');
  });

  it('refuses a point outside the county, and lets only staff read and only admins and planners add', async () => {
    const { app, store } = await tinyApp();
    const planner = await loginAs(app, 'planner');
    const outside = await sendJson(app, 'POST', '/api/assessment/points', planner, { kind: 'hotel', name: '远处宾馆', geometry: { type: 'Point', coordinates: [30.005, 100.005 - 70] } });
    expect(outside.status).toBe(422);
    expect((await errorOf(outside)).code).toBe('outside_county');
    expect(await count(store, 'assessment_points')).toBe(0);
    const inspector = await loginAs(app, 'inspector');
    expect((await sendJson(app, 'POST', '/api/assessment/points', inspector, POINTS.M1)).status).toBe(403);
    expect((await sendJson(app, 'POST', '/api/assessment/points', planner, POINTS.M1)).status).toBe(201);
    const reporter = await loginAs(app, 'reporter-u1');
    expect((await app.request('/api/assessment/points', { headers: { cookie: reporter } })).status).toBe(403);
    expect((await app.request('/api/assessment/points')).status).toBe(401);
  });

  it('moves and renames a point, placing it again; refuses a move out of the county, changing nothing; audits both', async () => {
    const { app, store } = await tinyApp();
    const admin = await loginAs(app, 'admin');
    const ids = await prepareAssessment(app, store, admin);
    // to (100.0075, 30.0075): G2, where 乙市场 lies
    const moved = await sendJson(app, 'PUT', `/api/assessment/points/${ids.M1}`, admin, { kind: 'hotel', name: '甲宾馆', geometry: { type: 'Point', coordinates: [100.0075, 30.0075] } });
    expect(moved.status).toBe(200);
    expect(((await moved.json()) as { properties: object }).properties).toMatchObject({ id: ids.M1, kind: 'hotel', name: '甲宾馆', gridId: 'G2', communityId: 'C1', flagged: false });
    const away = await sendJson(app, 'PUT', `/api/assessment/points/${ids.M1}`, admin, { kind: 'hotel', name: '甲宾馆', geometry: { type: 'Point', coordinates: [30.0075, 100.0075 - 70] } });
    expect((await errorOf(away)).code).toBe('outside_county');
    expect(await sqlRow(store, `select name, grid_id from assessment_points where id = '${ids.M1}'`)).toEqual({ name: '甲宾馆', grid_id: 'G2' });
    // one edit recorded, the refused move none
    expect(Number((await sqlRow<{ n: number | string }>(store, `select count(*) as n from audit_events where entity = 'assessment_point' and entity_id = '${ids.M1}' and action = 'edit'`))?.n)).toBe(1);
  });

  it('removes a point no round sampled; keeps a sampled one as its round’s record; only admins and planners', async () => {
    const { app, store } = await tinyApp();
    const admin = await loginAs(app, 'admin');
    const ids = await prepareAssessment(app, store, admin);
    const inspector = await loginAs(app, 'inspector');
    expect((await app.request(`/api/assessment/points/${ids.M3}`, { method: 'DELETE', headers: { cookie: inspector } })).status).toBe(403);
    const removed = await app.request(`/api/assessment/points/${ids.M3}`, { method: 'DELETE', headers: { cookie: admin } });
    expect([removed.status, await removed.json()]).toEqual([200, { deleted: ids.M3 }]);
    expect(await count(store, 'assessment_points')).toBe(Object.keys(POINTS).length - 1);
    expect((await app.request(`/api/assessment/points/${ids.M3}`, { method: 'DELETE', headers: { cookie: admin } })).status).toBe(404);
    const round = (await (await sendJson(app, 'POST', '/api/assessment/rounds', admin, { name: '一轮', from: '2026-11-30', to: '2026-12-04', kinds: ['market'], perCommunity: 5, seed: 7 })).json()) as { id: string; sample: { pointId: string }[] };
    expect(round.sample.map((p) => p.pointId)).toContain(ids.M2);
    const kept = await app.request(`/api/assessment/points/${ids.M2}`, { method: 'DELETE', headers: { cookie: admin } });
    expect(kept.status).toBe(409);
    expect(await errorOf(kept)).toMatchObject({ code: 'point_sampled', details: { rounds: [round.id] } });
    expect(await count(store, 'assessment_points')).toBe(Object.keys(POINTS).length - 1);
    expect(Number((await sqlRow<{ n: number | string }>(store, `select count(*) as n from audit_events where entity = 'assessment_point' and action = 'delete'`))?.n)).toBe(1);
  });

  it('imports GeoJSON whole or not at all, naming every bad row', async () => {
    const { app, store } = await tinyApp();
    const admin = await loginAs(app, 'admin');
    const feature = (kind: string, name: string, lon: number, lat: number) => ({ type: 'Feature', properties: { kind, name }, geometry: { type: 'Point', coordinates: [lon, lat] } });
    const bad = {
      type: 'FeatureCollection',
      features: [feature('market', '一号', 100.001, 30.001), feature('zoo', '二号', 100.002, 30.002), feature('公共厕所', '三号', 100.003, 30.003), feature('hotel', '四号', 0, 0)],
    };
    const refused = await sendJson(app, 'POST', '/api/assessment/points/import', admin, bad);
    expect(refused.status).toBe(422);
    const error = await errorOf(refused);
    expect(error.code).toBe('import_invalid');
    expect((error as { details: { rows: { row: number; code: string }[] } }).details.rows.map((r) => [r.row, r.code])).toEqual([[2, 'bad_kind']]);
    // the kinds are fine now; the fourth lies outside the county
    bad.features[1] = feature('农贸市场', '二号', 100.002, 30.002);
    const outside = await sendJson(app, 'POST', '/api/assessment/points/import', admin, bad);
    expect(outside.status).toBe(422);
    expect((await errorOf(outside) as { details: { rows: { row: number; code: string }[] } }).details.rows.map((r) => [r.row, r.code])).toEqual([[4, 'outside_county']]);
    expect(await count(store, 'assessment_points')).toBe(0);
    bad.features.pop();
    const done = await sendJson(app, 'POST', '/api/assessment/points/import', admin, bad);
    expect(done.status).toBe(201);
    expect(((await done.json()) as AssessmentImportResponse).added).toBe(3);
    expect(await count(store, `assessment_points where kind = 'public_toilet'`)).toBe(1);
  });

  it('imports an Excel sheet with longitude and latitude columns, naming the sheet row of a bad one', async () => {
    const { app, store } = await tinyApp();
    const admin = await loginAs(app, 'admin');
    const send = async (file: Blob) => {
      const form = new FormData();
      form.append('file', file, '点位.xlsx');
      return app.request('/api/assessment/points/import', { method: 'POST', headers: { cookie: admin }, body: form });
    };
    const header = ['名称', '类型', '经度', '纬度'];
    const refused = await send(await xlsx([header, ['一号市场', '农贸市场', 100.001, 30.001], [], ['二号', 'hotel', 'east', 30.002]]));
    expect(refused.status).toBe(422);
    expect((await errorOf(refused) as { details: { rows: { row: number; code: string }[] } }).details.rows).toEqual([{ row: 4, code: 'bad_geometry', message: expect.any(String) }]);
    const noLat = await send(await xlsx([['名称', '类型', '经度'], ['一号', 'market', 100.001]]));
    expect(noLat.status).toBe(400);
    expect(await errorOf(noLat)).toMatchObject({ code: 'bad_import', details: { columns: ['纬度'] } });
    expect(await count(store, 'assessment_points')).toBe(0);
    const ok = await send(await xlsx([header, ['一号市场', '农贸市场', 100.001, 30.001], ['二号宾馆', 'hotel', '100.015', '30.002']]));
    expect(ok.status).toBe(201);
    expect(await ok.json()).toMatchObject({ added: 2, flagged: 0 });
    expect(await sqlRow(store, `select grid_id as g from assessment_points where name = '二号宾馆'`)).toEqual({ g: 'G3' });
  });

  it('refuses a damaged workbook, and one that would unpack to more than 40 MB, before reading it', async () => {
    const { app, store } = await tinyApp();
    const admin = await loginAs(app, 'admin');
    const send = async (bytes: Uint8Array) => {
      const form = new FormData();
      form.append('file', new Blob([bytes as Uint8Array<ArrayBuffer>]), '点位.xlsx');
      return app.request('/api/assessment/points/import', { method: 'POST', headers: { cookie: admin }, body: form });
    };
    const damaged = await send(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]));
    expect(damaged.status).toBe(400);
    expect(await errorOf(damaged)).toMatchObject({ code: 'bad_file', details: { reason: 'damaged' } });
    // 41 MB of zeros deflate to a few tens of kB: the zip's own sizes give it away
    const bomb = zipSync({ 'xl/worksheets/sheet1.xml': new Uint8Array(41_000_000) });
    expect(bomb.byteLength).toBeLessThan(200_000);
    const refused = await send(bomb);
    expect(refused.status).toBe(413);
    expect(await errorOf(refused)).toMatchObject({ code: 'too_large', details: { max: 40_000_000 } });
    expect(await count(store, 'assessment_points')).toBe(0);
  });
});

describe('测评点位 in 高德/腾讯 coordinates', () => {
  it('converts an import from GCJ-02 to WGS84 (crs=gcj02) before placing it', async () => {
    const { app, store } = await tinyApp();
    const admin = await loginAs(app, 'admin');
    // the middle of G1 in WGS84, as a 高德 map shows it: GCJ-02 lies a few hundred metres off here
    const [lon, lat] = wgs84ToGcj02([100.0025, 30.005]);
    expect(Math.abs(lon - 100.0025) + Math.abs(lat - 30.005)).toBeGreaterThan(0.001);
    const fc = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { kind: 'hotel', name: '宾馆' }, geometry: { type: 'Point', coordinates: [lon, lat] } }] };
    expect((await sendJson(app, 'POST', '/api/assessment/points/import?crs=gcj02', admin, fc)).status).toBe(201);
    const row = (await sqlRow<{ lon: number; lat: number; g: string }>(store, 'select lon, lat, grid_id as g from assessment_points'))!;
    expect(row.g).toBe('G1');
    expect(row.lon).toBeCloseTo(100.0025, 5);
    expect(row.lat).toBeCloseTo(30.005, 5);
    expect((await errorOf(await sendJson(app, 'POST', '/api/assessment/points/import?crs=xian80', admin, fc))).code).toBe('bad_query');
  });
});

describe('测评细则 (checklists)', () => {
  it('versions an admin’s edits, keeping item ids and numbering new items after every old one', async () => {
    const { app } = await tinyApp();
    const admin = await loginAs(app, 'admin');
    const first = (await (await sendJson(app, 'PUT', '/api/assessment/checklists/market', admin, { items: MARKET_ITEMS })).json()) as Checklist;
    expect(first.version).toBe(1);
    expect(first.items.map((i) => [i.id, i.weight, i.needsPhoto, i.category])).toEqual([
      ['market-1', 3, false, '环境卫生'],
      ['market-2', 2, true, '农贸市场秩序'],
      ['market-3', 5, false, '公益广告缺失/破损'],
    ]);
    // drop market-2, reword market-1, add one
    const edit = { items: [{ id: 'market-1', text: '地面干净', weight: 4 }, { id: 'market-3', text: '公益广告', weight: 5 }, { text: '消防通道畅通', weight: 1 }] };
    const second = (await (await sendJson(app, 'PUT', '/api/assessment/checklists/market', admin, edit)).json()) as Checklist;
    expect(second.version).toBe(2);
    expect(second.items.map((i) => i.id)).toEqual(['market-1', 'market-3', 'market-4']);
    const made = await sendJson(app, 'PUT', '/api/assessment/checklists/market', admin, { items: [{ id: 'market-9', text: 'x', weight: 1 }] });
    expect(made.status).toBe(400);
    expect((await errorOf(made)).code).toBe('unknown_item');
    const inspector = await loginAs(app, 'inspector');
    const list = (await (await app.request('/api/assessment/checklists', { headers: { cookie: inspector } })).json()) as ChecklistsResponse;
    expect(list.map((c) => [c.kind, c.version])).toEqual([['market', 2]]);
    expect((await sendJson(app, 'PUT', '/api/assessment/checklists/market', inspector, edit)).status).toBe(403);
    expect((await errorOf(await sendJson(app, 'PUT', '/api/assessment/checklists/zoo', admin, edit))).code).toBe('bad_kind');
  });

  it('answers two edits at the same moment with one version each, or a 409 for the one that lost', async () => {
    const { app, store } = await tinyApp();
    const admin = await loginAs(app, 'admin');
    const answers = await Promise.all([1, 2, 3].map((w) => sendJson(app, 'PUT', '/api/assessment/checklists/hotel', admin, { items: [{ text: '大堂整洁', weight: w }] })));
    const statuses = answers.map((a) => a.status);
    expect(statuses.every((s) => s === 200 || s === 409)).toBe(true);
    const ok = statuses.filter((s) => s === 200).length;
    expect(ok).toBeGreaterThanOrEqual(1);
    expect(await count(store, `assessment_checklists where kind = 'hotel'`)).toBe(ok);
  });
});
