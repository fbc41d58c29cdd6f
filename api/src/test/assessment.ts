import type { Hono } from 'hono';
import type { AssessmentPointFeature, ChecklistItemInput } from '@wangge/geodata';
import type { Store } from '../db/store.ts';
import { demoPasswordHash, rect, sqlExec } from './fixture.ts';
import { sendJson } from './problem-steps.ts';
import { png } from './reports.ts';

type App = { request: Hono['request'] };

/**
 * The tiny county made ready for a mock assessment: a third community C3 (street office S2,
 * [100.02, 100.03] × [30, 30.01]) that has no grid, a second inspector bound to the county, a
 * market and a main-road checklist, and five 点位:
 *   M1 market  (100.002, 30.002)  in G1 → U1, U2
 *   M2 market  a 0.001° square, middle (100.0075, 30.0075), in G2 → U2
 *   M3 market  (100.015, 30.005)  in G3 → U3
 *   M4 market  (100.025, 30.005)  in C3, outside every grid → no unit, street office S2
 *   R1 main road (100.001, 30.008) in G1 → U1, U2
 */
export const MARKET_ITEMS: ChecklistItemInput[] = [
  { text: '地面干净，无积水垃圾', weight: 3, category: '环境卫生' },
  { text: '摊位按区经营，不出店占道', weight: 2, needsPhoto: true, category: '农贸市场秩序' },
  { text: '公益广告醒目完好', weight: 5, category: '公益广告缺失/破损' },
];
export const ROAD_ITEMS: ChecklistItemInput[] = [
  { text: '路面无垃圾', weight: 4, category: '环境卫生' },
  { text: '车辆有序停放', weight: 1, category: '乱停乱放' },
];

export const POINTS = {
  M1: { kind: 'market', name: '甲市场', geometry: { type: 'Point', coordinates: [100.002, 30.002] } },
  M2: { kind: 'market', name: '乙市场', geometry: rect(100.007, 30.007, 100.008, 30.008) },
  M3: { kind: 'market', name: '丙市场', geometry: { type: 'Point', coordinates: [100.015, 30.005] } },
  M4: { kind: 'market', name: '丁市场', geometry: { type: 'Point', coordinates: [100.025, 30.005] } },
  R1: { kind: 'main_road', name: '甲路', geometry: { type: 'Point', coordinates: [100.001, 30.008] } },
} as const;
export type PointName = keyof typeof POINTS;

export async function prepareAssessment(app: App, store: Store, admin: string): Promise<Record<PointName, string>> {
  const c3 = JSON.stringify(rect(100.02, 30, 100.03, 30.01));
  await sqlExec(
    store,
    `insert into communities (id, county_id, code, name, street_office_id, street_office_guessed, gridded, geometry, min_lon, min_lat, max_lon, max_lat)
     values ('C3', '999999', '999999002002', '丙社区', 'S2', ${store.dialect === 'sqlite' ? 0 : 'false'}, ${store.dialect === 'sqlite' ? 0 : 'false'}, '${c3}', 100.02, 30, 100.03, 30.01);
     insert into users (id, username, display_name, password_hash, role, county_id, created_at) values ('inspector2', 'inspector2', '督查二组', '${demoPasswordHash}', 'inspector', '999999', 0);`,
  );
  for (const [kind, items] of [['market', MARKET_ITEMS], ['main_road', ROAD_ITEMS]] as const) {
    const res = await sendJson(app, 'PUT', `/api/assessment/checklists/${kind}`, admin, { items });
    if (res.status !== 200) throw new Error(`checklist ${kind}: ${res.status} ${await res.text()}`);
  }
  const ids = {} as Record<PointName, string>;
  for (const [name, point] of Object.entries(POINTS) as [PointName, (typeof POINTS)[PointName]][]) {
    const res = await sendJson(app, 'POST', '/api/assessment/points', admin, point);
    if (res.status !== 201) throw new Error(`point ${name}: ${res.status} ${await res.text()}`);
    ids[name] = ((await res.json()) as AssessmentPointFeature).id as string;
  }
  return ids;
}

/**
 * Scores every point of a round of markets and main roads, as the scores tests work it by hand
 * (weights: market 3, 2, 5; main road 4, 1), the inspector each point was handed to sending it:
 *   M1 pass, fail, na · M2 pass, pass, fail · R1 pass, fail · M3 (inspector2's) all pass · M4 fail, na, pass
 */
export async function scoreFixtureRound(app: App, roundId: string, ids: Record<PointName, string>, inspector: string, inspector2: string): Promise<void> {
  const send = async (cookie: string, pointId: string, results: string[], photo: boolean) => {
    const items = results.map((result, i) => ({ itemId: `${pointId === ids.R1 ? 'main_road' : 'market'}-${i + 1}`, result }));
    const res = await sendResult(app, cookie, roundId, { pointId, items }, photo ? { 'market-2': 1 } : {});
    if (res.status !== 200) throw new Error(`${pointId}: ${await res.text()}`);
  };
  await send(inspector, ids.M1, ['pass', 'fail', 'na'], true);
  await send(inspector, ids.M2, ['pass', 'pass', 'fail'], true);
  await send(inspector, ids.R1, ['pass', 'fail'], false);
  await send(inspector2, ids.M3, ['pass', 'pass', 'pass'], true);
  await send(inspector, ids.M4, ['fail', 'na', 'pass'], false);
}

/** POST /api/assessment/rounds/:id/results as multipart: the JSON in `data`, `photos[itemId]` PNGs per item. */
export function sendResult(app: App, cookie: string, roundId: string, data: unknown, photos: Record<string, number> = {}) {
  const form = new FormData();
  form.append('data', JSON.stringify(data));
  let n = 0;
  for (const [itemId, count] of Object.entries(photos)) {
    for (let i = 0; i < count; i++) form.append(`photo.${itemId}`, new Blob([png(1000 + n++) as Uint8Array<ArrayBuffer>], { type: 'image/png' }), `${itemId}-${i}.png`);
  }
  return app.request(`/api/assessment/rounds/${roundId}/results`, { method: 'POST', headers: { cookie }, body: form });
}
