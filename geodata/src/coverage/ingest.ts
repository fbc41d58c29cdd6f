import type { Position } from 'geojson';
import { takeFloat64 } from './pool.ts';
import { INVALID_REASONS, type InvalidReason } from './types.ts';

export interface ShapeIssue {
  reason: InvalidReason;
  at: Position | null;
}

export interface IngestedShape {
  /** rings [ringFrom, ringTo) in the ring table; empty when the shape is unusable */
  ringFrom: number;
  ringTo: number;
  /** what was wrong, also when an unambiguous repair made the shape usable */
  issue: ShapeIssue | null;
  usable: boolean;
}

/**
 * Every ring of every shape in flat arrays, so half a million positions cost a handful of
 * allocations: `ll` holds [lon, lat] pairs, rings are vertex ranges [start, end) without the
 * closing position and without repeated consecutive positions, polygons start at `ringOuter`.
 */
export class Ingest {
  ll: Float64Array;
  nv = 0;
  ringStart: number[] = [];
  ringEnd: number[] = [];
  ringOuter: boolean[] = [];
  shapes: IngestedShape[] = [];
  /** extent of the usable shapes' positions, degrees */
  minLon = Infinity;
  minLat = Infinity;
  maxLon = -Infinity;
  maxLat = -Infinity;
  private readonly pooled: boolean;

  /** `pooled`: borrow the scratch buffer kept between checks */
  constructor(pooled = false) {
    this.pooled = pooled;
    this.ll = pooled ? takeFloat64('ingest.ll', 1 << 16) : new Float64Array(1 << 12);
  }

  private push(lon: number, lat: number): void {
    if (2 * this.nv + 2 > this.ll.length) {
      const size = this.ll.length * 2;
      const grown = this.pooled ? takeFloat64('ingest.ll', size) : new Float64Array(size);
      grown.set(this.ll.subarray(0, 2 * this.nv));
      this.ll = grown;
    }
    this.ll[2 * this.nv] = lon;
    this.ll[2 * this.nv + 1] = lat;
    this.nv++;
  }

  /** Structural checks in degrees, then the shape's rings appended (or nothing, if unusable). */
  add(geometry: unknown): IngestedShape {
    const ringFrom = this.ringStart.length;
    const nv0 = this.nv;
    this.repair = null;
    const fatal = this.read(geometry);
    if (fatal) {
      this.nv = nv0;
      this.ringStart.length = this.ringEnd.length = this.ringOuter.length = ringFrom;
    } else {
      const ll = this.ll;
      for (let i = nv0; i < this.nv; i++) {
        const lon = ll[2 * i], lat = ll[2 * i + 1];
        if (lon < this.minLon) this.minLon = lon;
        if (lon > this.maxLon) this.maxLon = lon;
        if (lat < this.minLat) this.minLat = lat;
        if (lat > this.maxLat) this.maxLat = lat;
      }
    }
    const s: IngestedShape = { ringFrom, ringTo: this.ringStart.length, issue: fatal ?? this.repair, usable: !fatal };
    this.shapes.push(s);
    return s;
  }

  /** set by read(): a problem that an unambiguous repair took care of */
  private repair: ShapeIssue | null = null;

