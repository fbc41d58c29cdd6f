import { and, asc, eq, gt, isNull, lte, or } from 'drizzle-orm';
import type { FindResponse } from '@wangge/geodata';
import { ofCounty } from '../db/county-scope.ts';
import type { Q } from '../db/store.ts';

export const FIND_LIMIT = 8;

const normalize = (s: string) => s.toLowerCase().replace(/\s+/g, '');

/**
 * GET /api/find?q=: the people in post today whose name or phone holds `q` (a phone by 4 or more of
 * its digits, anywhere: people remember a number's tail), with their grid; and the zones (places:
 * 农贸市场, a hospital) whose name holds it, with the middle of their extent to fly to.
 */
export async function find(q: Q, query: string, today: string): Promise<FindResponse> {
  const { db, t } = q;
  const needle = normalize(query);
  if (needle === '') return { people: [], places: [] };
  const digits = /^[\d-]+$/.test(needle) ? needle.replace(/-/g, '') : '';
  const p = t.people;
  const people = await db
    .select({ name: p.name, phone: p.phone, role: p.role, gridId: t.grids.id, gridCode: t.grids.code, gridName: t.grids.name })
    .from(p)
    .innerJoin(t.grids, eq(t.grids.id, p.gridId))
    .where(and(t.activeGrid, ofCounty(q, t.grids.countyId), or(isNull(p.validFrom), lte(p.validFrom, today)), or(isNull(p.validTo), gt(p.validTo, today))))
    .orderBy(asc(t.grids.code), asc(p.id));
  const zones = await db.select().from(t.zones).where(ofCounty(q, t.zones.countyId)).orderBy(asc(t.zones.id));
  return {
    people: people
      .filter((r) => normalize(r.name).includes(needle) || (digits.length >= 4 && r.phone.replace(/\D/g, '').includes(digits)))
      .slice(0, FIND_LIMIT)
      .map((r) => ({ ...r, role: r.role as 'manager' | 'supervisor' })),
    places: zones
      .filter((z) => normalize(z.name).includes(needle))
      .slice(0, FIND_LIMIT)
      .map((z) => ({ id: z.id, name: z.name, kind: z.kind, center: [(z.minLon + z.maxLon) / 2, (z.minLat + z.maxLat) / 2] as [number, number] })),
  };
}
