import { crowdedPairs } from './crowding.ts';
import { Ingest, type IngestedShape, type ShapeIssue } from './ingest.ts';
import { takeFloat64 } from './pool.ts';
import { equalAreaProjection, type Projection } from './projection.ts';
import { findSelfIntersection, pointInRing } from './simple.ts';

const one = { starts: [0], ends: [0] };

/** a single ring without allocating its range lists */
function findSimpleRing(xy: Float64Array, start: number, end: number): [number, number] | null {
  one.starts[0] = start;
  one.ends[0] = end;
  return findSelfIntersection(xy, one.starts, one.ends);
}
import { INVALID_REASONS } from './types.ts';

/**
 * Geometric checks in the projected plane (`xy` parallels the ingest's lon/lat): every polygon
 * simple, every hole inside its shell. Structural checks (positions, closure, ranges, swapped
 * coordinates) happen as shapes are ingested.
 */
export function checkSimple(ingest: Ingest, xy: Float64Array, shape: IngestedShape, proj: Projection): ShapeIssue | null {
  const { ringStart, ringEnd, ringOuter } = ingest;
  let r = shape.ringFrom;
  while (r < shape.ringTo) {
    let e = r + 1;
    while (e < shape.ringTo && !ringOuter[e]) e++;
    const hit = e === r + 1 ? findSimpleRing(xy, ringStart[r], ringEnd[r]) : findSelfIntersection(xy, ringStart, ringEnd, r, e);
    if (hit) return { reason: INVALID_REASONS.selfIntersection, at: proj.inverse(hit[0], hit[1]) };
    for (let h = r + 1; h < e; h++) {
      // rings do not cross (checked above), so a hole is wholly in or wholly out; a vertex of it
      // may touch the shell, so one vertex inside is enough
      let inside = false;
      for (let i = ringStart[h]; i < ringEnd[h] && !inside; i++) {
        inside = pointInRing(xy, ringStart[r], ringEnd[r], xy[2 * i], xy[2 * i + 1]);
      }
      if (!inside) {
        return { reason: INVALID_REASONS.holeOutsideShell, at: proj.inverse(xy[2 * ringStart[h]], xy[2 * ringStart[h] + 1]) };
      }
    }
    r = e;
  }
  return null;
}

export interface GeometryInspection {
  /** what checkCoverage would list under `invalid` for it, or null */
  issue: ShapeIssue | null;
  /** pairs of edges sharing a noding cell, per edge (crowding.ts); 0 when unusable */
  crowding: number;
}

/**
 * One geometry checked as the coverage check would, without the overlay, so a save is checked in
 * time proportional to its size (the validity test is O(n log n) in the worst case): its issue, if
 * any — repaired ones (an unclosed ring) count, as they do there — and how crowded its edges are.
 */
export function inspectGeometry(geometry: unknown): GeometryInspection {
  const ingest = new Ingest(true);
  const shape = ingest.add(geometry);
  if (!shape.usable) return { issue: shape.issue, crowding: 0 };
  const proj = equalAreaProjection((ingest.minLon + ingest.maxLon) / 2, (ingest.minLat + ingest.maxLat) / 2);
  const xy = takeFloat64('check.xy', 2 * ingest.nv);
  proj.forwardAll(ingest.ll, xy, ingest.nv, ingest.minLat, ingest.maxLat);
  const issue = checkSimple(ingest, xy, shape, proj) ?? shape.issue;
  const starts = ingest.ringStart.slice(shape.ringFrom, shape.ringTo);
  const ends = ingest.ringEnd.slice(shape.ringFrom, shape.ringTo);
  let edges = 0;
  for (let r = 0; r < starts.length; r++) edges += ends[r] - starts[r];
  return { issue, crowding: edges ? crowdedPairs(xy, starts, ends) / edges : 0 };
}

/** What checkCoverage would list under `invalid` for this one geometry, or null. */
export function geometryIssue(geometry: unknown): ShapeIssue | null {
  return inspectGeometry(geometry).issue;
}
