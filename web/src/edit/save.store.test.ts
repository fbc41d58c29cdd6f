import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { moveVertex } from '@wangge/geodata';
import { useCoverage } from '../coverage/coverage.store.ts';
import { useData } from '../state/data.store.ts';
import { useView } from '../state/view.store.ts';
import { apiError, json, snapshotStores, stubApi } from '../test/api-stub.ts';
import { useEdit } from './edit.store.ts';
import { useReview } from './review/review.store.ts';
import { useSave } from './save.store.ts';
import { at, row, rowCommunity } from './test-kit.ts';

const restore = snapshotStores(useSave, useEdit, useData, useCoverage, useView, useReview);
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
    const seen = stubApi((method, path) =>
      method === 'POST' ? json(200, { saved: {}, retired: [], coverage: {}, effectiveWeek: '2026-11-27', rerouted: [{ problemId: 'p1', fromGridId: 'g1', toGridId: 'g2' }] }) : path === '/api/grids' ? json(200, row()) : json(200, {}),
    );
    await useSave.getState().saveAll();
    const batch = seen.find((r) => r.method === 'POST')!;
    expect(batch.path).toBe('/api/grids/batch');
    expect((batch.body as { update: { id: string }[] }).update.map((u) => u.id).sort()).toEqual(['g1', 'g2']);
    // in force from next week unless the planner says otherwise
    expect((batch.body as { effective: string }).effective).toBe('next_week');
    expect(useSave.getState().save).toEqual({ state: 'saved', count: 2, effectiveWeek: '2026-11-27', rerouted: 1 });
    expect(useEdit.getState().undo).toEqual([]);
  });

  it('a save that makes coverage worse waits for a confirmation, worded in the UI language; confirming sends confirmWorse', async () => {
    editTwoGrids();
    const seen = stubApi((method) => (method === 'POST' ? apiError(422, 'coverage_worse', 'this save leaves 1 gap(s) of 3.0 m²; confirm to save anyway') : json(200, {})));
    await useSave.getState().saveAll();
    expect(useSave.getState().save).toEqual({ state: 'worse', message: '保存后缺口、重叠或越界的面积会比现在更大。', confirmed: {} });
    await useSave.getState().saveAll({ worse: true });
    expect(seen.filter((r) => r.method === 'POST').map((r) => (r.body as { confirmWorse?: boolean }).confirmWorse)).toEqual([undefined, true]);
  });

  it('units a retired grid would drop are named and wait for a confirmation; the reviewed people and this week go with the save', async () => {
    editTwoGrids();
    useSave.getState().setEffective('this_week');
    useReview.getState().setPeople('g1', { manager: { name: '甲', phone: '13800000001' }, supervisors: [] });
    const dropped = [{ gridId: 'g3', code: '520521001001003', unitIds: ['u7'] }];
    const seen = stubApi((method) => (method === 'POST' ? apiError(422, 'units_dropped', 'retiring 520521001001003 drops u7', { dropped }) : json(200, {})));
    await useSave.getState().saveAll({ worse: true });
    expect(useSave.getState().save).toEqual({ state: 'dropped', dropped, confirmed: { worse: true } });
    await useSave.getState().saveAll({ worse: true, dropUnits: true });
    const bodies = seen.filter((r) => r.method === 'POST').map((r) => r.body as { effective: string; confirmDropUnits?: boolean; confirmWorse?: boolean; update: { id: string; people?: unknown }[] });
    expect(bodies.map((b) => [b.effective, b.confirmWorse, b.confirmDropUnits])).toEqual([
      ['this_week', true, undefined],
      ['this_week', true, true],
    ]);
    expect(bodies[0].update.find((u) => u.id === 'g1')?.people).toEqual({ manager: { name: '甲', phone: '13800000001' }, supervisors: [] });
    expect(bodies[0].update.find((u) => u.id === 'g2')?.people).toBeUndefined();
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
