import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useData } from '../../state/data.store.ts';
import { json, snapshotStores, stubApi } from '../../test/api-stub.ts';
import { mergeSelectedWith, splitSelected } from '../edit-actions.ts';
import { useEdit } from '../edit.store.ts';
import { at, deepFreeze, grid, rowCommunity } from '../test-kit.ts';
import { useReview } from './review.store.ts';

const restore = snapshotStores(useEdit, useData, useReview);
const PHONES: Record<string, string> = { 王一: '13800000001', 李二: '13800000002', 赵三: '13800000003', 钱四: '13800000004' };
const person = (name: string) => ({ id: name, name, phone: PHONES[name] });
const detail = (manager: string, sups: string[]) => ({ manager: person(manager), supervisors: sups.map(person) });

beforeEach(() => {
  const grids = deepFreeze({
    type: 'FeatureCollection' as const,
    features: [
      grid('g1', [[0, 0], [100, 0], [100, 100], [0, 100]], { unitIds: ['u1', 'u2'], unitNames: ['甲局', '乙局'] }),
      grid('g2', [[100, 0], [200, 0], [200, 100], [100, 100]], { unitIds: ['u3', 'u4', 'u2'], unitNames: ['丙局', '丁局', '乙局'] }),
    ],
  });
  useData.setState({ communities: rowCommunity(), grids, config: { currentWeek: '2026-11-20' } as never });
  useEdit.getState().start(grids);
  stubApi((_, path) => json(200, path.startsWith('/api/grids/g1') ? detail('王一', ['李二']) : detail('赵三', ['钱四', '李二'])));
});
afterEach(() => {
  restore();
  vi.unstubAllGlobals();
});

const units = (id: string) => useEdit.getState().grids.find((g) => g.properties.id === id)?.properties.unitIds;

describe('merge and split carry responsibility', () => {
  it('a merge keeps every unit of both grids and proposes both grids’ people', async () => {
    useEdit.getState().select('g1');
    mergeSelectedWith('g2');
    expect(units('g1')).toEqual(['u1', 'u2', 'u3', 'u4']);
    expect(units('g2')).toBeUndefined();
    await vi.waitFor(() => expect(useReview.getState().people.g1).toBeDefined());
    expect(useReview.getState().people.g1.manager?.name).toBe('王一');
    // 李二 supervised both grids: the other manager and every supervisor, each once
    expect(useReview.getState().people.g1.supervisors.map((s) => s.name)).toEqual(['李二', '赵三', '钱四']);
    expect(useReview.getState().review).toEqual({ kind: 'merge', gridId: 'g1', otherId: 'g2', otherCode: '520521001001002' });
    const ids = () => new Set(useEdit.getState().grids.map((g) => g.properties.id));
    expect(Object.keys(useReview.getState().standing(ids()))).toEqual(['g1']);
    // undone, the merge takes its proposed people with it: a later save of g1 would not send them
    useEdit.getState().undoStep();
    expect(units('g1')).toEqual(['u1', 'u2']);
    expect(useReview.getState().standing(ids())).toEqual({});
  });

  it('a split deals the units to the halves by area and asks the planner', async () => {
    useEdit.getState().select('g2');
    // a cut at x = 125: the kept piece is 3× the new one
    splitSelected([at(125, -10), at(125, 110)]);
    const made = useEdit.getState().selected!;
    const review = useReview.getState().review;
    expect(review?.kind).toBe('split');
    const kept = units('g2')!;
    const madeUnits = units(made)!;
    // three units, 3:1 by area → the larger half keeps the lead and one more; the smaller takes one
    expect(kept.length + madeUnits.length).toBe(3);
    expect(madeUnits).toHaveLength(1);
    expect([...kept, ...madeUnits].sort()).toEqual(['u2', 'u3', 'u4']);
    await vi.waitFor(() => expect(useReview.getState().people[made]).toBeDefined());
    const larger = kept.includes('u3') ? 'g2' : made;
    expect(useReview.getState().people[larger].manager?.name).toBe('赵三');
  });
});
