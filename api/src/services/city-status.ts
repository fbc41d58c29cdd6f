import { DEFAULT_CLOSE_GRACE_HOURS, STATUS_ORDER, type CityStatusResponse, type CountyWeekFigures, type Status } from '@wangge/geodata';
import { asc } from 'drizzle-orm';
import { allDataVersions, mayKeep } from '../db/data-versions.ts';
import { inCounty } from '../db/county-scope.ts';
import type { Q, Store } from '../db/store.ts';
import { firstWeek } from './deployment.ts';
import { weekStatus } from './figures.ts';
import { clockKey } from './status-cache.ts';
import { closeCountyWeeks } from './week-closure.ts';

/** Overviews kept per process, by week, clock and every county's data version; beyond this many the oldest is dropped. */
const KEEP = 200;
const kept = new WeakMap<Q['db'], Map<string, { version: string; overview: CityStatusResponse }>>();

/**
 * GET /api/city/status: each county's week side by side — its (unit, grid) reports by status and
 * the share of those due that came on time. A county's closed week is answered from its frozen
 * figures, an open one as it stands. Worked out once per data version (db/data-versions.ts) of
 * all counties and position of the clock, then answered from this process's memory.
 */
export async function cityStatus(store: Store, week: string, now: number): Promise<CityStatusResponse> {
  const { db, t } = store;
  const counties = await db.select({ id: t.counties.id, code: t.counties.code, name: t.counties.name }).from(t.counties).orderBy(asc(t.counties.code));
  // every county's due weeks frozen first, from one read of the counties' settings
  const settings = new Map((await db.select().from(t.countySettings)).map((s) => [s.countyId, s]));
  await Promise.all(
    counties.map(async (county) => {
      const scoped = inCounty(store, county.id);
      const s = settings.get(county.id);
      await closeCountyWeeks(scoped, now, s?.closeGraceHours ?? DEFAULT_CLOSE_GRACE_HOURS, s?.firstWeek ?? (await firstWeek(scoped, now)));
    }),
  );
  const version = await allDataVersions(store);
  const byKey = kept.get(db) ?? new Map<string, { version: string; overview: CityStatusResponse }>();
  kept.set(db, byKey);
  const key = `${week}|${clockKey(week, now)}|${counties.map((c) => c.id).join(',')}`;
  const hit = byKey.get(key);
  if (hit?.version === version) return hit.overview;
  // the counties side by side: on PostgreSQL their queries run on the pool's connections at once
  const figures = await Promise.all(
    counties.map(async (county): Promise<CountyWeekFigures> => {
      const status = await weekStatus(inCounty(store, county.id), week, now);
      const counts = Object.fromEntries(STATUS_ORDER.map((s) => [s, 0])) as Record<Status, number>;
      for (const g of status.grids) for (const u of g.units) counts[u.status] += 1;
      const due = counts.on_time + counts.late + counts.missing;
      return {
        countyId: county.id,
        code: county.code,
        name: county.name,
        closed: status.closedAt !== null,
        notStarted: status.notStarted,
        grids: status.grids.length,
        counts,
        onTimeShare: due === 0 ? null : counts.on_time / due,
      };
    }),
  );
  const overview = { week, counties: figures };
  if (!mayKeep(store)) return overview;
  byKey.delete(key);
  byKey.set(key, { version, overview });
  if (byKey.size > KEEP) byKey.delete(byKey.keys().next().value!);
  return overview;
}
