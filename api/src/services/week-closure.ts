import { DEFAULT_CLOSE_GRACE_HOURS, addWeeks, weekClosesAt, type StatusResponse } from '@wangge/geodata';
import { eq } from 'drizzle-orm';
import { inCounty } from '../db/county-scope.ts';
import type { Q, Store } from '../db/store.ts';
import { weekFigures } from './accountability.ts';
import { countySettings, settingsCounty } from './county-settings.ts';
import { firstWeek } from './deployment.ts';

/** The latest week this process saw closed, per store and county: the common case (nothing new to close) then costs no query of the closures. */
const closedUpTo = new WeakMap<Q['db'], Map<string, string>>();
/**
 * The closing under way in this process, per store and county: a request that finds one waits for
 * it instead of freezing the same weeks again (a hundred requests right after a bulk load would
 * otherwise each freeze every week of the county at once).
 */
const underWay = new WeakMap<Q['db'], Map<string, Promise<void>>>();

/**
 * Freezes every week whose close time has passed and that is not frozen yet, oldest first (a
 * week's missed runs read the weeks before it). Each week is computed as it stood at its close
 * time, whenever this runs, so it does not matter which request or process gets here first; a
 * week another process froze meanwhile is left as that process froze it.
 */
export async function closeDueWeeks(anyStore: Store, now: number): Promise<void> {
  const countyId = await settingsCounty(anyStore);
  if (countyId === null) return;
  const store = inCounty(anyStore, countyId);
  // one read of the settings for both (each of closeGraceHours and firstWeek would read them)
  await closeWithSettings(store, now, await countySettings(store));
}

/** closeCountyWeeks with the grace and first week of the county's settings row as read (none: the defaults). */
export async function closeWithSettings(store: Store, now: number, settings: { closeGraceHours?: number | null; firstWeek?: string | null } | undefined): Promise<void> {
  await closeCountyWeeks(store, now, settings?.closeGraceHours ?? DEFAULT_CLOSE_GRACE_HOURS, settings?.firstWeek ?? (await firstWeek(store, now)));
}

/** closeDueWeeks for a handle scoped to its county, with the county's grace and first week already read. */
export async function closeCountyWeeks(store: Store, now: number, grace: number, first: string): Promise<void> {
  const countyId = store.countyId!;
  const seen = closedUpTo.get(store.db) ?? new Map<string, string>();
  closedUpTo.set(store.db, seen);
  const due: string[] = [];
  for (let w = first; weekClosesAt(w, grace) <= now; w = addWeeks(w, 1)) due.push(w);
  const last = due.at(-1);
  if (!last || (seen.get(countyId) ?? '') >= last) return;
  const running = underWay.get(store.db) ?? new Map<string, Promise<void>>();
  underWay.set(store.db, running);
  const other = running.get(countyId);
  if (other) {
    await other.catch(() => undefined);
    return closeCountyWeeks(store, now, grace, first);
  }
  const run = freeze(store, countyId, due, grace).then(() => void seen.set(countyId, last));
  running.set(countyId, run);
  try {
    await run;
  } finally {
    if (running.get(countyId) === run) running.delete(countyId);
  }
}

/** Freezes those of the `due` weeks that are not frozen yet, oldest first. */
async function freeze(store: Store, countyId: string, due: readonly string[], grace: number): Promise<void> {
  const { db, t } = store;
  const closed = new Set((await db.select({ week: t.weekClosures.week }).from(t.weekClosures).where(eq(t.weekClosures.countyId, countyId))).map((r) => r.week));
  for (const week of due) {
    if (closed.has(week)) continue;
    const at = weekClosesAt(week, grace);
    await store.tx(async (tx) => {
      const figures = await weekFigures(tx, week, at, grace);
      const status: StatusResponse = { ...figures.status, closedAt: new Date(at).toISOString() };
      await tx.db
        .insert(t.weekClosures)
        .values({ countyId, week, closedAt: at, figures: { status, overdue: figures.overdue, places: figures.places } })
        .onConflictDoNothing();
    });
  }
}
