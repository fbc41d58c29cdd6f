import { and, desc, eq, inArray } from 'drizzle-orm';
import { EFFECTIVE, effectiveWeek, isEffective, type CoverageReport, type Effective, type GridPeopleInput } from '@wangge/geodata';
import type { MultiPolygon, Polygon } from 'geojson';
import { first } from '../db/query.ts';
import type { Q, Store } from '../db/store.ts';
import { refuseOtherCounty } from './counties.ts';
import type { Tables } from '../db/tables.ts';
import { HttpError, badRequest, conflict, notFound } from '../http/errors.ts';
import { audit } from './audit.ts';
import { coverageOf, storedGridShapes } from './coverage.ts';
import { refuseOversizedSave, validGridGeometry } from './grid-geometry.ts';
import { writeGridBatch } from './grid-batch-write.ts';
import { holders } from './layout.ts';
import { checkPeople } from './grid-people.ts';
import { rerouteOpenProblems } from './problem-reroute.ts';

const CODE_RE = /^\d{15}$/;

/** A save as it arrives (the contract's GridBatch, not yet checked). */
export interface UncheckedAttributes {
  code?: unknown;
  name?: unknown;
  communityId?: unknown;
  areaId?: unknown;
  unitIds?: unknown;
  people?: unknown;
}

export interface UncheckedBatch {
  update: (UncheckedAttributes & { id: unknown; version: unknown; geometry?: unknown })[];
  create: (UncheckedAttributes & { id?: unknown; geometry: unknown })[];
  retire: { id: unknown; version: unknown }[];
  confirmWorse: boolean;
  /** retire grids whose units no grid of the save takes over (422 without it) */
  confirmDropUnits?: boolean;
  effective?: unknown;
}

export type GridRowT = Tables['grids']['$inferSelect'];
export interface CheckedAttributes {
  code: string;
  name: string;
  communityId: string;
  areaId: string;
  unitIds: string[] | null;
  people: GridPeopleInput | null;
}
export interface CheckedBatch {
  updates: { row: GridRowT; attrs: CheckedAttributes; geometry: Polygon | MultiPolygon }[];
  creates: { id: string; attrs: CheckedAttributes; geometry: Polygon | MultiPolygon }[];
  retires: GridRowT[];
  /** the first week the save is in force */
  effective: string;
}
type Shape = { id: string; communityId: string; geometry: Polygon | MultiPolygon };
const defectArea = (r: CoverageReport) => r.summary.overlapAreaM2 + r.summary.gapAreaM2 + r.summary.outsideAreaM2;

function str(v: unknown, what: string): string {
  if (typeof v !== 'string' || v.trim() === '') throw badRequest(`${what} must be a non-empty string`, 'bad_field');
  return v.trim();
}

/**
 * One planner save: grids reshaped or re-attributed, new grids (from a split), grids retired
 * (merged away or deleted). All checked first — versions (409), geometry, codes, references,
 * people — then the coverage after the save is compared with before (422 if worse, unless
 * confirmed), then everything is written in one transaction with an audit record per grid: in
 * force from next week unless `effective` says this week, so the running week's figures keep
 * their layout. Open problems whose place now lies in another grid are re-routed in the same
 * transaction.
 */
