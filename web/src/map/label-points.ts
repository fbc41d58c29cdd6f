import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon, Position } from 'geojson';

const SCANLINES = 24;

/** The x where each edge of the rings crosses the horizontal line at y, sorted. */
function crossings(rings: Position[][], y: number, axis: 0 | 1): number[] {
  const other = axis === 0 ? 1 : 0;
  const xs: number[] = [];
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const a = ring[j];
      const b = ring[i];
      if (a[other] > y !== b[other] > y) xs.push(a[axis] + ((y - a[other]) / (b[other] - a[other])) * (b[axis] - a[axis]));
    }
  }
  return xs.sort((p, q) => p - q);
}

/** Length of the inside interval around v on the line (even-odd rule), or 0 when v is outside. */
function spanAround(xs: number[], v: number): number {
  for (let k = 0; k + 1 < xs.length; k += 2) {
    if (xs[k] <= v && v <= xs[k + 1]) return 2 * Math.min(v - xs[k], xs[k + 1] - v);
  }
  return 0;
}

/**
 * A point well inside a polygon to hang its label on: across horizontal scanlines, the midpoint
 * of the inside stretch with the most room both ways (`room` is in scaled degrees, for ranking). Always inside (even for U shapes), unlike a
 * centroid. Widths are scaled by cos(lat) so room is compared in ground distance.
 */
export function polygonLabelPoint(rings: Position[][]): { point: [number, number]; room: number } | null {
  const outer = rings[0];
  if (!outer || outer.length < 4) return null;
  let [s, n] = [Infinity, -Infinity];
  for (const p of outer) {
    s = Math.min(s, p[1]);
    n = Math.max(n, p[1]);
  }
  const k = Math.cos((((s + n) / 2) * Math.PI) / 180);
  let best: { point: [number, number]; room: number } | null = null;
  for (let i = 1; i < SCANLINES; i++) {
    const y = s + ((n - s) * i) / SCANLINES;
    const xs = crossings(rings, y, 0);
    for (let j = 0; j + 1 < xs.length; j += 2) {
      const x = (xs[j] + xs[j + 1]) / 2;
      const across = (xs[j + 1] - xs[j]) * k;
      const along = spanAround(crossings(rings, x, 1), y);
      // the tight direction decides; the other breaks ties, so a long strip labels at its middle
      const room = Math.min(across, along) + 0.01 * (across + along);
      if (!best || room > best.room) best = { point: [x, y], room };
    }
  }
  return best;
}

/** One label point per feature (on its roomiest part), carrying the feature's properties. */
export function labelPoints<P>(fc: FeatureCollection<Polygon | MultiPolygon, P>): FeatureCollection<Point, P> {
  const features: Feature<Point, P>[] = [];
  for (const f of fc.features) {
    const parts = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    const best = parts
      .map(polygonLabelPoint)
      .reduce<ReturnType<typeof polygonLabelPoint>>((a, b) => (b && (!a || b.room > a.room) ? b : a), null);
    if (best) features.push({ type: 'Feature', geometry: { type: 'Point', coordinates: best.point }, properties: f.properties });
  }
  return { type: 'FeatureCollection', features };
}

const cached = new WeakMap<object, FeatureCollection<Point, unknown>>();

/** labelPoints, worked out once per collection object: the stores hand the same one over and over. */
export function cachedLabelPoints<P>(fc: FeatureCollection<Polygon | MultiPolygon, P>): FeatureCollection<Point, P> {
  let points = cached.get(fc) as FeatureCollection<Point, P> | undefined;
  if (!points) cached.set(fc, (points = labelPoints(fc)));
  return points;
}
