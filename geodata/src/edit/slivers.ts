import type { MultiPolygon, Polygon } from 'geojson';
import type { Drafts } from './drafts.ts';
import { dissolve } from './dissolve.ts';
import { sharedBorderM } from './fix-gap.ts';
import { areaM2 } from './measure.ts';
import { nodeWithNeighbours } from './node.ts';
import type { Plane } from './plane.ts';
import { toGeometry, type OpenPolygons } from './rings.ts';
import type { EditFeature } from './types.ts';

/**
 * A piece thinner than this on average (2 · area / perimeter) is a sliver: grids are hundreds of
 * metres across, and a band a couple of metres wide is what a slightly-off drawn edge leaves.
 */
export const SLIVER_WIDTH_M = 2;
/** A detached piece smaller than this is left over from the cut, not a part anyone drew (0.5 m along 200 m). */
export const SLIVER_AREA_M2 = 100;
/** Pieces below this are floating-point noise, as the coverage check's default --min-area. */
const NOISE_M2 = 1;

/** A sliver that went from the cut grid to its neighbour (or was dropped: grid null), and where it is. */
export interface SliverMove {
  grid: string | null;
  areaM2: number;
  geometry: Polygon | MultiPolygon;
}

/** 2 · area / perimeter: the width of a band of that area and length. */
function meanWidthM(rings: OpenPolygons[number], area: number, plane: Plane): number {
  let perimeter = 0;
  for (const ring of rings) {
    const xy = ring.map((p) => plane.xy(p));
    xy.forEach((a, i) => {
      const b = xy[(i + 1) % xy.length];
      perimeter += Math.hypot(b[0] - a[0], b[1] - a[1]);
    });
  }
  return perimeter > 0 ? (2 * area) / perimeter : 0;
}

/**
 * Splits what is left of a cut grid into the pieces it keeps and its slivers: every piece but the
 * largest that is thin or tiny. A cut through a slightly-off drawn edge leaves such a piece on the
 * far side of the neighbour, which the planner would otherwise have to tidy by hand.
 */
export function splitSlivers(polys: OpenPolygons, plane: Plane): { keep: OpenPolygons; slivers: OpenPolygons } {
  if (polys.length < 2) return { keep: polys, slivers: [] };
  const areas = polys.map((p) => areaM2([p], plane));
  const largest = areas.indexOf(Math.max(...areas));
  const keep: OpenPolygons = [];
  const slivers: OpenPolygons = [];
  polys.forEach((p, i) => {
    const thin = areas[i] < SLIVER_AREA_M2 || meanWidthM(p, areas[i], plane) < SLIVER_WIDTH_M;
    (i !== largest && thin ? slivers : keep).push(p);
  });
  return { keep, slivers };
}

/**
 * Gives each sliver to the grid (other than `from`) with the longest border along it, so the
 * coverage stays whole and its total area unchanged; a sliver that borders no other grid stays
 * with `from`, unless it is noise. Returns what moved and what `from` keeps.
 */
export function giveAwaySlivers<F extends EditFeature>(
  drafts: Drafts<F>,
  from: number,
  slivers: OpenPolygons,
  plane: Plane,
  tol: number,
): { moved: SliverMove[]; stay: OpenPolygons } {
  const moved: SliverMove[] = [];
  const stay: OpenPolygons = [];
  for (const piece of slivers) {
    const area = areaM2([piece], plane);
    let best = -1;
    let bestM = 0;
    for (let g = 0; g < drafts.ids.length; g++) {
      if (g === from) continue;
      const m = sharedBorderM([piece], drafts.polys(g), plane, tol);
      if (m > bestM + tol) [best, bestM] = [g, m];
    }
    if (best < 0) {
      if (area < NOISE_M2) moved.push({ grid: null, areaM2: area, geometry: toGeometry([piece]) });
      else stay.push(piece);
      continue;
    }
    const { polygons } = dissolve([{ polys: drafts.polys(best) }, { polys: [piece] }], plane, tol);
    const noded = nodeWithNeighbours(drafts, best, polygons, plane, tol);
    const w = drafts.write(best);
    w.splice(0, w.length, ...noded);
    moved.push({ grid: drafts.ids[best], areaM2: area, geometry: toGeometry([piece]) });
  }
  return { moved, stay };
}
