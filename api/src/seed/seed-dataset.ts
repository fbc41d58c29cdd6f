import { eq } from 'drizzle-orm';
import { addWeeks, currentWeek, extend, geometryBBox, type BBox, type Dataset } from '@wangge/geodata';
import type { Geometry } from 'geojson';
import { chunks } from '../db/batch.ts';
import { first } from '../db/query.ts';
import { inCounty } from '../db/county-scope.ts';
import type { Q, Store } from '../db/store.ts';
import { reportHistory } from './report-history.ts';
import { setFirstWeek } from '../services/deployment.ts';
import { routeProblem } from '../services/locate.ts';
import { problemDueAt } from '../services/problems.ts';
import { seedDemoUsers } from './demo-users.ts';

const DAY = 86_400_000;
const SEEDED_KEY = 'seeded_dataset';

function withBBox(geometry: Geometry) {
  const [minLon, minLat, maxLon, maxLat] = geometryBBox(geometry);
  return { geometry: JSON.stringify(geometry), minLon, minLat, maxLon, maxLat };
}

export interface SeedResult {
  seeded: boolean;
  dataset: string;
}

export interface SeedOptions {
  /** weeks of report history before `now` (0: none) */
  historyWeeks?: number;
  /** scrypt hash of the demo accounts' password; without it no accounts are created */
  demoPasswordHash?: string;
  /** the county's first week (earlier weeks are not started): by default the first week of the history, or the running one */
  firstWeek?: string;
}

export interface CountyOptions extends SeedOptions {
  /** the county's id: by default 'dafang' for Dafang (520521), else its code */
  countyId?: string;
  /** the staff demo accounts of a county added beside the first are named <prefix>-admin, … and work in that county only */
  demoPrefix?: string;
}

/** The id a county gets when none is given: Dafang's is 'dafang' (the embedded dataset's), any other its code. */
export const defaultCountyId = (code: string) => (code === '520521' ? 'dafang' : code);

/**
 * Loads a county dataset into an empty database, with a report history relative to `now`.
 * Idempotent: a database that was already seeded is left untouched. One transaction: a failure
 * leaves the database as it was.
 */
export async function seedDataset(store: Store, name: string, dataset: Dataset, now: number, options: SeedOptions = {}): Promise<SeedResult> {
  const { t } = store;
  const done = await first(store.db.select().from(t.meta).where(eq(t.meta.key, SEEDED_KEY)));
  if (done) return { seeded: false, dataset: done.value };
  await store.tx(async (tx) => {
    await addCounty(tx, dataset, now, options);
    await tx.db.insert(t.meta).values({ key: SEEDED_KEY, value: name });
  });
  return { seeded: true, dataset: name };
}

/**
 * Adds one county's dataset to the deployment, inside the caller's transaction: its row and
 * settings, and every community, grid, unit, 片区, zone, report and problem marked as its own.
 * Returns the county's id.
 */
export async function addCounty(tx: Q, dataset: Dataset, now: number, { historyWeeks = 8, demoPasswordHash, firstWeek, countyId: givenId, demoPrefix }: CountyOptions = {}): Promise<string> {
  const { db, t } = tx;
  const insertAll = async <R>(table: Parameters<typeof db.insert>[0], rows: readonly R[]) => {
    for (const part of chunks(rows)) await db.insert(table).values(part as never);
  };
  const { organisation: org } = dataset;
  const countyId = givenId ?? defaultCountyId(org.county.code);
  const extent: BBox = [Infinity, Infinity, -Infinity, -Infinity];
  for (const f of dataset.communities.features) extend(extent, geometryBBox(f.geometry));
  const [minLon, minLat, maxLon, maxLat] = extent;
  const synthetic = (org.county as { synthetic?: boolean }).synthetic === true;
  const county = { code: org.county.code, name: org.county.name, synthetic, minLon, minLat, maxLon, maxLat };
  // a county replaced keeps its row (its accounts and settings point at it)
  await db.insert(t.counties).values({ id: countyId, ...county, createdAt: now }).onConflictDoUpdate({ target: t.counties.id, set: county });
  const own = <R>(rows: readonly R[]) => rows.map((r) => ({ ...r, countyId }));
  await insertAll(t.streetOffices, own(org.streetOffices));
  await insertAll(t.communities, dataset.communities.features.map((f) => ({ ...f.properties, countyId, ...withBBox(f.geometry) })));
  await insertAll(t.areas, own(org.areas));
  await insertAll(t.units, own(org.units));
  const grids = dataset.grids.features.map((f) => {
    const { id, code, name, communityId, areaId } = f.properties;
    return { id, code, name, communityId, areaId, ...withBBox(f.geometry) };
  });
  await insertAll(t.grids, grids.map((g) => ({ ...g, countyId, version: 1, updatedAt: now })));
  await insertAll(t.gridVersions, grids.map(({ id, ...g }) => ({ gridId: id, version: 1, ...g, createdAt: now })));
  await insertAll(t.gridUnits, org.gridUnits);
  await insertAll(t.people, org.people);
  for (const f of dataset.zones.features) {
    const { id, name, kind, unitIds } = f.properties;
    await db.insert(t.zones).values({ id, countyId, name, kind, ...withBBox(f.geometry) });
    await insertAll(t.zoneUnits, unitIds.map((unitId, position) => ({ zoneId: id, unitId, position })));
  }
  await insertAll(
    t.weeklyReports,
    reportHistory(org.gridUnits, now, historyWeeks).map((r) => ({ ...r, countyId, updatedAt: r.submittedAt, revision: 1, submittedBy: null })),
  );
  for (const p of dataset.problems) {
    const createdAt = now - p.daysAgo * DAY;
    const route = await routeProblem(tx, p.lon, p.lat);
    // a sample problem past 上报 was assigned: its owner is the first unit routed (the grid's lead unit)
    const ownerUnitId = p.status !== 'reported' ? (route.unitIds[0] ?? null) : null;
    await db.insert(t.problems).values({
      id: p.id,
      countyId,
      lon: p.lon,
      lat: p.lat,
      category: p.category,
      description: p.description,
      status: p.status,
      gridId: route.gridId,
      streetOfficeId: route.streetOfficeId,
      outsideGrids: route.gridId === null,
      createdAt,
      updatedAt: createdAt,
      dueAt: problemDueAt(p.category, createdAt),
      ownerUnitId,
    });
    await insertAll(t.problemUnits, route.unitIds.map((unitId) => ({ problemId: p.id, unitId, role: unitId === ownerUnitId ? 'owner' : 'routed' })));
    await db.insert(t.problemEvents).values({ problemId: p.id, fromStatus: null, toStatus: p.status, action: 'file', at: createdAt });
  }
  if (demoPasswordHash) await seedDemoUsers(tx, org.units, demoPasswordHash, now, { countyId, prefix: demoPrefix, countyName: org.county.name });
  await setFirstWeek(inCounty(tx, countyId), firstWeek ?? addWeeks(currentWeek(now), -Math.max(0, historyWeeks - 1)));
  return countyId;
}
