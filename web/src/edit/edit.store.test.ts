import { beforeEach, describe, expect, it } from 'vitest';
import { moveVertex, type GridsResponse } from '@wangge/geodata';
import { useCoverage } from '../coverage/coverage.store.ts';
import { useData } from '../state/data.store.ts';
import { useEdit } from './edit.store.ts';
import { buildBatch } from './save-batch.ts';
import { at, deepFreeze, row, rowCommunity } from './test-kit.ts';
import type { GridChange } from './types.ts';

const move = (from: [number, number], to: [number, number]): GridChange => {
  const r = moveVertex(useEdit.getState().grids, at(...from), at(...to));
  if (!r.ok) throw new Error(r.error.message);
  return r.change;
};
const geometryOf = (id: string) => useEdit.getState().grids.find((g) => g.properties.id === id)!.geometry;

describe('edit store', () => {
  let base: GridsResponse;

  beforeEach(() => {
    useData.setState({ communities: rowCommunity() });
    useEdit.setState({ active: false, base: null, grids: [], shown: [], undo: [], redo: [], draft: null, selected: null });
    base = row();
    useEdit.getState().start(base);
  });

  it('a shared-vertex move changes both grids in one step, and one undo puts both back', () => {
    useEdit.getState().transact(move([100, 100], [130, 100]), 'moveVertex');
    const s = useEdit.getState();
    expect(s.undo).toHaveLength(1);
    expect(s.undo[0].change.put.map((g) => g.properties.id).sort()).toEqual(['g1', 'g2']);
    expect(geometryOf('g1')).not.toEqual(base.features[0].geometry);
    expect(geometryOf('g2')).not.toEqual(base.features[1].geometry);
    // the border moved in both grids at once: still edge to edge inside the community
    expect(useCoverage.getState().live?.report.ok).toBe(true);

    useEdit.getState().undoStep();
    expect(useEdit.getState().grids).toEqual(base.features);
    expect(useEdit.getState().redo).toHaveLength(1);
    expect(useCoverage.getState().live?.report.ok).toBe(true);

    useEdit.getState().redoStep();
    expect(useEdit.getState().grids.map((g) => g.geometry)).toEqual(s.grids.map((g) => g.geometry));
    expect(useEdit.getState().undo).toHaveLength(1);
  });

  it('a draft is checked and shown but is no step until it is transacted', () => {
    const change = move([100, 100], [150, 100]);
    useEdit.getState().setDraft(change);
    expect(useEdit.getState().undo).toHaveLength(0);
    expect(useEdit.getState().grids).toEqual(base.features);
    expect(useEdit.getState().shown).not.toEqual(base.features);
    expect(useCoverage.getState().live?.grids).toBe(useEdit.getState().shown);
    useEdit.getState().transact(change, 'moveVertex');
    expect(useEdit.getState().draft).toBeNull();
    expect(useEdit.getState().shown).toBe(useEdit.getState().grids);
  });

  it('a new change clears the redo list; undo and redo walk several steps', () => {
    const { transact, undoStep, redoStep } = useEdit.getState();
    transact(move([100, 100], [120, 100]), 'moveVertex');
    transact(move([200, 0], [200, -10]), 'moveVertex');
    expect(useCoverage.getState().live?.report.ok).toBe(false);
    undoStep();
    undoStep();
    expect(useEdit.getState().grids).toEqual(base.features);
    redoStep();
    transact(move([200, 100], [210, 100]), 'moveVertex');
    expect(useEdit.getState().redo).toHaveLength(0);
    expect(useEdit.getState().undo.map((s) => s.action)).toEqual(['moveVertex', 'moveVertex']);
  });

  it('re-applies the unsaved steps on fresh grids after a conflict, with the fresh versions', () => {
    useEdit.getState().transact(move([100, 100], [130, 100]), 'moveVertex');
    const edited = useEdit.getState().grids;
    // someone else saved g2 and g3 meanwhile: new versions, both renamed
    const fresh: GridsResponse = deepFreeze({
      ...base,
      features: base.features.map((g) => (g.properties.id === 'g1' ? g : { ...g, properties: { ...g.properties, version: 4, name: `${g.properties.id} 新名` } })),
    });
    useEdit.getState().reapply(fresh);
    const s = useEdit.getState();
    expect(s.base).toBe(fresh);
    expect(s.grids.map((g) => g.geometry)).toEqual(edited.map((g) => g.geometry));
    // their renames survive: the step changed only the shape of g2, so only the shape is re-applied
    expect(s.grids.map((g) => g.properties.name)).toEqual(['网格 g1', 'g2 新名', 'g3 新名']);
    const batch = buildBatch(fresh.features, s.grids);
    expect(batch.update.map((u) => [u.id, u.version])).toEqual([
      ['g1', 3],
      ['g2', 4],
    ]);
    // undo now leads back to the fresh grids, not the stale ones
    useEdit.getState().undoStep();
    expect(useEdit.getState().grids).toEqual(fresh.features);
  });

  it('resumes unsaved edits when reopened on the same grids, and starts over on new ones', () => {
    useEdit.getState().transact(move([100, 100], [130, 100]), 'moveVertex');
    useEdit.getState().stop();
    expect(useCoverage.getState().live).toBeNull();
    useEdit.getState().start(base);
    expect(useEdit.getState().undo).toHaveLength(1);
    useEdit.getState().stop();
    useEdit.getState().start(row());
    expect(useEdit.getState().undo).toHaveLength(0);
  });
});
