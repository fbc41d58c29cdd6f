import { and, desc, eq, inArray } from 'drizzle-orm';
import { geometryBBox, type CoverageReport } from '@wangge/geodata';
import type { MultiPolygon, Polygon } from 'geojson';
import { first } from '../db/query.ts';
import type { Q, Store } from '../db/store.ts';
import type { Tables } from '../db/tables.ts';
import { HttpError, badRequest, conflict, notFound } from '../http/errors.ts';
import { audit } from './audit.ts';
import { coverageOf, storedGridShapes } from './coverage.ts';
import { validGridGeometry } from './grid-geometry.ts';

const CODE_RE = /^\d{15}$/;

export interface GridAttributes {
  code?: unknown;
  name?: unknown;
  communityId?: unknown;
  areaId?: unknown;
  unitIds?: unknown;
}

export interface GridBatch {
  update: (GridAttributes & { id: unknown; version: unknown; geometry?: unknown })[];
  create: (GridAttributes & { id?: unknown; geometry: unknown })[];
  retire: { id: unknown; version: unknown }[];
  confirmWorse: boolean;
}

type GridRowT = Tables['grids']['$inferSelect'];
type Shape = { id: string; communityId: string; geometry: Polygon | MultiPolygon };
const defectArea = (r: CoverageReport) => r.summary.overlapAreaM2 + r.summary.gapAreaM2 + r.summary.outsideAreaM2;

function str(v: unknown, what: string): string {
  if (typeof v !== 'string' || v.trim() === '') throw badRequest(`${what} must be a non-empty string`, 'bad_field');
  return v.trim();
}

/**
 * One planner save: grids reshaped or re-attributed, new grids (from a split), grids retired
 * (merged away or deleted). All checked first — versions (409), geometry, codes, references —
 * then the coverage after the save is compared with before (422 if worse, unless confirmed),
 * then everything is written in one transaction with an audit record per grid.
 */
