import { eq } from 'drizzle-orm';
import { representativePoint, type AssessmentPointInput } from '@wangge/geodata';
import { first } from '../db/query.ts';
import type { Q, Store } from '../db/store.ts';
import { HttpError, notFound } from '../http/errors.ts';
import { audit } from '../services/audit.ts';
import { refuseOtherCounty } from '../services/counties.ts';
import { outsideCountyMessage, placeOf } from './points.ts';

async function pointRow(q: Q, id: string) {
  const row = await first(q.db.select().from(q.t.assessmentPoints).where(eq(q.t.assessmentPoints.id, id)));
  if (!row) throw notFound(`assessment point "${id}" does not exist`);
  refuseOtherCounty(q, row.countyId);
  return row;
}

/**
 * Changes a 点位's kind, name or shape, placed again (grid, community, zone), audited with before and
 * after. Rounds that sampled it keep where it lay and who answered for it then (their sample rows).
 */
export async function updatePoint(store: Store, id: string, input: AssessmentPointInput, userId: string, now: number): Promise<void> {
  const { t } = store;
  await store.tx(async (tx) => {
    const before = await pointRow(tx, id);
    const [lon, lat] = representativePoint(input.geometry);
    const place = await placeOf(tx, lon, lat);
    if (place === null || place.countyId !== before.countyId) {
      throw new HttpError(422, 'outside_county', outsideCountyMessage(input.name, lon, lat));
    }
    const { countyId: _county, ...where } = place;
    const after = { ...before, kind: input.kind, name: input.name, geometry: JSON.stringify(input.geometry), lon, lat, ...where };
    await tx.db.update(t.assessmentPoints).set(after).where(eq(t.assessmentPoints.id, id));
    await audit(tx, { at: now, userId, entity: 'assessment_point', entityId: id, action: 'edit', before, after });
  });
}

/** Removes a 点位 no round has sampled (a sampled one is evidence of that round: 409 naming the rounds), audited. */
export async function deletePoint(store: Store, id: string, userId: string, now: number): Promise<void> {
  const { t } = store;
  await store.tx(async (tx) => {
    const before = await pointRow(tx, id);
    const rounds = await tx.db.select({ id: t.assessmentSample.roundId }).from(t.assessmentSample).where(eq(t.assessmentSample.pointId, id));
    if (rounds.length) throw new HttpError(409, 'point_sampled', `assessment point "${id}" was sampled by ${rounds.length} round(s) and stays as their record`, { rounds: rounds.map((r) => r.id) });
    await tx.db.delete(t.assessmentPoints).where(eq(t.assessmentPoints.id, id));
    await audit(tx, { at: now, userId, entity: 'assessment_point', entityId: id, action: 'delete', before });
  });
}
