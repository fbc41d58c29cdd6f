import { roundArea, toGeometry } from './area.ts';
import { PIECE_KINDS, type Piece } from './overlay.ts';
import { joinByPair, splitByArea, type PieceContext } from './pieces.ts';
import type { OverlapItem } from './types.ts';

/** One item per pair of grids that share area, with all of that area (MultiPolygon if apart). */
export function overlapItems(pieces: Piece[], ctx: PieceContext): { items: OverlapItem[]; noise: Piece[] } {
  const { kept, noise } = splitByArea(joinByPair(pieces, PIECE_KINDS.overlap), ctx.minAreaM2);
  const items = kept.map(
    (p): OverlapItem => ({
      grids: [ctx.shapes[p.a].id, ctx.shapes[p.b].id],
      areaM2: roundArea(p.areaM2),
      geometry: toGeometry(ctx.lonLat, p.polygons),
    }),
  );
  return { items, noise };
}
