import { createHash } from 'node:crypto';
import { asc } from 'drizzle-orm';
import { outlineOf, type CityMapResponse } from '@wangge/geodata';
import type { MultiPolygon, Polygon } from 'geojson';
import type { Store } from '../db/store.ts';
import { listCounties } from './counties.ts';

/**
 * Outlines by county, keyed by a digest of the communities they were made from: a county's
 * outline is worked out again only after its communities change (a dataset reloaded), in any
 * process, because the digest is of what the database holds now.
 */
const outlines = new Map<string, { digest: string; outline: Polygon | MultiPolygon | null }>();

/** GET /api/city/map: every county's outline, its communities dissolved into one shape. */
export async function cityMap(store: Store): Promise<CityMapResponse> {
  const { db, t } = store;
  const rows = await db.select({ countyId: t.communities.countyId, id: t.communities.id, geometry: t.communities.geometry }).from(t.communities).orderBy(asc(t.communities.id));
  const byCounty = new Map<string, typeof rows>();
  for (const r of rows) {
    const list = byCounty.get(r.countyId ?? '') ?? [];
    list.push(r);
    byCounty.set(r.countyId ?? '', list);
  }
  const features: CityMapResponse['features'] = [];
  for (const county of await listCounties(store)) {
    const communities = byCounty.get(county.id) ?? [];
    const text = communities.map((c) => (typeof c.geometry === 'string' ? c.geometry : JSON.stringify(c.geometry)));
    const digest = createHash('sha256').update(text.join('\n')).digest('hex');
    let known = outlines.get(county.id);
    if (known?.digest !== digest) {
      known = { digest, outline: outlineOf(text.map((g) => JSON.parse(g) as Polygon | MultiPolygon)) };
      outlines.set(county.id, known);
    }
    if (known.outline) features.push({ type: 'Feature', id: county.id, geometry: known.outline, properties: { countyId: county.id, code: county.code, name: county.name } });
  }
  return { type: 'FeatureCollection', features };
}
