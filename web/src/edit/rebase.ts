import { applyChange, reverseChange } from '@wangge/geodata';
import type { EditGrid, GridChange, Step } from './types.ts';

const ATTRIBUTES = ['code', 'name', 'communityId', 'communityName', 'streetOfficeId', 'streetOfficeName', 'areaId', 'areaName', 'unitIds', 'unitNames'] as const;
const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

/**
 * One put of a step, moved onto fresh data: only what the step changed (the geometry, or some
 * attributes) is taken from it; everything else comes from the fresh grid, so a save of someone
 * else's that touched other attributes of the same grid is kept.
 */
function rebaseFeature(put: EditGrid, before: EditGrid | undefined, fresh: EditGrid | undefined): EditGrid {
  if (!before || !fresh) return put;
  const properties = { ...fresh.properties };
  for (const key of ATTRIBUTES) if (!same(put.properties[key], before.properties[key])) Object.assign(properties, { [key]: put.properties[key] });
  const geometry = same(put.geometry, before.geometry) ? fresh.geometry : put.geometry;
  return { ...fresh, geometry, properties };
}

/**
 * Re-applies a session's steps, in order, on fresh committed grids (after a 409): each step's
 * change is rebased field by field (see rebaseFeature) and its inverse recomputed against the
 * fresh timeline, so undo still leads back to the fresh grids. Returns the grids and the steps.
 */
export function rebaseSteps(oldBase: readonly EditGrid[], fresh: readonly EditGrid[], steps: readonly Step[]): { grids: EditGrid[]; steps: Step[] } {
  let old = [...oldBase];
  let now = [...fresh];
  const out: Step[] = [];
  for (const step of steps) {
    const oldById = new Map(old.map((g) => [g.properties.id, g]));
    const nowById = new Map(now.map((g) => [g.properties.id, g]));
    const id = (g: EditGrid) => g.properties.id;
    const change: GridChange = {
      put: step.change.put.map((f) => rebaseFeature(f, oldById.get(id(f)), nowById.get(id(f)))),
      delete: [...step.change.delete],
    };
    out.push({ action: step.action, change, inverse: reverseChange(now, change) });
    old = applyChange(old, step.change);
    now = applyChange(now, change);
  }
  return { grids: now, steps: out };
}
