import { and, eq, isNull } from 'drizzle-orm';
import { geometryBBox, type GridPeopleInput } from '@wangge/geodata';
import type { MultiPolygon, Polygon } from 'geojson';
import { randomBytes } from 'node:crypto';
import type { Q } from '../db/store.ts';
import type { Tables } from '../db/tables.ts';
import { conflict } from '../http/errors.ts';
import { audit } from './audit.ts';
import type { CheckedBatch } from './grid-batch.ts';

const bbox = (g: Polygon | MultiPolygon) => {
  const [minLon, minLat, maxLon, maxLat] = geometryBBox(g);
  return { minLon, minLat, maxLon, maxLat };
};

/**
 * Ends, from week `from`, whatever of a grid's is still open in `table` (its version, its units
 * or its people), so those rows keep answering for the weeks before.
 */
async function closeOpen(tx: Q, table: Tables['gridVersions'] | Tables['gridUnits'] | Tables['people'], gridId: string, from: string): Promise<void> {
  await tx.db.update(table).set({ validTo: from }).where(and(eq(table.gridId, gridId), isNull(table.validTo)));
}

/** The units now holding a grid, lead first: a save that names the same ones changes nothing. */
async function openUnits(tx: Q, gridId: string): Promise<string[]> {
  const rows = await tx.db.select().from(tx.t.gridUnits).where(and(eq(tx.t.gridUnits.gridId, gridId), isNull(tx.t.gridUnits.validTo)));
  return rows.sort((a, b) => Number(b.lead) - Number(a.lead)).map((r) => r.unitId);
}

async function setUnits(tx: Q, gridId: string, unitIds: string[], from: string): Promise<void> {
  const same = (await openUnits(tx, gridId)).join('|') === unitIds.join('|');
  if (same) return;
  await closeOpen(tx, tx.t.gridUnits, gridId, from);
  await tx.db.insert(tx.t.gridUnits).values(unitIds.map((unitId, i) => ({ gridId, unitId, lead: i === 0, validFrom: from })));
}

async function setPeople(tx: Q, gridId: string, people: GridPeopleInput, from: string): Promise<void> {
  await closeOpen(tx, tx.t.people, gridId, from);
  const rows = [...(people.manager ? [{ ...people.manager, role: 'manager' as const }] : []), ...people.supervisors.map((s) => ({ ...s, role: 'supervisor' as const }))];
  if (rows.length === 0) return;
  await tx.db.insert(tx.t.people).values(rows.map((p) => ({ id: `${gridId}-${p.role}-${randomBytes(5).toString('hex')}`, ...p, gridId, validFrom: from })));
}

/**
 * Writes a checked save (grid-batch.ts) inside the caller's transaction: each grid's row becomes
 * its new latest version, and the version, units and people it had end where the save takes
 * effect, so every week before keeps what it had.
 */
export async function writeGridBatch(tx: Q, batch: CheckedBatch, userId: string, now: number): Promise<void> {
  const { t } = tx;
  const from = batch.effective;
  // the versions were checked before the coverage work; checked again as each row is written,
  // so a save that landed meanwhile (another process, another request) is a 409, not overwritten
  const stillAt = async (id: string, version: number, set: Partial<Tables['grids']['$inferInsert']>) => {
    const hit = await tx.db.update(t.grids).set(set).where(and(eq(t.grids.id, id), eq(t.grids.version, version), t.activeGrid)).returning({ id: t.grids.id });
    if (hit.length === 0) throw conflict(`grid ${id} was saved by someone else while this save was checked; reload, then re-apply your drawing`);
  };
  const addVersion = async (id: string, version: number, cols: { code: string; name: string; communityId: string; areaId: string }, geometry: Polygon | MultiPolygon) => {
    await tx.db.insert(t.gridVersions).values({ gridId: id, version, ...cols, geometry: JSON.stringify(geometry), ...bbox(geometry), validFrom: from, createdAt: now, createdBy: userId });
  };
  for (const r of batch.retires) {
    await stillAt(r.id, r.version, { retiredAt: now, version: r.version + 1, updatedAt: now, validTo: from });
    for (const table of [t.gridVersions, t.gridUnits, t.people]) await closeOpen(tx, table, r.id, from);
    await audit(tx, { at: now, userId, entity: 'grid', entityId: r.id, action: 'retire', before: { version: r.version, code: r.code, geometry: JSON.parse(r.geometry) }, after: { effectiveWeek: from } });
  }
  for (const { row, attrs, geometry } of batch.updates) {
    const { unitIds, people, ...cols } = attrs;
    await stillAt(row.id, row.version, { ...cols, geometry: JSON.stringify(geometry), ...bbox(geometry), version: row.version + 1, updatedAt: now });
    await closeOpen(tx, t.gridVersions, row.id, from);
    await addVersion(row.id, row.version + 1, cols, geometry);
    if (unitIds) await setUnits(tx, row.id, unitIds, from);
    if (people) await setPeople(tx, row.id, people, from);
    await audit(tx, {
      at: now,
      userId,
      entity: 'grid',
      entityId: row.id,
      action: 'update',
      before: { version: row.version, code: row.code, name: row.name, communityId: row.communityId, areaId: row.areaId, geometry: JSON.parse(row.geometry) },
      after: { version: row.version + 1, ...cols, unitIds, people, geometry, effectiveWeek: from },
    });
  }
  for (const { id, attrs, geometry } of batch.creates) {
    const { unitIds, people, ...cols } = attrs;
    const community = await tx.db.select({ countyId: t.communities.countyId }).from(t.communities).where(eq(t.communities.id, cols.communityId));
    await tx.db.insert(t.grids).values({ id, countyId: community[0]?.countyId ?? null, ...cols, geometry: JSON.stringify(geometry), ...bbox(geometry), version: 1, updatedAt: now, validFrom: from });
    await addVersion(id, 1, cols, geometry);
    await setUnits(tx, id, unitIds!, from);
    if (people) await setPeople(tx, id, people, from);
    await audit(tx, { at: now, userId, entity: 'grid', entityId: id, action: 'create', after: { version: 1, ...cols, unitIds, people, geometry, effectiveWeek: from } });
  }
}
