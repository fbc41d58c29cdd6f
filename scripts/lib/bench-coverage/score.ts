import type { Found } from './found.ts';
import type { Synthetic } from './generate.ts';

export const AREA_TOLERANCE = 0.005;

export interface Score {
  overlaps: [found: number, injected: number];
  gaps: [found: number, injected: number];
  overlapAreaM2: [found: number, injected: number];
  gapAreaM2: [found: number, injected: number];
  /** largest relative area error over defects matched one to one (by grid pair / neighbours), or null */
  worstError: number | null;
  /** pieces of any size the tool produced */
  rawPieces: number;
  /** every injected defect found once, area within 0.5 %, nothing else listed and no micro pieces */
  exact: boolean;
}

const sum = (xs: { areaM2: number }[]) => xs.reduce((s, x) => s + x.areaM2, 0);

/**
 * Found against injected. Tools that name the grids of each defect are matched item by item;
 * those that do not (gaps from a union) are held to counts and total area.
 */
export function score(found: Found, s: Synthetic): Score {
  const truth = s.truth;
  let worst = 0;
  let matchedAll = true;
  const byPair = new Map(truth.overlaps.map((o) => [[...o.grids].sort().join('|'), o.areaM2]));
  for (const o of found.overlaps) {
    const t = o.grids ? byPair.get([...o.grids].sort().join('|')) : undefined;
    if (t === undefined) matchedAll = false;
    else worst = Math.max(worst, Math.abs(o.areaM2 - t) / t);
  }
  const itemised = found.gaps.every((g) => g.neighbors);
  if (itemised) {
    const byNeighbours = new Map(truth.gaps.map((g) => [[...g.neighbors].sort().join('|'), g.areaM2]));
    for (const g of found.gaps) {
      const t = byNeighbours.get([...g.neighbors!].sort().join('|'));
      if (t === undefined) matchedAll = false;
      else worst = Math.max(worst, Math.abs(g.areaM2 - t) / t);
    }
  }
  const oa = sum(found.overlaps), ot = sum(truth.overlaps);
  const ga = sum(found.gaps), gt = sum(truth.gaps);
  const countsRight = found.overlaps.length === truth.overlaps.length && found.gaps.length === truth.gaps.length;
  const totalsRight = Math.abs(oa - ot) <= AREA_TOLERANCE * ot && Math.abs(ga - gt) <= AREA_TOLERANCE * gt;
  const clean = found.rawPieces === found.overlaps.length + found.gaps.length;
  return {
    overlaps: [found.overlaps.length, truth.overlaps.length],
    gaps: [found.gaps.length, truth.gaps.length],
    overlapAreaM2: [oa, ot],
    gapAreaM2: [ga, gt],
    worstError: itemised ? worst : null,
    rawPieces: found.rawPieces,
    exact: countsRight && totalsRight && clean && (!itemised || (matchedAll && worst <= AREA_TOLERANCE)),
  };
}
