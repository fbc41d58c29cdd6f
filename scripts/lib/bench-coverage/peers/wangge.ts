import { checkCoverage } from '@wangge/geodata';
import type { Synthetic } from '../generate.ts';
import { MIN_AREA_M2, type Found } from '../found.ts';

export const name = 'wangge';

/** wangge's own check, on the WGS84 data as a user would give it. */
export function run(s: Synthetic, profile?: Record<string, number>): Found {
  const r = checkCoverage(s.grids, s.boundary, { minAreaM2: MIN_AREA_M2, profile });
  return {
    overlaps: r.overlaps.map((o) => ({ grids: [String(o.grids[0]), String(o.grids[1])], areaM2: o.areaM2 })),
    gaps: r.gaps.map((g) => ({ neighbors: g.neighbors.map(String), areaM2: g.areaM2 })),
    rawPieces: r.overlaps.length + r.gaps.length + r.outside.length + r.summary.ignoredPieces,
  };
}
