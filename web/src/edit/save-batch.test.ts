import { describe, expect, it } from 'vitest';
import { buildBatch, batchSize } from './save-batch.ts';
import { grid, row } from './test-kit.ts';

describe('buildBatch', () => {
  const base = row().features;

  it('sends nothing for unchanged grids', () => {
    expect(batchSize(buildBatch(base, base))).toBe(0);
    expect(batchSize(buildBatch(base, base.map((g) => ({ ...g, geometry: JSON.parse(JSON.stringify(g.geometry)) }))))).toBe(0);
  });

  it('sends a reshaped grid with its base version and only what changed', () => {
    const moved = grid('g2', [[100, 0], [200, 0], [200, 110], [100, 100]]);
    const renamed = { ...base[2], properties: { ...base[2].properties, name: '新名', unitIds: ['u1', 'u2'] } };
    const batch = buildBatch(base, [base[0], moved, renamed]);
    expect(batch.update).toEqual([
      { id: 'g2', version: 3, geometry: moved.geometry },
      { id: 'g3', version: 3, name: '新名', unitIds: ['u1', 'u2'] },
    ]);
    expect(batch.create).toEqual([]);
    expect(batch.retire).toEqual([]);
  });

  it('creates grids that are new and retires grids that are gone', () => {
    const made = grid('n9', [[0, 100], [100, 100], [100, 200], [0, 200]], { code: '520521001001009', unitIds: ['u7'] });
    const batch = buildBatch(base, [base[0], base[1], made]);
    expect(batch.create).toEqual([
      { id: 'n9', code: '520521001001009', name: '网格 n9', communityId: 'c1', areaId: 'area-1', unitIds: ['u7'], geometry: made.geometry },
    ]);
    expect(batch.retire).toEqual([{ id: 'g3', version: 3 }]);
    expect(batchSize(batch)).toBe(2);
  });
});
