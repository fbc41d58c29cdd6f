import { eq } from 'drizzle-orm';
import { dafang } from '@wangge/geodata/dafang';
import { demoCityNeighbours } from '@wangge/geodata/synthetic/city';
import { first } from '../db/query.ts';
import type { Store } from '../db/store.ts';
import { addCounty, seedDataset } from './seed-dataset.ts';

/**
 * WANGGE_SEED=demo-city: Dafang with its demo accounts (admin, leader and inspector city-wide),
 * and its two synthetic neighbours (geodata's DEMO_CITY_NEIGHBOURS: made-up towns, codes and
 * names, marked 示例 and `synthetic`), each with a report history and demo accounts bound to it
 * (<code>-admin, <code>-planner, <code>-leader, <code>-inspector and a reporter per unit).
 * Idempotent: a county already loaded is left as it is.
 */
export async function seedDemoCity(store: Store, now: number, demoPasswordHash: string): Promise<string[]> {
  const added: string[] = [];
  if ((await seedDataset(store, 'demo-city', dafang, now, { demoPasswordHash })).seeded) added.push('dafang');
  for (const county of demoCityNeighbours()) {
    const { code } = county.organisation.county;
    if (await first(store.db.select({ id: store.t.counties.id }).from(store.t.counties).where(eq(store.t.counties.code, code)))) continue;
    added.push(await store.tx((tx) => addCounty(tx, county, now, { demoPasswordHash, demoPrefix: code })));
  }
  return added;
}
