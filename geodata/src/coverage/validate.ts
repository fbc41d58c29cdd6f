import type { Position } from 'geojson';
import { looksSwapped } from './input.ts';
import { findSelfIntersection, pointInRing } from './simple.ts';
import type { Projection } from './projection.ts';
import { INVALID_REASONS, type InvalidReason } from './types.ts';

export interface ShapeIssue {
  reason: InvalidReason;
  at: Position | null;
}

/**
 * A grid or boundary as read: polygons → rings → flat [lon0, lat0, lon1, lat1, …], no closing
 * position, no repeated consecutive positions. `polygons` is null when the shape cannot be used;
 * `issue` is set when something was wrong, even if an unambiguous repair (closing a ring, swapping
 * all of a shape's coordinates back) made it usable.
 */
export interface ReadShape {
  polygons: Float64Array[][] | null;
  issue: ShapeIssue | null;
}

function asPosition(p: unknown): Position | null {
  if (!Array.isArray(p)) return null;
  return p.slice(0, 2) as Position;
}

/** Structural checks in degrees: positions, ring closure and length, coordinate ranges. */
export function readShape(geometry: unknown): ReadShape {
  const g = geometry as { type?: unknown; coordinates?: unknown } | null;
  if (!g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon') || !Array.isArray(g.coordinates)) {
    return { polygons: null, issue: { reason: INVALID_REASONS.notPolygon, at: null } };
  }
  const polys = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates) as unknown[];
  let repair: ShapeIssue | null = null;
  let positions = 0;
  let swapped = 0;
  let firstSwapped: Position | null = null;
  const out: Float64Array[][] = [];
  for (const poly of polys) {
    if (!Array.isArray(poly) || poly.length === 0) {
      return { polygons: null, issue: { reason: INVALID_REASONS.tooFewPositions, at: null } };
    }
    const rings: Float64Array[] = [];
    for (const ring of poly) {
      if (!Array.isArray(ring) || ring.length === 0) {
        return { polygons: null, issue: { reason: INVALID_REASONS.tooFewPositions, at: null } };
      }
      for (const p of ring) {
        if (!Array.isArray(p) || typeof p[0] !== 'number' || typeof p[1] !== 'number' || !Number.isFinite(p[0]) || !Number.isFinite(p[1])) {
          return { polygons: null, issue: { reason: INVALID_REASONS.nonFinite, at: asPosition(p) } };
        }
      }
      const pts = ring as number[][];
      const first = pts[0];
      const last = pts[pts.length - 1];
      const closed = pts.length > 1 && first[0] === last[0] && first[1] === last[1];
      if (!closed && !repair) repair = { reason: INVALID_REASONS.unclosedRing, at: [last[0], last[1]] };
      if (closed && pts.length < 4) {
        return { polygons: null, issue: { reason: INVALID_REASONS.tooFewPositions, at: [first[0], first[1]] } };
      }
      const n = closed ? pts.length - 1 : pts.length;
      const flat: number[] = [];
      for (let i = 0; i < n; i++) {
        const [lon, lat] = pts[i];
        positions++;
        if (looksSwapped(lon, lat)) {
          swapped++;
          firstSwapped ??= [lon, lat];
        } else if (Math.abs(lon) > 180 || Math.abs(lat) > 90) {
          return { polygons: null, issue: { reason: INVALID_REASONS.outOfRange, at: [lon, lat] } };
        }
        const m = flat.length;
        if (m >= 2 && flat[m - 2] === lon && flat[m - 1] === lat) continue;
        flat.push(lon, lat);
      }
      while (flat.length >= 4 && flat[0] === flat[flat.length - 2] && flat[1] === flat[flat.length - 1]) {
        flat.length -= 2;
      }
      if (flat.length < 6) {
        return { polygons: null, issue: { reason: INVALID_REASONS.tooFewPositions, at: [first[0], first[1]] } };
      }
      rings.push(Float64Array.from(flat));
    }
    out.push(rings);
  }
  if (swapped > 0) {
    if (swapped < positions) {
      return { polygons: null, issue: { reason: INVALID_REASONS.swappedLatLon, at: firstSwapped } };
    }
    swapAll(out);
    return { polygons: out, issue: { reason: INVALID_REASONS.swappedLatLon, at: firstSwapped } };
  }
  return { polygons: out, issue: repair };
}

export function swapAll(polygons: Float64Array[][]): void {
  for (const rings of polygons) {
    for (const r of rings) {
      for (let i = 0; i < r.length; i += 2) {
        const t = r[i];
        r[i] = r[i + 1];
        r[i + 1] = t;
      }
    }
  }
}

/**
 * Shapes whose every position is plausible either way round, but which sit far from the rest of the
 * file and right on it once swapped (a county at 27°N, 105°E has no such ambiguity; one at 30°N, 60°E
 * does). Returns the indexes of shapes to swap back. Needs at least three shapes to compare against.
 */
export function findSwappedByContext(shapes: (Float64Array[][] | null)[]): number[] {
  const centres: { i: number; lon: number; lat: number }[] = [];
  shapes.forEach((polys, i) => {
    if (!polys) return;
    const r = polys[0][0];
    let lon = 0;
    let lat = 0;
    for (let k = 0; k < r.length; k += 2) {
      lon += r[k];
      lat += r[k + 1];
    }
    centres.push({ i, lon: (2 * lon) / r.length, lat: (2 * lat) / r.length });
  });
  if (centres.length < 3) return [];
  const median = (a: number[]) => a.sort((x, y) => x - y)[a.length >> 1];
  const mLon = median(centres.map((c) => c.lon));
  const mLat = median(centres.map((c) => c.lat));
  const out: number[] = [];
  for (const c of centres) {
    const asIs = Math.hypot(c.lon - mLon, c.lat - mLat);
    const swapped = Math.hypot(c.lat - mLon, c.lon - mLat);
    if (asIs > 1 && swapped < 1 && swapped * 100 < asIs && Math.abs(c.lat) <= 90) out.push(c.i);
  }
  return out;
}

/**
 * Geometric checks in the projected plane: every polygon simple, every hole inside its shell.
 * `projected` parallels the shape's polygons; `proj` turns a crossing point back into degrees.
 */
export function checkSimple(projected: Float64Array[][], proj: Projection): ShapeIssue | null {
  for (const rings of projected) {
    const hit = findSelfIntersection(rings);
    if (hit) return { reason: INVALID_REASONS.selfIntersection, at: proj.inverse(hit[0], hit[1]) };
    for (let h = 1; h < rings.length; h++) {
      const hole = rings[h];
      // rings do not cross (checked above), so a hole is wholly in or wholly out; a vertex of it
      // may touch the shell, so one vertex inside is enough
      let inside = false;
      for (let k = 0; k < hole.length && !inside; k += 2) inside = pointInRing(rings[0], hole[k], hole[k + 1]);
      if (!inside) return { reason: INVALID_REASONS.holeOutsideShell, at: proj.inverse(hole[0], hole[1]) };
    }
  }
  return null;
}
