import type { Dataset } from '@wangge/geodata';
import { createApp } from '../app.ts';
import { fixedClock } from '../clock.ts';
import { addCounty, seedDataset } from '../seed/seed-dataset.ts';
import { FIRST_WEEK, NOW, demoPasswordHash, tinyCounty } from './fixture.ts';
import { testStore } from './test-store.ts';

const EAST = 0.1;

/**
 * The tiny county's twin 0.1° east (about 9.6 km): county 999998 with ids prefixed "B-", the
 * same unit names (two counties each have a 甲局) and the same shapes, so each figure of one
 * county is the other's.
 */
export const twinCounty: Dataset = (() => {
  const d = structuredClone(tinyCounty) as Dataset;
  const id = (s: string) => `B-${s}`;
  const code = (s: string) => s.replace(/^999999/, '999998');
  const shift = (g: { coordinates: number[][][] }) => ({ ...g, coordinates: g.coordinates.map((ring) => ring.map(([x, y]) => [x + EAST, y])) });
  for (const f of d.communities.features) Object.assign(f, { geometry: shift(f.geometry as never), properties: { ...f.properties, id: id(f.properties.id), code: code(f.properties.code), streetOfficeId: id(f.properties.streetOfficeId) } });
  for (const f of d.grids.features) Object.assign(f, { geometry: shift(f.geometry as never), properties: { ...f.properties, id: id(f.properties.id), code: code(f.properties.code), communityId: id(f.properties.communityId), areaId: id(f.properties.areaId) } });
  for (const f of d.zones.features) Object.assign(f, { geometry: shift(f.geometry as never), properties: { ...f.properties, id: id(f.properties.id), unitIds: f.properties.unitIds.map(id) } });
  const o = d.organisation;
  o.county = { code: '999998', name: '测试二县' };
  o.streetOffices = o.streetOffices.map((s) => ({ ...s, id: id(s.id), code: code(s.code) }));
  o.areas = o.areas.map((a) => ({ ...a, id: id(a.id) }));
  o.units = o.units.map((u) => ({ ...u, id: id(u.id) }));
  o.gridUnits = o.gridUnits.map((g) => ({ ...g, gridId: id(g.gridId), unitId: id(g.unitId) }));
  o.people = o.people.map((p) => ({ ...p, id: id(p.id), gridId: id(p.gridId) }));
  d.problems = d.problems.map((p) => ({ ...p, id: id(p.id), lon: p.lon + EAST }));
  return d;
})();

/**
 * Two counties in one deployment: the tiny county (999999, with the demo accounts admin, leader
 * and inspector city-wide, planner and the reporters in it) and its twin (999998: b-admin,
 * b-planner, b-leader, b-inspector and its reporters, all bound to it).
 */
export async function twoCountyApp(now = NOW) {
  const store = await testStore();
  const clock = fixedClock(now);
  await seedDataset(store, 'tiny', tinyCounty, clock(), { historyWeeks: 0, demoPasswordHash, firstWeek: FIRST_WEEK });
  await store.tx((tx) => addCounty(tx, twinCounty, clock(), { historyWeeks: 0, demoPasswordHash, firstWeek: FIRST_WEEK, demoPrefix: 'b' }));
  return { store, clock, app: createApp({ store, clock }) };
}
