import { applyChange, reverseChange } from '@wangge/geodata';
import { newGridId, nextCode } from './grid-attrs.ts';
import { EDIT_ACTIONS, type EditGrid, type GridChange, type Step } from './types.ts';

const ATTRIBUTES = ['code', 'name', 'communityId', 'communityName', 'streetOfficeId', 'streetOfficeName', 'areaId', 'areaName', 'unitIds', 'unitNames'] as const;
const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);
const idOf = (g: EditGrid) => g.properties.id;

/**
 * What the planner must hear after a re-apply: a grid of theirs that now has another id (its id
 * was taken meanwhile, or someone else retired the grid it edited, so it comes back as a new one),
 * or one whose code someone else took meanwhile (renumbered, as one more undoable step).
 */
export type RebaseNotice =
  | { kind: 'newId'; id: string; was: string; code: string }
  | { kind: 'retired'; id: string; was: string; code: string }
  | { kind: 'code'; id: string; code: string; was: string; holder: string };

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
 * Ids the steps must not use on fresh data: a grid this session created whose id is now in use,
 * and a grid it edited that someone else retired (a retired grid keeps its id, so the edited shape
 * comes back as a new grid). Each gets a new id.
 */
function renamesFor(oldBase: readonly EditGrid[], fresh: readonly EditGrid[], steps: readonly Step[], makeId: () => string) {
  const before = new Set(oldBase.map(idOf));
  const now = new Set(fresh.map(idOf));
  const renames = new Map<string, { id: string; kind: 'newId' | 'retired' }>();
  for (const step of steps) {
    for (const f of step.change.put) {
      const id = idOf(f);
      if (renames.has(id)) continue;
      if (!before.has(id) && now.has(id)) renames.set(id, { id: makeId(), kind: 'newId' });
      else if (before.has(id) && !now.has(id)) renames.set(id, { id: makeId(), kind: 'retired' });
    }
  }
  return renames;
}

function renamed(change: GridChange, renames: Map<string, { id: string }>, retired: Set<string>): GridChange {
  const put = change.put.map((f) => {
    const to = renames.get(idOf(f));
    return to ? { ...f, id: to.id, properties: { ...f.properties, id: to.id, version: 0 } } : f;
  });
  // deleting a grid someone else retired already is nothing to do
  return { put, delete: change.delete.filter((id) => !retired.has(id)).map((id) => renames.get(id)?.id ?? id) };
}

/**
 * Re-applies a session's steps, in order, on fresh committed grids (after a 409): each step's
 * change is rebased field by field (see rebaseFeature) and its inverse recomputed against the
 * fresh timeline, so undo still leads back to the fresh grids. Grids whose ids are no longer free
 * get new ones, and a grid of the session whose code someone else took meanwhile is renumbered in
 * its community (one more step, which undo can take back). Returns the grids, steps and notices.
 */
export function rebaseSteps(
  oldBase: readonly EditGrid[],
  fresh: readonly EditGrid[],
  steps: readonly Step[],
  makeId: () => string = newGridId,
): { grids: EditGrid[]; steps: Step[]; notices: RebaseNotice[] } {
  const renames = renamesFor(oldBase, fresh, steps, makeId);
  const freshIds = new Set(fresh.map(idOf));
  const retired = new Set(oldBase.map(idOf).filter((id) => !freshIds.has(id)));
  let old = [...oldBase];
  let now = [...fresh];
  const out: Step[] = [];
  for (const step of steps) {
    const oldById = new Map(old.map((g) => [idOf(g), g]));
    const nowById = new Map(now.map((g) => [idOf(g), g]));
    const moved = renamed(step.change, renames, retired);
    const change: GridChange = {
      put: moved.put.map((f, i) => rebaseFeature(f, oldById.get(idOf(step.change.put[i])), nowById.get(idOf(f)))),
      delete: moved.delete,
    };
    out.push({ action: step.action, change, inverse: reverseChange(now, change) });
    old = applyChange(old, step.change);
    now = applyChange(now, change);
  }
  const notices: RebaseNotice[] = [...renames].flatMap(([was, to]) => {
    const g = now.find((x) => idOf(x) === to.id);
    return g ? [{ kind: to.kind, id: to.id, was, code: g.properties.code }] : [];
  });
  const recoded = renumberClashes(fresh, now);
  if (recoded.put.length > 0) {
    out.push({ action: EDIT_ACTIONS.attributes, change: { put: recoded.put, delete: [] }, inverse: reverseChange(now, { put: recoded.put, delete: [] }) });
    now = applyChange(now, { put: recoded.put, delete: [] });
    notices.push(...recoded.notices);
  }
  return { grids: now, steps: out, notices };
}

/**
 * The session's grids (new, or with a code it changed) whose code a grid of someone else's now
 * holds, each given the next free code of its community: the server refuses two grids in force
 * with one code, and a reload would not cure that.
 */
function renumberClashes(fresh: readonly EditGrid[], grids: readonly EditGrid[]) {
  const freshCode = new Map(fresh.map((g) => [idOf(g), g.properties.code]));
  const ours = (g: EditGrid) => freshCode.get(idOf(g)) !== g.properties.code;
  const put: EditGrid[] = [];
  const notices: RebaseNotice[] = [];
  let current = [...grids];
  for (const g of grids) {
    if (!ours(g)) continue;
    const holder = current.find((h) => h !== g && !ours(h) && h.properties.code === g.properties.code);
    if (!holder) continue;
    const code = nextCode(g.properties.code.slice(0, 12), current);
    if (!code) continue;
    const next = { ...g, properties: { ...g.properties, code } };
    put.push(next);
    current = current.map((x) => (x === g ? next : x));
    notices.push({ kind: 'code', id: idOf(g), code, was: g.properties.code, holder: holder.properties.name });
  }
  return { put, notices };
}
