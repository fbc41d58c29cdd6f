/** What a tool reported, in the bench's common shape. Areas in m². */
export interface Found {
  overlaps: { grids?: [string, string]; areaM2: number }[];
  gaps: { neighbors?: string[]; areaM2: number }[];
  /** every overlap or gap piece the tool produced, however small, before the 1 m² cut */
  rawPieces: number;
}

export const MIN_AREA_M2 = 1;

/** planar ring area (shoelace) of [x, y] positions, closed or not */
export function ringArea(ring: number[][]): number {
  let s = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) s += ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
  return s / 2;
}

export function polygonArea(rings: number[][][]): number {
  return rings.reduce((s, r, k) => s + (k === 0 ? Math.abs(ringArea(r)) : -Math.abs(ringArea(r))), 0);
}
