import type { Position } from 'geojson';
import type { Piece, PieceKind } from './overlay.ts';
import type { Shape } from './shapes.ts';

export interface PieceContext {
  lonLat: (vertex: number) => Position;
  shapes: Shape[];
  minAreaM2: number;
}

/** Pieces of one kind, those of the same pair found in different frames joined into one. */
export function joinByPair(pieces: Piece[], kind: PieceKind): Piece[] {
  const out = new Map<string, Piece>();
  for (const p of pieces) {
    if (p.kind !== kind) continue;
    const key = `${p.a}:${p.b}`;
    const seen = out.get(key);
    if (!seen) out.set(key, { ...p, polygons: [...p.polygons], neighbors: new Set(p.neighbors) });
    else {
      seen.areaM2 += p.areaM2;
      seen.polygons.push(...p.polygons);
    }
  }
  return [...out.values()];
}

/** Splits pieces into those at or above the minimum area and the noise below it. */
export function splitByArea(pieces: Piece[], minAreaM2: number): { kept: Piece[]; noise: Piece[] } {
  const kept: Piece[] = [];
  const noise: Piece[] = [];
  for (const p of pieces) (p.areaM2 >= minAreaM2 && p.areaM2 > 0 ? kept : noise).push(p);
  kept.sort((p, q) => q.areaM2 - p.areaM2 || p.a - q.a || p.b - q.b);
  return { kept, noise };
}
