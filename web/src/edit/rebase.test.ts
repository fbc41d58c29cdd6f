import { describe, expect, it } from 'vitest';
import { applyChange, moveVertex, reverseChange } from '@wangge/geodata';
import { rebaseSteps } from './rebase.ts';
import { buildBatch } from './save-batch.ts';
import { at, deepFreeze, grid, row } from './test-kit.ts';
import type { EditGrid, GridChange, Step } from './types.ts';

const step = (before: readonly EditGrid[], action: Step['action'], change: GridChange): Step => ({ action, change, inverse: reverseChange(before, change) });
const ids = () => {
  let n = 0;
  return () => `fresh-${++n}`;
};

describe('rebaseSteps', () => {
  const base = row().features;
  // the planner draws n1 on top of g3's row, numbered 004 after g1–g3's 001–003
  const drawn = grid('n1', [[300, 0], [400, 0], [400, 100], [300, 100]], { code: '520521001001004', version: 0 });

  it('gives a drawn grid a new id when its id was taken meanwhile, and the next free code when its code was', () => {
    const steps = [step(base, 'draw', { put: [drawn], delete: [] })];
    const theirs = grid('n1', [[0, 100], [100, 100], [100, 200], [0, 200]], { code: '520521001001004', name: '他们的网格', version: 1 });
    const fresh = deepFreeze([...base, theirs]);
    const r = rebaseSteps(base, fresh, steps, ids());
    const mine = r.grids.find((g) => g.properties.id === 'fresh-1')!;
    expect(mine.id).toBe('fresh-1');
    expect(mine.geometry).toEqual(drawn.geometry);
    // 004 is theirs now: ours takes 005, as one more undoable step
    expect(mine.properties.code).toBe('520521001001005');
    expect(r.grids.find((g) => g.properties.id === 'n1')).toBe(theirs);
    expect(r.steps.map((s) => s.action)).toEqual(['draw', 'attributes']);
    expect(r.notices).toEqual([
      { kind: 'newId', id: 'fresh-1', was: 'n1', code: '520521001001004' },
      { kind: 'code', id: 'fresh-1', code: '520521001001005', was: '520521001001004', holder: '他们的网格' },
    ]);
    const batch = buildBatch(fresh, r.grids);
    expect(batch.create.map((c) => [c.id, c.code])).toEqual([['fresh-1', '520521001001005']]);
    expect(batch.update).toEqual([]);
    // undo of both steps leads back to the fresh grids
    const undone = [...r.steps].reverse().reduce((gs, s) => applyChange(gs, s.inverse), r.grids);
    expect(undone).toEqual(fresh);
  });

  it('keeps the id and code when both are still free', () => {
    const r = rebaseSteps(base, base, [step(base, 'draw', { put: [drawn], delete: [] })], ids());
    expect(r.grids.at(-1)).toBe(drawn);
    expect(r.notices).toEqual([]);
  });

  it('brings an edited grid that someone else retired back as a new grid with a new id', () => {
    const moved = moveVertex(base, at(200, 100), at(200, 130));
    if (!moved.ok) throw new Error(moved.error.message);
    const steps = [step(base, 'moveVertex', moved.change)];
    const fresh = deepFreeze(base.filter((g) => g.properties.id !== 'g3'));
    const r = rebaseSteps(base, fresh, steps, ids());
    expect(r.grids.map((g) => g.properties.id)).toEqual(['g1', 'g2', 'fresh-1']);
    const back = r.grids[2];
    expect(back.properties).toMatchObject({ id: 'fresh-1', code: '520521001001003', version: 0 });
    expect(back.geometry).toEqual(moved.change.put.find((g) => g.properties.id === 'g3')!.geometry);
    expect(r.notices).toEqual([{ kind: 'retired', id: 'fresh-1', was: 'g3', code: '520521001001003' }]);
    const batch = buildBatch(fresh, r.grids);
    expect(batch.create.map((c) => c.id)).toEqual(['fresh-1']);
    expect(batch.update.map((u) => u.id)).toEqual(['g2']);
    expect(batch.retire).toEqual([]);
  });

  it('drops the retiring of a grid someone else retired already', () => {
    const steps = [step(base, 'retire', { put: [], delete: ['g3'] })];
    const fresh = deepFreeze(base.filter((g) => g.properties.id !== 'g3'));
    const r = rebaseSteps(base, fresh, steps, ids());
    expect(r.grids).toEqual(fresh);
    expect(r.notices).toEqual([]);
    expect(buildBatch(fresh, r.grids)).toEqual({ update: [], create: [], retire: [] });
  });
});
