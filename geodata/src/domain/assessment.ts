import type { Polygon, Position } from 'geojson';
import type { AssessmentKind, AssessmentPointGeometry, AssessmentResult, SampleShortfall } from '../contract/assessment.ts';
import { hash32, mulberry32, shuffled } from '../synthetic/prng.ts';

/**
 * The pure parts of a mock assessment: where a 点位 is looked up, how a round's sample is drawn and
 * handed out, and how results make a score. The API stores and reads; these decide.
 */

/**
 * The position a 点位 is routed by: the point itself, or for a polygon a point surely inside it —
 * the middle of the widest stretch inside along the parallel halfway up its outer ring (a centroid
 * can fall outside an L-shaped market).
 */
export function representativePoint(geometry: AssessmentPointGeometry): [number, number] {
  if (geometry.type === 'Point') return [geometry.coordinates[0], geometry.coordinates[1]];
  return insidePoint(geometry);
}

/** The middle of the widest stretch inside a polygon along the parallel `fraction` of the way up its outer ring. */
export function insidePoint(polygon: Polygon, fraction = 0.5): [number, number] {
  const outer = polygon.coordinates[0];
  const lats = outer.map((p) => p[1]);
  const y = Math.min(...lats) + (Math.max(...lats) - Math.min(...lats)) * fraction;
  const xs: number[] = [];
  for (const ring of polygon.coordinates) for (let i = 0; i + 1 < ring.length; i++) crossing(ring[i], ring[i + 1], y, xs);
  xs.sort((a, b) => a - b);
  let best: [number, number] = [outer[0][0], outer[0][1]];
  let width = -1;
  for (let i = 0; i + 1 < xs.length; i += 2) {
    if (xs[i + 1] - xs[i] > width) {
      width = xs[i + 1] - xs[i];
      best = [(xs[i] + xs[i + 1]) / 2, y];
    }
  }
  return best;
}

/** Where the edge a→b crosses the parallel y (half-open, so a vertex on it counts once). */
function crossing(a: Position, b: Position, y: number, out: number[]): void {
  if ((a[1] > y) === (b[1] > y)) return;
  out.push(a[0] + ((y - a[1]) / (b[1] - a[1])) * (b[0] - a[0]));
}

/** A point as the sample sees it. */
export interface SamplePoint {
  id: string;
  kind: AssessmentKind;
  communityId: string;
}

export interface Sample {
  /** the ids drawn, by community, then kind (in the kinds' order), then the order drawn */
  pointIds: string[];
  /** communities that had fewer points of a kind than asked (all were taken) */
  shortfalls: SampleShortfall[];
  /** kinds asked that no point has */
  kindsWithoutPoints: AssessmentKind[];
}

/**
 * Draws `perCommunity` points of each kind in each community. Each community-and-kind group is
 * shuffled by its own mulberry32 stream, seeded from the seed and the group's name, over its points
 * in id order: the same seed over the same points gives the same sample, and a point added in one
 * community does not change what is drawn in another. A group with fewer points gives all of them.
 */
export function drawSample(points: readonly SamplePoint[], kinds: readonly AssessmentKind[], perCommunity: number, seed: number): Sample {
  const groups = new Map<string, Map<AssessmentKind, string[]>>();
  for (const p of points) {
    if (!kinds.includes(p.kind)) continue;
    const byKind = groups.get(p.communityId) ?? new Map<AssessmentKind, string[]>();
    groups.set(p.communityId, byKind);
    byKind.set(p.kind, [...(byKind.get(p.kind) ?? []), p.id]);
  }
  const pointIds: string[] = [];
  const shortfalls: SampleShortfall[] = [];
  for (const communityId of [...groups.keys()].sort()) {
    const byKind = groups.get(communityId)!;
    for (const kind of kinds) {
      const ids = byKind.get(kind);
      if (!ids) continue;
      const ordered = [...ids].sort();
      const rng = mulberry32(hash32(`${seed}:${communityId}:${kind}`));
      pointIds.push(...shuffled(rng, ordered).slice(0, perCommunity));
      if (ordered.length < perCommunity) shortfalls.push({ communityId, kind, asked: perCommunity, available: ordered.length });
    }
  }
  const present = new Set(points.map((p) => p.kind));
  return { pointIds, shortfalls, kindsWithoutPoints: kinds.filter((k) => !present.has(k)) };
}

/**
 * Hands the sample to inspectors a community at a time, in turn (an inspector walks whole
 * communities rather than crossing town for one point). Answers point id → inspector id (null
 * when there is no inspector).
 */
export function assignInspectors(sample: readonly { pointId: string; communityId: string }[], inspectorIds: readonly string[]): Map<string, string | null> {
  const order = [...inspectorIds].sort();
  const communities = [...new Set(sample.map((s) => s.communityId))];
  const out = new Map<string, string | null>();
  for (const s of sample) out.set(s.pointId, order.length ? order[communities.indexOf(s.communityId) % order.length] : null);
  return out;
}

/** Passed and counted weight: a failed item counts, one not applicable does not. */
export interface WeightTally {
  pass: number;
  counted: number;
}

export function tally(results: readonly { weight: number; result: AssessmentResult }[], into: WeightTally = { pass: 0, counted: 0 }): WeightTally {
  for (const r of results) {
    if (r.result === 'na') continue;
    into.counted += r.weight;
    if (r.result === 'pass') into.pass += r.weight;
  }
  return into;
}

/** The weighted pass rate in percent, one decimal; null when nothing counted. */
export function passRate(t: WeightTally): number | null {
  return t.counted > 0 ? Math.round((t.pass / t.counted) * 1000) / 10 : null;
}