  private read(geometry: unknown): ShapeIssue | null {
    const g = geometry as { type?: unknown; coordinates?: unknown } | null;
    if (!g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon') || !Array.isArray(g.coordinates)) {
      return { reason: INVALID_REASONS.notPolygon, at: null };
    }
    const nv0 = this.nv;
    const multi = g.type === 'MultiPolygon';
    const polys = g.coordinates as unknown[];
    let swapped = 0;
    let positions = 0;
    let firstSwapped: Position | null = null;
    for (let pi = 0, np = multi ? polys.length : 1; pi < np; pi++) {
      const poly = (multi ? polys[pi] : polys) as unknown[];
      if (!Array.isArray(poly) || poly.length === 0) return { reason: INVALID_REASONS.tooFewPositions, at: null };
      for (let k = 0; k < poly.length; k++) {
        const ring = poly[k] as unknown[];
        if (!Array.isArray(ring) || ring.length === 0) return { reason: INVALID_REASONS.tooFewPositions, at: null };
        const start = this.nv;
        let pl = NaN, pt = NaN;
        positions += ring.length;
        for (let i = 0; i < ring.length; i++) {
          const p = ring[i] as number[];
          if (!Array.isArray(p)) return { reason: INVALID_REASONS.nonFinite, at: null };
          const lon = p[0], lat = p[1];
          if (typeof lon !== 'number' || typeof lat !== 'number' || !Number.isFinite(lon) || !Number.isFinite(lat)) {
            return { reason: INVALID_REASONS.nonFinite, at: p.slice(0, 2) as Position };
          }
          if (lon < -90 || lon > 90 || lat < -90 || lat > 90) {
            // looksSwapped(lon, lat), written out: this loop sees every position
            if (lon >= -90 && lon <= 90 && (lat > 90 || lat < -90) && lat >= -180 && lat <= 180) {
              swapped++;
              firstSwapped ??= [lon, lat];
            } else if (lon < -180 || lon > 180 || lat < -90 || lat > 90) return { reason: INVALID_REASONS.outOfRange, at: [lon, lat] };
          }
          if (lon === pl && lat === pt) continue;
          this.push(lon, lat);
          pl = lon;
          pt = lat;
        }
        const first = ring[0] as number[];
        const last = ring[ring.length - 1] as number[];
        const closed = ring.length > 1 && first[0] === last[0] && first[1] === last[1];
        if (!closed) this.repair ??= { reason: INVALID_REASONS.unclosedRing, at: [last[0], last[1]] };
        else if (ring.length < 4) return { reason: INVALID_REASONS.tooFewPositions, at: [first[0], first[1]] };
        let end = this.nv;
        const ll = this.ll;
        while (end - start > 1 && ll[2 * start] === ll[2 * end - 2] && ll[2 * start + 1] === ll[2 * end - 1]) end--;
        this.nv = end;
        if (end - start < 3) return { reason: INVALID_REASONS.tooFewPositions, at: [first[0], first[1]] };
        this.ringStart.push(start);
        this.ringEnd.push(end);
        this.ringOuter.push(k === 0);
      }
    }
    if (swapped > 0) {
      if (swapped < positions) return { reason: INVALID_REASONS.swappedLatLon, at: firstSwapped };
      this.swap(nv0, this.nv);
      this.repair = { reason: INVALID_REASONS.swappedLatLon, at: firstSwapped };
    }
    return null;
  }

  swap(from: number, to: number): void {
    const ll = this.ll;
    for (let i = from; i < to; i++) {
      const t = ll[2 * i];
      ll[2 * i] = ll[2 * i + 1];
      ll[2 * i + 1] = t;
    }
  }

  /** Marks a shape unusable after a later check (its rings stay in the arrays, unused). */
  reject(s: IngestedShape, issue: ShapeIssue): void {
    s.usable = false;
    s.issue = issue;
  }

  /**
   * Shapes plausible either way round that sit far from the rest of the file and right on it once
   * swapped (a county at 30°N, 60°E has that ambiguity; Dafang at 27°N, 105°E does not): swapped
   * back and flagged. Needs three shapes to compare against.
   */
  fixSwappedByContext(shapes: IngestedShape[]): void {
    const ll = this.ll;
    const first = (s: IngestedShape) => this.ringStart[s.ringFrom];
    // only a shape within 90° of the prime meridian can be read either way round
    const ambiguous = shapes.filter((s) => s.usable && !s.issue && Math.abs(ll[2 * first(s)]) <= 90);
    if (ambiguous.length === 0) return;
    const usable = shapes.filter((s) => s.usable && !s.issue);
    if (usable.length < 3) return;
    const median = (v: number[]) => v.sort((x, y) => x - y)[v.length >> 1];
    const mLon = median(usable.map((s) => ll[2 * first(s)]));
    const mLat = median(usable.map((s) => ll[2 * first(s) + 1]));
    for (const s of ambiguous) {
      const i = first(s);
      const lon = ll[2 * i], lat = ll[2 * i + 1];
      const asIs = Math.hypot(lon - mLon, lat - mLat);
      const turned = Math.hypot(lat - mLon, lon - mLat);
      if (!(asIs > 1 && turned < 1 && turned * 100 < asIs)) continue;
      s.issue = { reason: INVALID_REASONS.swappedLatLon, at: [lon, lat] };
      this.swap(i, this.ringEnd[s.ringTo - 1]);
    }
  }
}
