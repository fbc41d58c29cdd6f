import type { Ingest, IngestedShape, ShapeIssue } from './ingest.ts';
import type { Projection } from './projection.ts';
import { findSelfIntersection, pointInRing } from './simple.ts';
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
    const starts = e === r + 1 ? [ringStart[r]] : ringStart.slice(r, e);
    const ends = e === r + 1 ? [ringEnd[r]] : ringEnd.slice(r, e);
    const hit = findSelfIntersection(xy, starts, ends);
    if (hit) return { reason: INVALID_REASONS.selfIntersection, at: proj.inverse(hit[0], hit[1]) };
    for (let h = 1; h < starts.length; h++) {
      // rings do not cross (checked above), so a hole is wholly in or wholly out; a vertex of it
      // may touch the shell, so one vertex inside is enough
      let inside = false;
      for (let i = starts[h]; i < ends[h] && !inside; i++) {
        inside = pointInRing(xy, starts[0], ends[0], xy[2 * i], xy[2 * i + 1]);
      }
      if (!inside) {
        return { reason: INVALID_REASONS.holeOutsideShell, at: proj.inverse(xy[2 * starts[h]], xy[2 * starts[h] + 1]) };
      }
    }
    r = e;
  }
  return null;
}
