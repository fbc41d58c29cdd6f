import { eq } from 'drizzle-orm';
import { geometryBBox, type Dataset } from '@wangge/geodata';
import type { Geometry } from 'geojson';
import type { Db } from '../db/client.ts';
import * as t from '../db/schema.ts';
import { reportHistory } from './report-history.ts';
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

/**
 * Loads a county dataset into an empty database, with a report history relative to `now`.
 * Idempotent: a database that was already seeded is left untouched. One transaction: a failure
 * leaves the database as it was.
 */
export interface SeedOptions {
  /** weeks of report history before `now` (0: none) */
  historyWeeks?: number;
  /** scrypt hash of the demo accounts' password; without it no accounts are created */
  demoPasswordHash?: string;
}

export function seedDataset(db: Db, name: string, dataset: Dataset, now: number, { historyWeeks = 8, demoPasswordHash }: SeedOptions = {}): SeedResult {
  const done = db.select().from(t.meta).where(eq(t.meta.key, SEEDED_KEY)).get();
  if (done) return { seeded: false, dataset: done.value };
  db.transaction((tx) => {
    const { organisation: org } = dataset;
    tx.insert(t.meta).values({ key: 'county', value: JSON.stringify(org.county) }).run();
    for (const so of org.streetOffices) tx.insert(t.streetOffices).values(so).run();
    for (const f of dataset.communities.features) tx.insert(t.communities).values({ ...f.properties, ...withBBox(f.geometry) }).run();
    for (const a of org.areas) tx.insert(t.areas).values(a).run();
    for (const u of org.units) tx.insert(t.units).values(u).run();
    for (const f of dataset.grids.features) {
      const { id, code, name, communityId, areaId } = f.properties;
      tx.insert(t.grids).values({ id, code, name, communityId, areaId, version: 1, updatedAt: now, ...withBBox(f.geometry) }).run();
    }
    for (const gu of org.gridUnits) tx.insert(t.gridUnits).values(gu).run();
    for (const p of org.people) tx.insert(t.people).values(p).run();
    for (const f of dataset.zones.features) {
      const { id, name, kind, unitIds } = f.properties;
      tx.insert(t.zones).values({ id, name, kind, ...withBBox(f.geometry) }).run();
      unitIds.forEach((unitId, position) => tx.insert(t.zoneUnits).values({ zoneId: id, unitId, position }).run());
    }
    for (const r of reportHistory(org.gridUnits, now, historyWeeks)) {
      tx.insert(t.weeklyReports).values({ ...r, updatedAt: r.submittedAt, revision: 1, workedOn: r.week, submittedBy: null }).run();
    }
    for (const p of dataset.problems) {
      const createdAt = now - p.daysAgo * DAY;
      const route = routeProblem(tx as unknown as Db, p.lon, p.lat);
      tx.insert(t.problems)
        .values({
          id: p.id,
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
        })
        .run();
      for (const unitId of route.unitIds) tx.insert(t.problemUnits).values({ problemId: p.id, unitId }).run();
      tx.insert(t.problemEvents).values({ problemId: p.id, fromStatus: null, toStatus: p.status, action: 'file', at: createdAt }).run();
    }
    if (demoPasswordHash) seedDemoUsers(tx as unknown as Db, org.units, demoPasswordHash, now);
    tx.insert(t.meta).values({ key: SEEDED_KEY, value: name }).run();
  });
  return { seeded: true, dataset: name };
}
