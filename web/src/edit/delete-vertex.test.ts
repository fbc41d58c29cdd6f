import { describe, expect, it } from 'vitest';
import { applyChange, insertVertex } from '@wangge/geodata';
import { deleteVertex } from './delete-vertex.ts';
import { at, grid, row } from './test-kit.ts';

describe('deleteVertex', () => {
  const base = row().features;

  it('takes a vertex off a shared border in both grids, which then match the originals', () => {
    const inserted = insertVertex(base, [at(100, 0), at(100, 100)], at(100, 50));
    if (!inserted.ok) throw new Error(inserted.error.message);
    const grids = applyChange(base, inserted.change);
    const r = deleteVertex(grids, at(100, 50));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.change.put.map((g) => g.properties.id)).toEqual(['g1', 'g2']);
    const after = applyChange(grids, r.change);
    // same positions as before the insert (the ring may start at the same vertex)
    expect(after.map((g) => g.geometry)).toEqual(base.map((g) => g.geometry));
  });

  it('refuses a vertex where borders meet, which would open a gap', () => {
    const r = deleteVertex(base, at(100, 100));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatchObject({ code: 'junction', grids: ['g1', 'g2'] });
  });

  it('takes a corner of one grid alone, and refuses to leave fewer than three vertices', () => {
    const r = deleteVertex(base, at(0, 0));
    expect(r.ok && r.change.put[0].geometry.coordinates[0]).toHaveLength(4);
    const triangle = grid('t1', [[0, 0], [100, 0], [0, 100]]);
    const refused = deleteVertex([triangle], at(0, 0));
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.code).toBe('degenerate');
  });

  it('says so when no grid has the vertex', () => {
    const r = deleteVertex(base, at(50, 50));
    expect(!r.ok && r.error.code).toBe('no-vertex');
  });
});
