import { randomBytes } from 'node:crypto';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { representativePoint, type AssessmentPointFeature, type AssessmentPointInput, type AssessmentPointsResponse, type ImportRowError } from '@wangge/geodata';
import { ofCounty } from '../db/county-scope.ts';
import { first } from '../db/query.ts';
import type { Q, Store } from '../db/store.ts';
import type { Tables } from '../db/tables.ts';
import { HttpError } from '../http/errors.ts';
import { audit } from '../services/audit.ts';
import { refuseOtherCounty } from '../services/counties.ts';
import { communityAt, gridAt, zonesAt } from '../services/locate.ts';

type PointRow = Tables['assessmentPoints']['$inferSelect'];

export const newPointId = () => `AP${randomBytes(6).toString('hex').toUpperCase()}`;

/** Where a 点位 lies, looked up at its representative point; null when no community of the request's county holds it. */
export async function placeOf(q: Q, lon: number, lat: number) {
  const grid = await gridAt(q, lon, lat);
  const communityId = grid?.communityId ?? (await communityAt(q, lon, lat))?.id ?? null;
  if (communityId === null) return null;
  const community = await first(q.db.select().from(q.t.communities).where(eq(q.t.communities.id, communityId)));
  if (!community) return null;
  const zone = (await zonesAt(q, lon, lat))[0] ?? null;
  return { gridId: grid?.id ?? null, communityId, streetOfficeId: community.streetOfficeId, zoneId: zone?.id ?? null, countyId: community.countyId };
}

/** Why a point is refused: no community of the county holds it. */
export const outsideCountyMessage = (name: string, lon: number, lat: number) => `${name} at ${lon.toFixed(6)}, ${lat.toFixed(6)} lies in no community of the county (are lon and lat swapped?)`;

function feature(p: PointRow, gridCode: string | null): AssessmentPointFeature {
  return {
    type: 'Feature',
    id: p.id,
    geometry: JSON.parse(p.geometry),
    properties: {
      id: p.id,
      kind: p.kind,
      name: p.name,
      gridId: p.gridId,
      gridCode,
      communityId: p.communityId,
      streetOfficeId: p.streetOfficeId,
      zoneId: p.zoneId,
      flagged: p.gridId === null,
      example: p.example,
    },
  };
}

/** The county's 点位 by kind and name; with a grid, that grid's. */
export async function listPoints(q: Q, { gridId, ids }: { gridId?: string; ids?: string[] } = {}): Promise<AssessmentPointsResponse> {
  const { db, t } = q;
  const where = and(ofCounty(q, t.assessmentPoints.countyId), gridId ? eq(t.assessmentPoints.gridId, gridId) : undefined, ids ? inArray(t.assessmentPoints.id, ids) : undefined);
  const rows = await db
    .select({ p: t.assessmentPoints, gridCode: t.grids.code })
    .from(t.assessmentPoints)
    .leftJoin(t.grids, eq(t.grids.id, t.assessmentPoints.gridId))
    .where(where)
    .orderBy(asc(t.assessmentPoints.kind), asc(t.assessmentPoints.name), asc(t.assessmentPoints.id));
  return { type: 'FeatureCollection', features: rows.map((r) => feature(r.p, r.gridCode)) };
}

export interface PointToAdd extends AssessmentPointInput {
  id?: string;
  example?: boolean;
  /** where an import read it (a feature's number, or the sheet's row): errors name it */
  row?: number;
}

/**
 * Adds 点位 in one transaction: each is placed first, and if any lies outside every community of
 * the county nothing is written (422 naming each such row). A point outside every grid is kept and
 * flagged. Answers the new ids in order.
 */
export async function addPoints(store: Store, points: readonly PointToAdd[], userId: string | null, now: number): Promise<string[]> {
  const { t } = store;
  return store.tx(async (tx) => {
    const rows: (typeof t.assessmentPoints.$inferInsert)[] = [];
    const errors: ImportRowError[] = [];
    for (const [i, p] of points.entries()) {
      const [lon, lat] = representativePoint(p.geometry);
      const place = await placeOf(tx, lon, lat);
      if (place === null || (tx.countyId !== undefined && place.countyId !== null && place.countyId !== tx.countyId)) {
        if (place !== null && points.length === 1) refuseOtherCounty(tx, place.countyId);
        errors.push({ row: p.row ?? i + 1, code: 'outside_county', message: outsideCountyMessage(p.name, lon, lat) });
        continue;
      }
      const { countyId, ...where } = place;
      rows.push({ id: p.id ?? newPointId(), countyId: countyId ?? tx.countyId!, kind: p.kind, name: p.name, geometry: JSON.stringify(p.geometry), lon, lat, ...where, example: p.example ?? false, createdAt: now, createdBy: userId });
    }
    if (errors.length) {
      if (points.length === 1) throw new HttpError(422, 'outside_county', errors[0].message, { rows: errors });
      throw new HttpError(422, 'import_invalid', `${errors.length} of ${points.length} rows cannot be added; nothing was added`, { rows: errors });
    }
    for (const row of rows) {
      await tx.db.insert(t.assessmentPoints).values(row);
      await audit(tx, { at: now, userId, entity: 'assessment_point', entityId: row.id, action: 'add', after: row });
    }
    return rows.map((r) => r.id);
  });
}
