import { STATUS_ORDER, type CityStatusResponse, type CountyWeekFigures, type Status } from '@wangge/geodata';
import { asc } from 'drizzle-orm';
import { allDataVersions } from '../db/data-versions.ts';
import { inCounty } from '../db/county-scope.ts';
import type { Store } from '../db/store.ts';
import { weekStatus } from './figures.ts';
import { clockKey, keptUnder } from './status-cache.ts';
import { closeWithSettings } from './week-closure.ts';

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
  await Promise.all(counties.map((county) => closeWithSettings(inCounty(store, county.id), now, settings.get(county.id))));
  const key = `city|${week}|${clockKey(week, now)}|${counties.map((c) => c.id).join(',')}`;
  return keptUnder(store, key, await allDataVersions(store), () => overviewOf(store, counties, week, now));
}

/** Each county's week, worked out (cityStatus keeps it). */
async function overviewOf(store: Store, counties: { id: string; code: string; name: string }[], week: string, now: number): Promise<CityStatusResponse> {
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
  return { week, counties: figures };
}
