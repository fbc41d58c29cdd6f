import { describe, expect, it } from 'vitest';
import type { CoverageReport } from '@wangge/geodata';
import { countByKind, listDefects } from './defects.ts';

const square = (x: number, y: number, d: number) => ({
  type: 'Polygon' as const,
  coordinates: [
    [
      [x, y],
      [x + d, y],
      [x + d, y + d],
      [x, y + d],
      [x, y],
    ],
  ],
});

const report: CoverageReport = Object.freeze<CoverageReport>({
  ok: false,
  summary: {
    grids: 3, boundaries: 1, coveredPct: 99.5, overlapCount: 2, overlapAreaM2: 130, gapCount: 1, gapAreaM2: 40,
    outsideCount: 1, outsideAreaM2: 12, invalidCount: 2, ignoredPieces: 0, ignoredAreaM2: 0, misalignedEdges: 0,
  },
  overlaps: [
    { grids: ['b', 'a'], areaM2: 30, geometry: square(105.6, 27.1, 0.001) },
    { grids: ['c', 'b'], areaM2: 100, geometry: square(105.61, 27.1, 0.001) },
  ],
  gaps: [{ boundary: 'c1', areaM2: 40, neighbors: ['c', 'a'], geometry: square(105.62, 27.1, 0.001) }],
  outside: [{ grid: 'a', boundary: 'c1', areaM2: 12, geometry: square(105.63, 27.1, 0.001) }],
  invalid: [
    { grid: 'z', reason: 'self-intersection', at: [105.64, 27.11] },
    { grid: 'y', reason: 'unclosed-ring', at: null },
  ],
  warnings: [],
});

describe('listDefects', () => {
  it('lists invalid grids first, then overlaps, gaps and spill-overs, largest first within a kind', () => {
    const defects = listDefects(report, (id) => (id === 'y' ? [1, 2, 3, 4] : null));
    expect(defects.map((d) => [d.kind, d.areaM2])).toEqual([
      ['invalid', null],
      ['invalid', null],
      ['overlap', 100],
      ['overlap', 30],
      ['gap', 40],
      ['outside', 12],
    ]);
    expect(defects[2].grids).toEqual(['b', 'c']);
    expect(defects[4]).toMatchObject({ boundary: 'c1', grids: ['a', 'c'] });
  });

  it('zooms to an invalid grid’s bad position, or to the grid when the check gave none', () => {
    const defects = listDefects(report, (id) => (id === 'y' ? [1, 2, 3, 4] : null));
    expect(defects.find((d) => d.grids[0] === 'z')?.bbox).toEqual([105.64, 27.11, 105.64, 27.11]);
    expect(defects.find((d) => d.grids[0] === 'y')?.bbox).toEqual([1, 2, 3, 4]);
    const gap = defects.find((d) => d.kind === 'gap')!.bbox!;
    [105.62, 27.1, 105.621, 27.101].forEach((v, i) => expect(gap[i]).toBeCloseTo(v, 9));
  });

  it('keeps a defect’s key when it moves a little between checks', () => {
    const moved: CoverageReport = { ...report, overlaps: [{ ...report.overlaps[1], geometry: square(105.61001, 27.1, 0.001) }] };
    const key = (r: CoverageReport) => listDefects(r).find((d) => d.kind === 'overlap' && d.grids.includes('c'))!.key;
    expect(key(moved)).toBe(key(report));
  });

  it('counts defects by kind', () => {
    expect(countByKind(listDefects(report))).toEqual({ invalid: 2, overlap: 2, gap: 1, outside: 1 });
  });
});
