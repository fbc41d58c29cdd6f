import { describe, expect, it } from 'vitest';
import type { ProblemStatsSeries } from '@wangge/geodata';
import { statsRows } from './stats-rows.ts';

const g3: ProblemStatsSeries = { key: 'G3', name: '乙社区第1网格', code: '999', filed: [2, 0, 1], fixed: [2, 1, 0], verified: [0, 1, 0], open: [1, 1, 2], overdue: [1, 1, 0] };

describe('statsRows', () => {
  it('adds up the flows over the weeks and takes the stocks at the last week’s end', () => {
    expect(statsRows([g3], (s) => s.name)).toEqual([{ key: 'G3', name: '乙社区第1网格', code: '999', filed: 3, fixed: 3, verified: 1, open: 2, overdue: 0 }]);
  });

  it('names rows as told (the outside-grids group has no name of its own)', () => {
    expect(statsRows([{ ...g3, key: '', name: '' }], (s) => (s.key === '' ? '网格外' : s.name))[0].name).toBe('网格外');
  });
});
