import { roundArea, toGeometry } from './area.ts';
import { PIECE_KINDS, type Piece } from './overlay.ts';
import { splitByArea, type PieceContext } from './pieces.ts';
import type { GapItem } from './types.ts';

/** One item per face that lies in a boundary (or is enclosed by grids) and that no grid covers. */
export function gapItems(pieces: Piece[], ctx: PieceContext): { items: GapItem[]; noise: Piece[] } {
  const { kept, noise } = splitByArea(
    pieces.filter((p) => p.kind === PIECE_KINDS.gap),
    ctx.minAreaM2,
  );
  const items = kept.map(
    (p): GapItem => ({
      boundary: p.a >= 0 ? ctx.shapes[p.a].id : null,
      areaM2: roundArea(p.areaM2),
      neighbors: [...p.neighbors].sort((m, n) => m - n).map((g) => ctx.shapes[g].id),
      geometry: toGeometry(ctx.lonLat, p.polygons),
    }),
  );
  return { items, noise };
}
