import { and, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { Dataset } from '@wangge/geodata';
import { first } from '../db/query.ts';
import type { Q, Store } from '../db/store.ts';
import { addCounty, defaultCountyId } from './seed-dataset.ts';

const SEEDED_KEY = 'seeded_dataset';

/** A county with this code is loaded already and --replace was not given. */
export class CountyExistsError extends Error {}

export interface LoadCountyResult {
  countyId: string;
  replaced: boolean;
  /** accounts whose unit the new dataset no longer has: disabled, for an admin to rebind */
  disabledAccounts: string[];
}

/**
 * Everything a county holds but its accounts and settings, gone: its reports and problems (their
 * photos' records, steps and links), grids with their versions, units and people, zones, units,
 * 片区, communities, street offices and closed weeks. Photo files stay on disk.
 */
async function clearCounty(tx: Q, countyId: string): Promise<void> {
  const { db, t } = tx;
  const reports = db.select({ id: sql`cast(${t.weeklyReports.id} as text)` }).from(t.weeklyReports).where(eq(t.weeklyReports.countyId, countyId));
  const problems = db.select({ id: t.problems.id }).from(t.problems).where(eq(t.problems.countyId, countyId));
  const grids = db.select({ id: t.grids.id }).from(t.grids).where(eq(t.grids.countyId, countyId));
  await db.delete(t.photos).where(and(eq(t.photos.ownerKind, 'report'), inArray(t.photos.ownerId, reports)));
  await db.delete(t.photos).where(and(eq(t.photos.ownerKind, 'problem'), inArray(t.photos.ownerId, problems)));
  await db.delete(t.weeklyReports).where(eq(t.weeklyReports.countyId, countyId));
  await db.delete(t.problems).where(eq(t.problems.countyId, countyId));
  await db.delete(t.gridVersions).where(inArray(t.gridVersions.gridId, grids));
  await db.delete(t.grids).where(eq(t.grids.countyId, countyId));
  await db.delete(t.zones).where(eq(t.zones.countyId, countyId));
  await db.update(t.users).set({ unitId: null }).where(and(eq(t.users.countyId, countyId), isNotNull(t.users.unitId)));
  await db.delete(t.units).where(eq(t.units.countyId, countyId));
  await db.delete(t.areaLeaders).where(inArray(t.areaLeaders.areaId, db.select({ id: t.areas.id }).from(t.areas).where(eq(t.areas.countyId, countyId))));
  await db.delete(t.areas).where(eq(t.areas.countyId, countyId));
  await db.delete(t.communities).where(eq(t.communities.countyId, countyId));
  await db.delete(t.streetOffices).where(eq(t.streetOffices.countyId, countyId));
  await db.delete(t.weekClosures).where(eq(t.weekClosures.countyId, countyId));
}

/**
 * Adds a county's dataset to the deployment, or with `replace` puts it in place of the county of
 * the same code, in one transaction on either backend. A replaced county keeps its id, settings
 * and accounts; a reporter whose unit the new dataset lacks is disabled (its unit is gone).
 */
export async function loadCounty(store: Store, name: string, dataset: Dataset, now: number, { replace = false, historyWeeks = 0 } = {}): Promise<LoadCountyResult> {
  const { code } = dataset.organisation.county;
  return store.tx(async (tx) => {
    const { db, t } = tx;
    const existing = await first(db.select({ id: t.counties.id }).from(t.counties).where(eq(t.counties.code, code)));
    if (existing && !replace) throw new CountyExistsError(`county ${code} is loaded already (as "${existing.id}"): add --replace to replace it`);
    const countyId = existing?.id ?? defaultCountyId(code);
    const units = existing ? await db.select({ id: t.users.id, unitId: t.users.unitId }).from(t.users).where(and(eq(t.users.countyId, countyId), isNotNull(t.users.unitId))) : [];
    const settings = existing ? await first(db.select().from(t.countySettings).where(eq(t.countySettings.countyId, countyId))) : undefined;
    if (existing) await clearCounty(tx, countyId);
    await addCounty(tx, dataset, now, { countyId, historyWeeks, firstWeek: settings?.firstWeek ?? undefined });
    const kept = new Set(dataset.organisation.units.map((u) => u.id));
    const disabledAccounts: string[] = [];
    for (const u of units) {
      if (kept.has(u.unitId!)) await db.update(t.users).set({ unitId: u.unitId }).where(eq(t.users.id, u.id));
      else {
        await db.update(t.users).set({ disabled: true }).where(eq(t.users.id, u.id));
        await db.delete(t.sessions).where(eq(t.sessions.userId, u.id));
        disabledAccounts.push(u.id);
      }
    }
    await db.insert(t.meta).values({ key: SEEDED_KEY, value: name }).onConflictDoNothing();
    return { countyId, replaced: existing !== undefined, disabledAccounts };
  });
}
