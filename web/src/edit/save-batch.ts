import type { GridAttributes as Attributes, GridBatch } from '@wangge/geodata';
import type { EditGrid } from './types.ts';

/** POST /api/grids/batch's body is the contract's. */
export type { GridBatch };

const sameGeometry = (a: EditGrid['geometry'], b: EditGrid['geometry']) => a === b || JSON.stringify(a) === JSON.stringify(b);
const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** The attributes of `next` that differ from `before` (all of them for a new grid). */
function changedAttributes(before: EditGrid['properties'], next: EditGrid['properties']): Attributes {
  const out: Attributes = {};
  for (const key of ['code', 'name', 'communityId', 'areaId'] as const) if (before[key] !== next[key]) out[key] = next[key];
  if (!sameList(before.unitIds, next.unitIds)) out.unitIds = [...next.unitIds];
  return out;
}

/** Whether `next` differs from `before` in shape or in any attribute a save sends. */
export function gridChanged(before: EditGrid, next: EditGrid): boolean {
  return before !== next && (!sameGeometry(before.geometry, next.geometry) || Object.keys(changedAttributes(before.properties, next.properties)).length > 0);
}

/**
 * What to send for the grids as edited, against the committed ones they started from: grids that
 * changed shape or attributes are updates (with the version they were based on), grids not there
 * before are created, grids gone are retired. Unchanged grids are left out.
 */
export function buildBatch(base: readonly EditGrid[], current: readonly EditGrid[]): GridBatch {
  const before = new Map(base.map((g) => [g.properties.id, g]));
  const now = new Set(current.map((g) => g.properties.id));
  const batch: GridBatch = { update: [], create: [], retire: [] };
  for (const g of current) {
    const p = g.properties;
    const old = before.get(p.id);
    if (!old) {
      batch.create.push({ id: p.id, code: p.code, name: p.name, communityId: p.communityId, areaId: p.areaId, unitIds: [...p.unitIds], geometry: g.geometry });
      continue;
    }
    if (old === g) continue;
    const attrs = changedAttributes(old.properties, p);
    const reshaped = !sameGeometry(old.geometry, g.geometry);
    if (reshaped || Object.keys(attrs).length > 0) {
      batch.update.push({ id: p.id, version: old.properties.version, ...attrs, ...(reshaped ? { geometry: g.geometry } : {}) });
    }
  }
  for (const g of base) if (!now.has(g.properties.id)) batch.retire.push({ id: g.properties.id, version: g.properties.version });
  return batch;
}

export function batchSize(batch: GridBatch): number {
  return batch.update.length + batch.create.length + batch.retire.length;
}