export async function saveGridBatch(store: Store, batch: UncheckedBatch, userId: string, now: number) {
  const { db, t } = store;
  if (batch.update.length + batch.create.length + batch.retire.length === 0) throw badRequest('the save has no changes', 'bad_field');
  if (batch.effective !== undefined && !isEffective(batch.effective)) throw badRequest(`effective "${String(batch.effective)}" must be ${EFFECTIVE.nextWeek} or ${EFFECTIVE.thisWeek}`, 'bad_field');
  const effective = effectiveWeek(now, (batch.effective as Effective | undefined) ?? EFFECTIVE.nextWeek);
  refuseOversizedSave(
    [...batch.update, ...batch.create].filter((g) => g.geometry !== undefined).map((g, i) => ({ id: typeof g.id === 'string' ? g.id : `#${i + 1}`, geometry: g.geometry })),
  );
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
    refuseOtherCounty(store, row.countyId);
    if (version !== row.version) throw conflict(`grid ${row.code} was saved by someone else (version ${row.version}, your edit is based on ${String(version)}); reload, then re-apply your drawing`);
    return row;
  };
  const attributes = async (a: UncheckedAttributes, base?: Tables['grids']['$inferSelect']): Promise<CheckedAttributes> => {
    const code = a.code === undefined && base ? base.code : str(a.code, 'code');
    if (!CODE_RE.test(code)) throw badRequest(`code "${code}" must be 15 digits: county (6) + street office (3) + community (3) + sequence (3)`, 'bad_field');
    const communityId = a.communityId === undefined && base ? base.communityId : str(a.communityId, 'communityId');
    const community = await first(db.select().from(t.communities).where(eq(t.communities.id, communityId)));
    if (!community) throw notFound(`community "${communityId}" does not exist`);
    refuseOtherCounty(store, community.countyId);
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
    return { code, name, communityId, areaId, unitIds, people: a.people === undefined ? null : checkPeople(a.people, code) };
  };

  const updates: CheckedBatch['updates'] = [];
  for (const u of batch.update) {
    const row = stored(u.id, u.version);
    updates.push({ row, attrs: await attributes(u, row), geometry: u.geometry === undefined ? (JSON.parse(row.geometry) as Polygon | MultiPolygon) : validGridGeometry(row.id, u.geometry) });
  }
  const retires = batch.retire.map((r) => stored(r.id, r.version));
  const creates: CheckedBatch['creates'] = [];
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
      { gapCount: s.gapCount, gapAreaM2: s.gapAreaM2, overlapCount: s.overlapCount, overlapAreaM2: s.overlapAreaM2, outsideCount: s.outsideCount, outsideAreaM2: s.outsideAreaM2, beforeAreaM2: defectArea(before) },
    );
  }

  const unchangedUnits = updates.filter((u) => !u.attrs.unitIds).map((u) => u.row.id);
  const kept = [...updates, ...creates].flatMap((g) => g.attrs.unitIds ?? []).concat(unchangedUnits.length ? (await holders(store, null, unchangedUnits)).map((h) => h.unitId) : []);
  await refuseDroppedUnits(store, retires, kept, batch.confirmDropUnits === true);

  const checked: CheckedBatch = { updates, creates, retires, effective };
  const rerouted = await store.tx(async (tx) => {
    await writeGridBatch(tx, checked, userId, now);
    return rerouteOpenProblems(tx, checked, userId, now);
  });
  const ids = [...updates.map((u) => u.row.id), ...creates.map((c) => c.id)];
  return { saved: ids.length ? await db.select().from(t.grids).where(inArray(t.grids.id, ids)) : [], retired: [...retiredIds], coverage: after.summary, effectiveWeek: effective, rerouted };
}

/**
 * A merge or a deletion must not lose a unit's duty silently: each unit of a retired grid should
 * hold one of the save's grids (a merge hands it the union; a split is a create with its own), or
 * the planner confirms it is let go (422 `units_dropped` naming them otherwise).
 */
async function refuseDroppedUnits(q: Q, retires: GridRowT[], kept: string[], confirmed: boolean): Promise<void> {
  if (confirmed || retires.length === 0) return;
  const taken = new Set(kept);
  const held = await holders(q, null, retires.map((r) => r.id));
  const dropped = retires
    .map((r) => ({ gridId: r.id, code: r.code, unitIds: held.filter((h) => h.gridId === r.id && !taken.has(h.unitId)).map((h) => h.unitId) }))
    .filter((d) => d.unitIds.length > 0);
  if (dropped.length === 0) return;
  throw new HttpError(
    422,
    'units_dropped',
    `retiring ${dropped.map((d) => `${d.code} drops ${d.unitIds.join(', ')}`).join('; ')}: give them to a grid of this save, or confirm to let them go`,
    { dropped },
  );
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
