import { describe, expect, it } from 'vitest';
import { applied, QUAD, metres } from '../test/edit-fixtures.ts';
import { applyChange, composeChanges, reverseChange } from './change-set.ts';
import { mergeGrids } from './merge-grids.ts';
import { moveVertex } from './move-vertex.ts';
import type { ChangeSet, EditFeature } from './types.ts';

const sorted = (fs: EditFeature[]) => [...fs].sort((a, b) => String(a.properties!.id).localeCompare(String(b.properties!.id)));

describe('change sets', () => {
  it('apply replaces in place, appends new ids and drops deleted ones', () => {
    const [a, b, c] = QUAD.features;
    const moved = { ...a, properties: { id: 'r0c0', moved: true } };
    const added = { ...b, properties: { id: 'new' } };
    const out = applyChange(QUAD.features, { put: [moved, added], delete: [c.properties!.id as string] });
    expect(out.map((f) => f.properties!.id)).toEqual(['r0c0', 'r0c1', 'r1c1', 'new']);
    expect(out[0]).toBe(moved);
  });

  it('undo is applying the reverse: a shared-vertex move of four grids reverts in one step', () => {
    const result = moveVertex(QUAD.features, metres(100, 100), metres(120, 130));
    if (!result.ok) throw new Error('refused');
    const after = applied(QUAD.features, result);
    const undo = reverseChange(QUAD.features, result.change);
    expect(undo.put.length).toBe(4);
    expect(applyChange(after, undo)).toEqual(QUAD.features);
  });

  it('reverses a merge: the deleted grid comes back and the kept one gets its old shape', () => {
    const result = mergeGrids(QUAD.features, 'r0c0', 'r0c1');
    if (!result.ok) throw new Error('refused');
    const undo = reverseChange(QUAD.features, result.change);
    expect(undo.delete).toEqual([]);
    expect(sorted(applyChange(applied(QUAD.features, result), undo))).toEqual(sorted(QUAD.features));
  });

  it('reverses an added grid by deleting it', () => {
    const added = { ...QUAD.features[0], properties: { id: 'extra' } };
    expect(reverseChange(QUAD.features, { put: [added], delete: [] })).toEqual({ put: [], delete: ['extra'] });
  });

  it('composes two changes into one whose effect is both, in order', () => {
    const first = moveVertex(QUAD.features, metres(100, 100), metres(110, 110));
    if (!first.ok) throw new Error('refused');
    const mid = applied(QUAD.features, first);
    const second = mergeGrids(mid, 'r0c0', 'r0c1');
    if (!second.ok) throw new Error('refused');
    const both: ChangeSet = composeChanges(first.change, second.change);
    expect(applyChange(QUAD.features, both)).toEqual(applyChange(mid, second.change));
    expect(sorted(applyChange(applyChange(QUAD.features, both), reverseChange(QUAD.features, both)))).toEqual(sorted(QUAD.features));
  });
});
