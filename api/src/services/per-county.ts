import { asc } from 'drizzle-orm';
import { inCounty } from '../db/county-scope.ts';
import type { Q, Store } from '../db/store.ts';
import { NOTHING, addDispatch, type Dispatch } from './outbound.ts';

/** What a scheduled job needs of its run (see JobContext): the key that makes its notices one of a kind. */
interface Run {
  dedupeKey: string;
}

/** A job that reads first and answers the writes to make in the run's transaction. */
type CountyJob<C extends Run> = (store: Store, ctx: C) => Promise<(tx: Q) => Promise<Dispatch>>;

/**
 * A scheduled job run for each county of the deployment in turn, each seeing only its own county
 * (its calendar and settings, its units, people and robots), all written in the run's one
 * transaction. Each county's notices carry their own dedupe key, so a city-wide leader hears
 * once from every county. With no county loaded the job runs once, as it stands.
 */
export function perCounty<C extends Run>(job: CountyJob<C>): CountyJob<C> {
  return async (store, ctx) => {
    const counties = await store.db.select({ id: store.t.counties.id }).from(store.t.counties).orderBy(asc(store.t.counties.code));
    if (counties.length === 0) return job(store, ctx);
    const writes: { countyId: string; write: (tx: Q) => Promise<Dispatch> }[] = [];
    for (const { id } of counties) writes.push({ countyId: id, write: await job(inCounty(store, id), { ...ctx, dedupeKey: `${ctx.dedupeKey}:${id}` }) });
    return async (tx) => {
      let total = NOTHING;
      for (const { countyId, write } of writes) total = addDispatch(total, await write(inCounty(tx, countyId)));
      return total;
    };
  };
}
