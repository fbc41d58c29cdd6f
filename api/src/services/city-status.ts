import { STATUS_ORDER, type CityStatusResponse, type CountyWeekFigures, type Status } from '@wangge/geodata';
import { inCounty } from '../db/county-scope.ts';
import type { Store } from '../db/store.ts';
import { listCounties } from './counties.ts';
import { weekStatus } from './figures.ts';

/**
 * GET /api/city/status: each county's week side by side — its (unit, grid) reports by status and
 * the share of those due that came on time. A county's closed week is answered from its frozen
 * figures, an open one as it stands.
 */
export async function cityStatus(store: Store, week: string, now: number): Promise<CityStatusResponse> {
  // the counties side by side: on PostgreSQL their queries run on the pool's connections at once
  const counties = await Promise.all((await listCounties(store)).map(async (county): Promise<CountyWeekFigures> => {
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
  }));
  return { week, counties };
}
