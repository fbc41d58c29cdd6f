import type { Position } from 'geojson';
import { convertPosition, CRS, type Crs, type PolygonFeatures } from '@wangge/geodata';
import type { EditGrid } from '../types.ts';

/** Metres per degree of latitude; longitude is scaled by cos(latitude). */
const M_PER_DEG = 111_320;
const SAMPLE = 200;
/** the hash cell, in degrees (~100 m): a vertex this far from every stored one is no match */
const CELL = 0.001;

const positionsOf = (g: { geometry: EditGrid['geometry'] }) => (g.geometry.type === 'Polygon' ? [g.geometry.coordinates] : g.geometry.coordinates).flat(2);

export interface Detected {
  crs: Crs;
  /** median distance (m) from the converted vertices to the nearest stored grid vertex */
  medianM: number;
}

/**
 * Which coordinate system an import is in, judged against the stored grids: converted from each
 * candidate, the right one puts the file's vertices on (or next to) the stored vertices, while
 * the wrong ones are off by the GCJ-02 / BD-09 shifts of hundreds of metres. Vertices far from
 * every stored one (new grids elsewhere) are left out of the median. Null when no sampled
 * vertex lands within ~100 m of a stored one (a new area, say): then the planner must choose.
 */
export function detectCrs(fc: PolygonFeatures, stored: readonly EditGrid[]): Detected | null {
  const hash = new Map<string, Position[]>();
  const cellOf = (p: Position) => `${Math.floor(p[0] / CELL)},${Math.floor(p[1] / CELL)}`;
  for (const g of stored) for (const p of positionsOf(g)) hash.set(cellOf(p), [...(hash.get(cellOf(p)) ?? []), p]);
  const all = fc.features.flatMap((f) => (f.geometry ? positionsOf(f as { geometry: EditGrid['geometry'] }) : []));
  const step = Math.max(1, Math.floor(all.length / SAMPLE));
  const sample = all.filter((_, i) => i % step === 0);
  const nearest = (p: Position): number => {
    let best = Infinity;
    const [cx, cy] = [Math.floor(p[0] / CELL), Math.floor(p[1] / CELL)];
    const k = Math.cos((p[1] * Math.PI) / 180);
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        for (const q of hash.get(`${cx + dx},${cy + dy}`) ?? []) best = Math.min(best, Math.hypot((p[0] - q[0]) * k, p[1] - q[1]) * M_PER_DEG);
      }
    }
    return best;
  };
  let found: Detected | null = null;
  for (const crs of Object.values(CRS)) {
    // only the vertices that land near a stored one count: a file that also brings grids for a
    // new area would otherwise put the median out of reach and detect nothing
    const d = sample.map((p) => nearest(convertPosition(p, crs, CRS.wgs84))).filter(Number.isFinite).sort((a, b) => a - b);
    const medianM = d[Math.floor(d.length / 2)] ?? Infinity;
    if (Number.isFinite(medianM) && (!found || medianM < found.medianM)) found = { crs, medianM };
  }
  return found;
}
