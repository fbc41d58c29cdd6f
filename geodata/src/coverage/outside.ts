import { buildArrangement, classify } from './arrangement.ts';
import { roundArea, toGeometry } from './area.ts';
import { clipRingToRect, rectsOverlap, type Rect } from './clip.ts';
import { nodeSegments, type Segments } from './noding.ts';
import { PIECE_KINDS, type Piece } from './overlay.ts';
import { joinByPair, splitByArea, type PieceContext } from './pieces.ts';
import type { Shape } from './shapes.ts';
import type { OutsideItem } from './types.ts';
import type { Welder } from './weld.ts';

/**
 * The boundary owner a grid overlaps most (-1: none), by exact overlay of the grid with the
 * boundaries near it. Asked only for grids found partly outside every boundary.
 */
export function mostOverlappedBoundary(welder: Welder, shapes: Shape[], boundaryOwners: number[], grid: number): number {
  const s = shapes[grid];
  const frame: Rect = [s.bbox[0] - 1, s.bbox[1] - 1, s.bbox[2] + 1, s.bbox[3] + 1];
  const near = boundaryOwners.filter((b) => rectsOverlap(frame, shapes[b].bbox));
  if (near.length === 0) return -1;
  const FRAME = near.length + 1;
  const segs: Segments = { u: [], v: [], label: [] };
  const addRing = (ring: ArrayLike<number>, label: number) => {
    for (let i = 0; i < ring.length; i++) {
      segs.u.push(ring[i]);
      segs.v.push(ring[(i + 1) % ring.length]);
      segs.label.push(label);
    }
  };
  for (const r of s.rings) addRing(r, 0);
  near.forEach((b, k) => {
    for (const r of shapes[b].rings) addRing(clipRingToRect(welder, r, frame), k + 1);
  });
  addRing([welder.weld(frame[0], frame[1]), welder.weld(frame[2], frame[1]), welder.weld(frame[2], frame[3]), welder.weld(frame[0], frame[3])], FRAME);
  const arr = buildArrangement(welder.store, nodeSegments(welder, segs));
  const { cover } = classify(arr);
  const shared = new Float64Array(near.length + 1);
  for (let c = 0; c < arr.nCycles; c++) {
    const cov = cover[c];
    if (!((cov.get(0) ?? 0) > 0) || !((cov.get(FRAME) ?? 0) > 0)) continue;
    for (const [l, n] of cov) if (l >= 1 && l <= near.length && n > 0) shared[l] += arr.cycleArea[c];
  }
  let best = -1;
  let bestArea = 0;
  near.forEach((b, k) => {
    if (shared[k + 1] > bestArea) {
      bestArea = shared[k + 1];
      best = b;
    }
  });
  return best;
}

/**
 * One item per grid and boundary: the grid's area outside its own boundary, or outside every
 * boundary (then reported against the one it overlaps most).
 */
export function outsideItems(
  pieces: Piece[],
  ctx: PieceContext & { welder: Welder; boundaryOwners: number[] },
): { items: OutsideItem[]; noise: Piece[] } {
  const joined = joinByPair(pieces, PIECE_KINDS.outside);
  for (const p of joined) if (p.b < 0 && p.areaM2 >= ctx.minAreaM2) p.b = mostOverlappedBoundary(ctx.welder, ctx.shapes, ctx.boundaryOwners, p.a);
  const { kept, noise } = splitByArea(joinByPair(joined, PIECE_KINDS.outside), ctx.minAreaM2);
  const items = kept.map(
    (p): OutsideItem => ({
      grid: ctx.shapes[p.a].id,
      boundary: p.b >= 0 ? ctx.shapes[p.b].id : null,
      areaM2: roundArea(p.areaM2),
      geometry: toGeometry(ctx.lonLat, p.polygons),
    }),
  );
  return { items, noise };
}
