import type { Position } from 'geojson';
import type { PolygonFeatures } from '@wangge/geodata';
import type { EditGrid } from '../types.ts';

const M_PER_DEG = 111_320;
/** the hash cell, in degrees (~1 m), far larger than any tolerance used here */
const CELL = 1e-5;

const positionsOf = (g: { geometry: EditGrid['geometry'] }) => (g.geometry.type === 'Polygon' ? [g.geometry.coordinates] : g.geometry.coordinates).flat(2);

/**
 * Puts every imported vertex that lies within `toleranceM` of a stored vertex exactly on it. A
 * file exported in GCJ-02 and imported again comes back a few nanodegrees off (the inverse is
 * iterative): welded, unchanged grids stay unchanged and the save sends only real edits. Equal
 * positions weld to the same stored vertex, so shared vertices stay shared.
 */
export function weldToStored(fc: PolygonFeatures, stored: readonly EditGrid[], toleranceM = 0.01): PolygonFeatures {
  const hash = new Map<string, Position[]>();
  const cell = (x: number, y: number) => `${x},${y}`;
  for (const g of stored) {
    for (const p of positionsOf(g)) {
      const k = cell(Math.floor(p[0] / CELL), Math.floor(p[1] / CELL));
      const list = hash.get(k);
      if (list) list.push(p);
      else hash.set(k, [p]);
    }
  }
  const weld = (p: Position): Position => {
    const [cx, cy] = [Math.floor(p[0] / CELL), Math.floor(p[1] / CELL)];
    const k = Math.cos((p[1] * Math.PI) / 180);
    let best: Position | null = null;
    let bestM = toleranceM;
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        for (const q of hash.get(cell(cx + dx, cy + dy)) ?? []) {
          const m = Math.hypot((p[0] - q[0]) * k, p[1] - q[1]) * M_PER_DEG;
          if (m <= bestM) [best, bestM] = [q, m];
        }
      }
    }
    return best ? [best[0], best[1]] : p;
  };
  return {
    ...fc,
    features: fc.features.map((f) => ({
      ...f,
      geometry:
        f.geometry.type === 'Polygon'
          ? { type: 'Polygon', coordinates: f.geometry.coordinates.map((r) => r.map(weld)) }
          : { type: 'MultiPolygon', coordinates: f.geometry.coordinates.map((poly) => poly.map((r) => r.map(weld))) },
    })),
  };
}
