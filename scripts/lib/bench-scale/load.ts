import { count } from 'drizzle-orm';
import type { Q, Store } from '@wangge/api';
import { chunks } from '@wangge/api/db/batch';
import { addCounty } from '@wangge/api/seed/seed-dataset';
import { problemDueAt } from '@wangge/api/services/problems';
import type { SyntheticDataset } from '@wangge/geodata/synthetic/county';
import type { GeneratedCity } from './generate.ts';
import { mulberry32 } from '@wangge/geodata/synthetic/prng';
import { pointInGrid } from './place.ts';
import type { ScaleSize } from './size.ts';

const DAY = 86_400_000;
/** rows written per transaction when bulk-inserting problems and users */
const TX_ROWS = 5_000;

export interface LoadOptions {
  now: number;
  /** scrypt hash of the demo accounts' password */
  demoPasswordHash: string;
  /** called after each step with what it took */
  progress?: (step: string, ms: number) => void;
}

export interface CityCounts {
  counties: number;
  grids: number;
  problems: number;
  reports: number;
  users: number;
}

/**
 * Loads the generated city into an empty store: every county through the API's own seeding (the
 * first county's admin, leader and inspector are city-wide; the others' staff are <code>-planner, …),
 * then problems up to `size.problems`, each inside a grid of its county, and reporter accounts up
 * to `size.users`, in multi-row inserts, a transaction per few thousand rows.
 */
export async function loadCity(store: Store, city: GeneratedCity, size: ScaleSize, { now, demoPasswordHash, progress = () => {} }: LoadOptions): Promise<CityCounts> {
  let t0 = performance.now();
  for (const [i, d] of city.counties.entries()) {
    const code = d.organisation.county.code;
    await store.tx((tx) => addCounty(tx, d, now, { historyWeeks: city.historyWeeks, demoPasswordHash, demoPrefix: i === 0 ? undefined : code }));
  }
  progress(`${city.counties.length} counties (addCounty, ${city.historyWeeks} weeks of reports)`, performance.now() - t0);
  t0 = performance.now();
  const seededProblems = city.counties.reduce((n, d) => n + d.problems.length, 0);
  await addProblems(store, city.counties, Math.max(0, size.problems - seededProblems), now);
  progress(`${Math.max(0, size.problems - seededProblems)} more problems`, performance.now() - t0);
  t0 = performance.now();
  const before = await countRows(store);
  await addReporters(store, city.counties, Math.max(0, size.users - before.users), demoPasswordHash, now);
  progress(`${Math.max(0, size.users - before.users)} more users`, performance.now() - t0);
  return countRows(store);
}

export async function countRows({ db, t }: Q): Promise<CityCounts> {
  const n = async (table: typeof t.problems | typeof t.grids | typeof t.counties | typeof t.weeklyReports | typeof t.users) => Number((await db.select({ n: count() }).from(table as typeof t.problems))[0].n);
  return { counties: await n(t.counties), grids: await n(t.grids), problems: await n(t.problems), reports: await n(t.weeklyReports), users: await n(t.users) };
}

async function insertRows({ db, t }: Q, table: unknown, rows: readonly unknown[]): Promise<void> {
  for (const part of chunks(rows, 400)) await db.insert(table as typeof t.problems).values(part as never);
}

/** `extra` problems spread over every county's grids in turn, each at a point inside its grid. */
async function addProblems(store: Store, counties: readonly SyntheticDataset[], extra: number, now: number): Promise<void> {
  const { t } = store;
  const random = mulberry32(20261203);
  const places = counties.map((d) => {
    const office = new Map(d.communities.features.map((f) => [f.properties.id, f.properties.streetOfficeId]));
    const lead = new Map<string, string>();
    for (const gu of d.organisation.gridUnits) if (!lead.has(gu.gridId)) lead.set(gu.gridId, gu.unitId);
    return { countyId: d.organisation.county.code, grids: d.grids.features, office, lead, samples: d.problems };
  });
  for (let start = 0; start < extra; start += TX_ROWS) {
    const problems: Record<string, unknown>[] = [];
    const units: Record<string, unknown>[] = [];
    const events: Record<string, unknown>[] = [];
    for (let n = start; n < Math.min(extra, start + TX_ROWS); n++) {
      const place = places[n % places.length];
      const grid = place.grids[Math.floor(n / places.length) % place.grids.length];
      const sample = place.samples[n % place.samples.length];
      const [lon, lat] = pointInGrid(grid, random);
      const createdAt = now - Math.floor(random() * 180) * DAY - Math.floor(random() * DAY);
      const id = `bench-p${n}`;
      const lead = place.lead.get(grid.properties.id) ?? null;
      const ownerUnitId = sample.status !== 'reported' ? lead : null;
      problems.push({
        id,
        countyId: place.countyId,
        lon,
        lat,
        category: sample.category,
        description: sample.description,
        status: sample.status,
        gridId: grid.properties.id,
        streetOfficeId: place.office.get(grid.properties.communityId) ?? null,
        outsideGrids: false,
        createdAt,
        updatedAt: createdAt,
        dueAt: problemDueAt(sample.category, createdAt),
        ownerUnitId,
      });
      if (lead) units.push({ problemId: id, unitId: lead, role: ownerUnitId ? 'owner' : 'routed' });
      events.push({ problemId: id, fromStatus: null, toStatus: sample.status, action: 'file', at: createdAt });
    }
    await store.tx(async (tx) => {
      await insertRows(tx, t.problems, problems);
      await insertRows(tx, t.problemUnits, units);
      await insertRows(tx, t.problemEvents, events);
    });
  }
}

/** `extra` reporter accounts (bench-r<n>), bound to every county's units in turn. */
async function addReporters(store: Store, counties: readonly SyntheticDataset[], extra: number, passwordHash: string, now: number): Promise<void> {
  const units = counties.flatMap((d) => d.organisation.units.map((u) => ({ unitId: u.id, countyId: d.organisation.county.code })));
  for (let start = 0; start < extra; start += TX_ROWS) {
    const rows: Record<string, unknown>[] = [];
    for (let n = start; n < Math.min(extra, start + TX_ROWS); n++) {
      const { unitId, countyId } = units[n % units.length];
      rows.push({ id: `bench-r${n}`, username: `bench-r${n}`, displayName: `填报员${n}（示例）`, passwordHash, role: 'reporter', unitId, countyId, createdAt: now });
    }
    await store.tx(async (tx) => insertRows(tx, tx.t.users, rows));
  }
}
