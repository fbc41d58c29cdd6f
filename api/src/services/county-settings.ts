import { asc, eq } from 'drizzle-orm';
import type { Q } from '../db/store.ts';
import type { Tables } from '../db/tables.ts';

type Settings = Tables['countySettings']['$inferSelect'];
export type SettingsChange = Partial<Omit<Settings, 'countyId'>>;

/**
 * The county whose settings a Q reads: its own, or (a handle not scoped to a county, such as a
 * command-line tool's) the deployment's first county. Null: no county loaded yet.
 */
export async function settingsCounty(q: Q): Promise<string | null> {
  if (q.countyId !== undefined) return q.countyId;
  const [row] = await q.db.select({ id: q.t.counties.id }).from(q.t.counties).orderBy(asc(q.t.counties.code)).limit(1);
  return row?.id ?? null;
}

/** The county's settings row, null where it keeps the default. */
export async function countySettings(q: Q): Promise<SettingsChange> {
  const countyId = await settingsCounty(q);
  if (countyId === null) return {};
  const [row] = await q.db.select().from(q.t.countySettings).where(eq(q.t.countySettings.countyId, countyId));
  return row ?? {};
}

/** Sets some of the county's settings, keeping the rest. */
export async function setCountySettings(q: Q, change: SettingsChange): Promise<void> {
  const countyId = await settingsCounty(q);
  if (countyId === null) throw new Error('no county loaded: nothing to set');
  await q.db
    .insert(q.t.countySettings)
    .values({ countyId, ...change })
    .onConflictDoUpdate({ target: q.t.countySettings.countyId, set: change });
}
