import type { Feature, LineString, MultiPolygon, Polygon, Position } from 'geojson';

const key = (p: Position) => `${p[0].toFixed(7)},${p[1].toFixed(7)}`;

/**
 * The edges of polygons drawn once each, as lines: an edge two neighbours share appears once, and
 * edges are chained into one line between the points where three or more meet (or around a loop).
 */
export function sharedEdgeLines(features: readonly Feature<Polygon | MultiPolygon>[]): LineString[] {
  const points = new Map<string, Position>();
  const links = new Map<string, Set<string>>();
  const link = (a: string, b: string) => {
    if (!links.has(a)) links.set(a, new Set());
    links.get(a)!.add(b);
  };
  for (const f of features) {
    const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    for (const ring of polygons.flat()) {
      for (let i = 0; i + 1 < ring.length; i++) {
        const [a, b] = [key(ring[i]), key(ring[i + 1])];
        if (a === b) continue;
        points.set(a, ring[i]);
        points.set(b, ring[i + 1]);
        link(a, b);
        link(b, a);
      }
    }
  }
  const used = new Set<string>();
  const edge = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);
  const walk = (start: string, next: string): LineString => {
    const line = [start];
    let [from, at] = [start, next];
    for (;;) {
      used.add(edge(from, at));
      line.push(at);
      if (links.get(at)!.size !== 2) break;
      const onward = [...links.get(at)!].find((n) => !used.has(edge(at, n)));
      if (!onward) break;
      [from, at] = [at, onward];
    }
    return { type: 'LineString', coordinates: line.map((k) => points.get(k)!) };
  };
  const lines: LineString[] = [];
  const starts = [...links.keys()].sort((a, b) => (links.get(a)!.size === 2 ? 1 : 0) - (links.get(b)!.size === 2 ? 1 : 0));
  for (const start of starts) {
    for (const next of links.get(start)!) if (!used.has(edge(start, next))) lines.push(walk(start, next));
  }
  return lines;
}
