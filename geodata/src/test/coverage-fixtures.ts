import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';

/**
 * Test kit for the coverage check: shapes laid out in metres around Dafang and turned into WGS84
 * with the local radii of curvature (not with the engine's projection), so expected areas are
 * plain width × height. Everything returned is deep-frozen: a test that mutates a fixture fails.
 */
export const DAFANG: readonly [number, number] = Object.freeze([105.606, 27.147] as [number, number]);

const A = 6378137;
const F = 1 / 298.257223563;
const E2 = F * (2 - F);
const RAD = Math.PI / 180;

/** metres east/north of an origin → [lon, lat], using M and N at the origin's latitude */
export function metres(dx: number, dy: number, origin: readonly [number, number] = DAFANG): Position {
  const phi = origin[1] * RAD;
  const w = 1 - E2 * Math.sin(phi) ** 2;
  const m = (A * (1 - E2)) / w ** 1.5;
  const n = A / Math.sqrt(w);
  return [origin[0] + dx / (n * Math.cos(phi)) / RAD, origin[1] + dy / m / RAD];
}

export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value as object)) deepFreeze(v);
  }
  return value;
}

/** a ring (closed) through metre positions */
export function ring(points: [number, number][]): Position[] {
  const r = points.map(([x, y]) => metres(x, y));
  r.push([...r[0]]);
  return r;
}

/** rectangle [x0, x1] × [y0, y1] in metres, counter-clockwise */
export function rectRing(x0: number, y0: number, x1: number, y1: number): Position[] {
  return ring([[x0, y0], [x1, y0], [x1, y1], [x0, y1]]);
}

export function polygon(id: string | number | undefined, rings: Position[][], props: Record<string, unknown> = {}): Feature<Polygon> {
  return {
    type: 'Feature',
    properties: id === undefined ? { ...props } : { id, ...props },
    geometry: { type: 'Polygon', coordinates: rings },
  };
}

export function rect(id: string | number | undefined, x0: number, y0: number, x1: number, y1: number): Feature<Polygon> {
  return polygon(id, [rectRing(x0, y0, x1, y1)]);
}

export function multi(id: string | number, parts: Position[][][]): Feature<MultiPolygon> {
  return { type: 'Feature', properties: { id }, geometry: { type: 'MultiPolygon', coordinates: parts } };
}

export function collection<G extends Polygon | MultiPolygon>(features: Feature<G>[]): FeatureCollection<G> {
  return deepFreeze({ type: 'FeatureCollection', features });
}

/** A rows × cols block of size-metre squares with ids `r{row}c{col}`, origin at (0, 0). */
export function squares(rows: number, cols: number, size: number, skip: string[] = []): Feature<Polygon>[] {
  const out: Feature<Polygon>[] = [];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const id = `r${r}c${c}`;
      if (!skip.includes(id)) out.push(rect(id, c * size, r * size, (c + 1) * size, (r + 1) * size));
    }
  }
  return out;
}

/** Deterministic pseudo-random numbers in [0, 1) (mulberry32). */
export function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Every position of every ring moved independently by up to ±amount degrees (closing kept closed). */
export function jitter<G extends Polygon | MultiPolygon>(fc: FeatureCollection<G>, amount: number, seed = 7): FeatureCollection<G> {
  const rnd = seeded(seed);
  const move = (r: Position[]) => {
    const out = r.map(([x, y]) => [x + (rnd() * 2 - 1) * amount, y + (rnd() * 2 - 1) * amount]);
    out[out.length - 1] = [...out[0]];
    return out;
  };
  return collection(
    fc.features.map((f) => {
      const g = f.geometry;
      const geometry =
        g.type === 'Polygon'
          ? { type: 'Polygon' as const, coordinates: g.coordinates.map(move) }
          : { type: 'MultiPolygon' as const, coordinates: g.coordinates.map((p) => p.map(move)) };
      return { ...f, geometry } as Feature<G>;
    }),
  );
}
