import { featureId } from '../coverage/input.ts';
import type { ChangeSet, EditFeature } from './types.ts';

/** properties.id, else feature.id, else the index — as a string, the key change sets use. */
export function gridId(feature: EditFeature, index = -1): string {
  return String(featureId(feature, index));
}

export function emptyChange<F extends EditFeature>(): ChangeSet<F> {
  return { put: [], delete: [] };
}

/**
 * The features after a change: puts replace features with the same id in place, new ids are
 * appended in the change's order, deleted ids are dropped. The input is not touched.
 */
export function applyChange<F extends EditFeature>(features: readonly F[], change: ChangeSet<F>): F[] {
  const put = new Map(change.put.map((f) => [gridId(f), f]));
  const gone = new Set(change.delete);
  const out: F[] = [];
  const seen = new Set<string>();
  features.forEach((f, i) => {
    const id = gridId(f, i);
    seen.add(id);
    if (put.has(id)) out.push(put.get(id)!);
    else if (!gone.has(id)) out.push(f);
  });
  for (const [id, f] of put) if (!seen.has(id)) out.push(f);
  return out;
}

/**
 * The change that undoes `change` when applied to the features it produced: what it replaced or
 * deleted is put back, what it added is deleted. Which way it goes (undo or redo) is not held here
 * but in which stack it sits on.
 */
export function reverseChange<F extends EditFeature>(before: readonly F[], change: ChangeSet<F>): ChangeSet<F> {
  const old = new Map(before.map((f, i) => [gridId(f, i), f]));
  const put: F[] = [];
  const del: string[] = [];
  const touched = new Set<string>();
  for (const f of change.put) {
    const id = gridId(f);
    if (touched.has(id)) continue;
    touched.add(id);
    if (old.has(id)) put.push(old.get(id)!);
    else del.push(id);
  }
  for (const id of change.delete) {
    if (touched.has(id) || !old.has(id)) continue;
    touched.add(id);
    put.push(old.get(id)!);
  }
  return { put, delete: del };
}

/** One change doing `first` then `second` (so several edits undo as one step). */
export function composeChanges<F extends EditFeature>(first: ChangeSet<F>, second: ChangeSet<F>): ChangeSet<F> {
  const put = new Map(first.put.map((f) => [gridId(f), f]));
  const del = new Set(first.delete);
  for (const id of second.delete) {
    put.delete(id);
    del.add(id);
  }
  for (const f of second.put) {
    const id = gridId(f);
    put.set(id, f);
    del.delete(id);
  }
  return { put: [...put.values()], delete: [...del] };
}