export async function saveGridBatch(store: Store, batch: GridBatch, userId: string, now: number) {
  const { db, t } = store;
  if (batch.update.length + batch.create.length + batch.retire.length === 0) throw badRequest('the save has no changes', 'bad_field');
  const exists = async (table: Tables['communities'] | Tables['areas'] | Tables['units'], id: string) => (await first(db.select({ id: table.id }).from(table).where(eq(table.id, id)))) !== undefined;
  const current = new Map((await db.select().from(t.grids).where(t.activeGrid)).map((g) => [g.id, g]));
  const touched = new Set<string>();
  const stored = (idValue: unknown, version: unknown) => {
    const id = str(idValue, 'grid id');
    if (touched.has(id)) throw badRequest(`grid ${id} appears twice in one save`, 'bad_field');
    touched.add(id);
    if (typeof version !== 'number' || !Number.isInteger(version)) throw badRequest(`grid ${id}: version must be the whole number your edit is based on`, 'bad_field');
    const row = current.get(id);
    if (!row) throw notFound(`grid "${id}" does not exist (or was retired)`);
    if (version !== row.version) throw conflict(`grid ${row.code} was saved by someone else (version ${row.version}, your edit is based on ${String(version)}); reload, then re-apply your drawing`);
    return row;
  };
  const attributes = async (a: GridAttributes, base?: Tables['grids']['$inferSelect']) => {
    const code = a.code === undefined && base ? base.code : str(a.code, 'code');
    if (!CODE_RE.test(code)) throw badRequest(`code "${code}" must be 15 digits: county (6) + street office (3) + community (3) + sequence (3)`, 'bad_field');
    const communityId = a.communityId === undefined && base ? base.communityId : str(a.communityId, 'communityId');
    const community = await first(db.select().from(t.communities).where(eq(t.communities.id, communityId)));
    if (!community) throw notFound(`community "${communityId}" does not exist`);
    if (!code.startsWith(community.code)) throw badRequest(`code ${code} does not start with its community's code ${community.code}`, 'bad_field');
    const areaId = a.areaId === undefined && base ? base.areaId : str(a.areaId, 'areaId');
    if (!(await exists(t.areas, areaId))) throw notFound(`片区 "${areaId}" does not exist`);
    const name = a.name === undefined && base ? base.name : str(a.name, 'name');
    let unitIds: string[] | null = null;
    if (a.unitIds !== undefined) {
      if (!Array.isArray(a.unitIds) || a.unitIds.length === 0 || a.unitIds.some((u) => typeof u !== 'string')) throw badRequest('unitIds must be a non-empty list of unit ids, lead first', 'bad_field');
      for (const u of a.unitIds as string[]) if (!(await exists(t.units, u))) throw notFound(`unit "${u}" does not exist`);
      unitIds = [...new Set(a.unitIds as string[])];
    }
    return { code, name, communityId, areaId, unitIds };
  };

  type Attrs = Awaited<ReturnType<typeof attributes>>;
  const updates: { row: GridRowT; attrs: Attrs; geometry: Polygon | MultiPolygon }[] = [];
  for (const u of batch.update) {
    const row = stored(u.id, u.version);
    updates.push({ row, attrs: await attributes(u, row), geometry: u.geometry === undefined ? (JSON.parse(row.geometry) as Polygon | MultiPolygon) : validGridGeometry(row.id, u.geometry) });
  }
  const retires = batch.retire.map((r) => stored(r.id, r.version));
  const creates: { id: string; attrs: Attrs; geometry: Polygon | MultiPolygon }[] = [];
  for (const [i, c] of batch.create.entries()) {
    const id = c.id === undefined ? `grid-${now.toString(36)}-${i}` : str(c.id, 'id');
    if (await first(db.select({ id: t.grids.id }).from(t.grids).where(eq(t.grids.id, id)))) throw conflict(`grid id "${id}" is already taken`);
    const attrs = await attributes(c);
    if (!attrs.unitIds) throw badRequest(`new grid ${attrs.code} needs unitIds (the units that hold it)`, 'bad_field');
    creates.push({ id, attrs, geometry: validGridGeometry(id, c.geometry) });
  }
  const retiredIds = new Set(retires.map((r) => r.id));
  const codes = new Map<string, string>();
  for (const g of current.values()) if (!retiredIds.has(g.id)) codes.set(g.code, g.id);
  for (const { row } of updates) codes.delete(row.code);
  for (const item of [...updates.map((u) => ({ id: u.row.id, code: u.attrs.code })), ...creates.map((c) => ({ id: c.id, code: c.attrs.code }))]) {
    const holder = codes.get(item.code);
    if (holder && holder !== item.id) throw conflict(`code ${item.code} is already used by grid ${holder}`);
    codes.set(item.code, item.id);
  }

  const shapes = await storedGridShapes(store);
  const before = await coverageOf(store, shapes);
  const next: Shape[] = shapes
    .filter((g) => !retiredIds.has(g.id))
    .map((g) => {
      const u = updates.find((x) => x.row.id === g.id);
      return u ? { id: g.id, communityId: u.attrs.communityId, geometry: u.geometry } : g;
    })
    .concat(creates.map((c) => ({ id: c.id, communityId: c.attrs.communityId, geometry: c.geometry })));
  const after = await coverageOf(store, next);
  if (!batch.confirmWorse && (after.summary.invalidCount > before.summary.invalidCount || defectArea(after) > defectArea(before) + 1)) {
    const s = after.summary;
    throw new HttpError(
      422,
      'coverage_worse',
      `this save leaves ${s.gapCount} gap(s) of ${s.gapAreaM2.toFixed(1)} m², ${s.overlapCount} overlap(s) of ${s.overlapAreaM2.toFixed(1)} m² and ${s.outsideCount} spill-over(s) of ${s.outsideAreaM2.toFixed(1)} m² (before: ${defectArea(before).toFixed(1)} m² in all); confirm to save anyway`,
    );
  }

  const bbox = (g: Polygon | MultiPolygon) => {
    const [minLon, minLat, maxLon, maxLat] = geometryBBox(g);
    return { minLon, minLat, maxLon, maxLat };
  };
  const setUnits = async (tx: Q, gridId: string, unitIds: string[] | null) => {
    if (!unitIds) return;
    await tx.db.delete(t.gridUnits).where(eq(t.gridUnits.gridId, gridId));
    await tx.db.insert(t.gridUnits).values(unitIds.map((unitId, i) => ({ gridId, unitId, lead: i === 0 })));
  };
  await store.tx(async (tx) => {
    // the versions were checked before the coverage work; checked again as each row is written,
    // so a save that landed meanwhile (another process, another request) is a 409, not overwritten
    const stillAt = async (id: string, version: number, set: Partial<Tables['grids']['$inferInsert']>) => {
      const hit = await tx.db.update(t.grids).set(set).where(and(eq(t.grids.id, id), eq(t.grids.version, version), t.activeGrid)).returning({ id: t.grids.id });
      if (hit.length === 0) throw conflict(`grid ${id} was saved by someone else while this save was checked; reload, then re-apply your drawing`);
    };
    for (const r of retires) {
      await stillAt(r.id, r.version, { retiredAt: now, version: r.version + 1, updatedAt: now });
      await audit(tx, { at: now, userId, entity: 'grid', entityId: r.id, action: 'retire', before: { version: r.version, code: r.code, geometry: JSON.parse(r.geometry) } });
    }
    for (const { row, attrs, geometry } of updates) {
      const { unitIds, ...cols } = attrs;
      await stillAt(row.id, row.version, { ...cols, geometry: JSON.stringify(geometry), ...bbox(geometry), version: row.version + 1, updatedAt: now });
      await setUnits(tx, row.id, unitIds);
      await audit(tx, { at: now, userId, entity: 'grid', entityId: row.id, action: 'update', before: { version: row.version, code: row.code, name: row.name, communityId: row.communityId, areaId: row.areaId, geometry: JSON.parse(row.geometry) }, after: { version: row.version + 1, ...cols, unitIds, geometry } });
    }
    for (const { id, attrs, geometry } of creates) {
      const { unitIds, ...cols } = attrs;
      await tx.db.insert(t.grids).values({ id, ...cols, geometry: JSON.stringify(geometry), ...bbox(geometry), version: 1, updatedAt: now });
      await setUnits(tx, id, unitIds);
      await audit(tx, { at: now, userId, entity: 'grid', entityId: id, action: 'create', after: { version: 1, ...cols, unitIds, geometry } });
    }
  });
  const ids = [...updates.map((u) => u.row.id), ...creates.map((c) => c.id)];
  return { saved: ids.length ? await db.select().from(t.grids).where(inArray(t.grids.id, ids)) : [], retired: [...retiredIds], coverage: after.summary };
}

/** A grid's recorded changes, newest first: who, when, what, and the geometry before and after. */
export async function gridHistory({ db, t }: Q, gridId: string) {
  return (
    await db
      .select()
      .from(t.auditEvents)
      .where(and(eq(t.auditEvents.entity, 'grid'), eq(t.auditEvents.entityId, gridId)))
      .orderBy(desc(t.auditEvents.id))
  ).map((e) => ({ id: e.id, at: new Date(e.at).toISOString(), userId: e.userId, action: e.action, before: e.before, after: e.after }));
}

type Snapshot = { version?: number; geometry?: unknown } | null;

/** The geometry a grid had at a version, read from its recorded changes (null if never recorded). */
export function geometryAtVersion(history: Awaited<ReturnType<typeof gridHistory>>, version: unknown): unknown {
  for (const e of history) {
    const after = e.after as Snapshot;
    const before = e.before as Snapshot;
    if (after?.version === version && after?.geometry) return after.geometry;
    if (before?.version === version && before?.geometry) return before.geometry;
  }
  return null;
}
