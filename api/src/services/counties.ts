import { asc, count, eq, or } from 'drizzle-orm';
import type { BBox, CountiesResponse } from '@wangge/geodata';
import type { Q } from '../db/store.ts';
import { HttpError, badRequest } from '../http/errors.ts';

/** The counties of the deployment and how many grids each has in force. */
export async function listCounties({ db, t }: Q): Promise<CountiesResponse> {
  const grids = new Map(
    (await db.select({ countyId: t.grids.countyId, n: count() }).from(t.grids).where(t.activeGrid).groupBy(t.grids.countyId)).map((r) => [r.countyId, r.n]),
  );
  return (await db.select().from(t.counties).orderBy(asc(t.counties.code))).map((r) => ({
    id: r.id,
    code: r.code,
    name: r.name,
    synthetic: r.synthetic,
    bbox: [r.minLon, r.minLat, r.maxLon, r.maxLat] as BBox,
    grids: grids.get(r.id) ?? 0,
  }));
}

export interface CountyRow {
  id: string;
  code: string;
  name: string;
}

export async function countyById({ db, t }: Q, id: string): Promise<CountyRow | null> {
  const [row] = await db.select({ id: t.counties.id, code: t.counties.code, name: t.counties.name }).from(t.counties).where(eq(t.counties.id, id));
  return row ?? null;
}

const choices = (rows: CountyRow[]) => rows.map(({ id, code, name }) => ({ id, code, name }));
const named = (rows: CountyRow[]) => rows.map((r) => `${r.id} (${r.code} ${r.name})`).join(', ');

/**
 * The county a request works in: `county=` (an id or a 6-digit code) when given, else the
 * account's own county, else the deployment's only county. Undefined: the deployment has no
 * county yet (nothing loaded). An account bound to a county may not ask for another one.
 */
export async function resolveCounty(q: Q, param: string | undefined, userCountyId: string | null): Promise<string | undefined> {
  const { db, t } = q;
  if (param !== undefined && param !== '') {
    const [row] = await db.select({ id: t.counties.id }).from(t.counties).where(or(eq(t.counties.id, param), eq(t.counties.code, param)));
    if (!row) {
      const all = await db.select({ id: t.counties.id, code: t.counties.code, name: t.counties.name }).from(t.counties).orderBy(asc(t.counties.code));
      throw badRequest(`no county "${param}" in this deployment (counties: ${named(all)})`, 'unknown_county', { county: param, choices: choices(all) });
    }
    if (userCountyId !== null && row.id !== userCountyId) throw otherCounty(row.id, userCountyId);
    return row.id;
  }
  if (userCountyId !== null) return userCountyId;
  const all = await db.select({ id: t.counties.id, code: t.counties.code, name: t.counties.name }).from(t.counties).orderBy(asc(t.counties.code));
  if (all.length <= 1) return all[0]?.id;
  throw badRequest(`this deployment holds ${all.length} counties: say which with county= (one of ${named(all)})`, 'county_required', { choices: choices(all) });
}

/** 403: the account works in `own` and the thing asked for lies in `county`. */
export function otherCounty(county: string | null, own: string): HttpError {
  return new HttpError(403, 'other_county', `this account works in county ${own}, and this belongs to county ${county ?? 'none'}`, { county, own });
}

/**
 * Refuses a thing of another county than the request's: a county's staff change only their own,
 * and a city-wide account acts on one county at a time (the one it named).
 */
export function refuseOtherCounty(q: Q, thingCountyId: string | null | undefined): void {
  if (q.countyId === undefined || thingCountyId === undefined || thingCountyId === null || thingCountyId === q.countyId) return;
  throw new HttpError(403, 'other_county', `this belongs to county ${thingCountyId ?? 'none'}, not to county ${q.countyId} this request works in`, { county: thingCountyId, own: q.countyId });
}

/** 403 for an account bound to a county: what follows is the whole city's. */
export function refuseCountyBound(countyId: string | null, why: string): void {
  if (countyId !== null) throw new HttpError(403, 'city_wide_only', why, { own: countyId });
}
