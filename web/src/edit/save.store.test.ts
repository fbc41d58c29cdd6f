import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { moveVertex } from '@wangge/geodata';
import { useCoverage } from '../coverage/coverage.store.ts';
import { useData } from '../state/data.store.ts';
import { useView } from '../state/view.store.ts';
import { apiError, json, snapshotStores, stubApi } from '../test/api-stub.ts';
import { useEdit } from './edit.store.ts';
import { useSave } from './save.store.ts';
import { at, row, rowCommunity } from './test-kit.ts';

const restore = snapshotStores(useSave, useEdit, useData, useCoverage, useView);
beforeEach(() => {
  useData.setState({ communities: rowCommunity(), grids: row() });
  useEdit.getState().start(row());
});
afterEach(() => {
  restore();
  vi.unstubAllGlobals();
});

/** Moves the g1|g2 border 30 m right: two grids to save. */
function editTwoGrids() {
  const r = moveVertex(useEdit.getState().grids, at(100, 100), at(130, 100));
  if (!r.ok) throw new Error(r.error.message);
  useEdit.getState().transact(r.change, 'moveVertex');
}

describe('save store', () => {
  it('sends nothing when nothing changed', async () => {
    const seen = stubApi(() => json(200, {}));
    await useSave.getState().saveAll();
    expect(seen).toEqual([]);
    expect(useSave.getState().save).toEqual({ state: 'idle' });
  });

  it('saves every changed grid in one batch, then starts again from the grids as saved', async () => {
    editTwoGrids();
    const seen = stubApi((method, path) => (method === 'POST' ? json(200, { saved: {}, retired: [], coverage: {} }) : path === '/api/grids' ? json(200, row()) : json(200, {})));
    await useSave.getState().saveAll();
    const batch = seen.find((r) => r.method === 'POST')!;
    expect(batch.path).toBe('/api/grids/batch');
    expect((batch.body as { update: { id: string }[] }).update.map((u) => u.id).sort()).toEqual(['g1', 'g2']);
    expect(useSave.getState().save).toEqual({ state: 'saved', count: 2 });
    expect(useEdit.getState().undo).toEqual([]);
  });

  it('a save that makes coverage worse waits for a confirmation, worded in the UI language; confirming sends confirmWorse', async () => {
    editTwoGrids();
    const seen = stubApi((method) => (method === 'POST' ? apiError(422, 'coverage_worse', 'this save leaves 1 gap(s) of 3.0 m²; confirm to save anyway') : json(200, {})));
    await useSave.getState().saveAll();
    expect(useSave.getState().save).toEqual({ state: 'worse', message: '保存后缺口、重叠或越界的面积会比现在更大。' });
    await useSave.getState().saveAll(true);
    expect(seen.filter((r) => r.method === 'POST').map((r) => (r.body as { confirmWorse?: boolean }).confirmWorse)).toEqual([undefined, true]);
  });

  it('someone else saving first is a conflict; anything else is a failure, with the reason', async () => {
    editTwoGrids();
    let answer = apiError(409, 'conflict', 'grid g1 is at version 4, not 3');
    stubApi((method) => (method === 'POST' ? answer : json(200, {})));
    await useSave.getState().saveAll();
    expect(useSave.getState().save).toEqual({ state: 'conflict', message: 'grid g1 is at version 4, not 3' });
    answer = apiError(403, 'forbidden', 'a leader may not do this');
    await useSave.getState().saveAll();
    expect(useSave.getState().save).toEqual({ state: 'failed', message: '你的账号没有权限做这件事。' });
  });
});
