import { describe, expect, it } from 'vitest';
import { findSelfIntersection } from './simple.ts';
import { sweepSelfIntersection } from './sweep.ts';

type Pt = [number, number];
type Seg = { a: Pt; b: Pt; ring: number; i: number; n: number };

const flat = (rings: Pt[][]) => {
  const xy = Float64Array.from(rings.flat(2));
  const starts: number[] = [];
  const ends: number[] = [];
  let k = 0;
  for (const r of rings) {
    starts.push(k);
    k += r.length;
    ends.push(k);
  }
  return [xy, starts, ends] as const;
};

// An independent reference on integer coordinates, where these products are exact: every pair of
// edges, by the rules of a simple polygon.
const cross = (o: Pt, a: Pt, b: Pt) => (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
const within = (a: Pt, b: Pt, p: Pt) => Math.min(a[0], b[0]) <= p[0] && p[0] <= Math.max(a[0], b[0]) && Math.min(a[1], b[1]) <= p[1] && p[1] <= Math.max(a[1], b[1]);
const sign = (x: number) => (x > 0 ? 1 : x < 0 ? -1 : 0);

/** 'none', 'point' (the closed segments share exactly one point), 'proper' or 'stretch' */
function meet(s: Seg, t: Seg): 'none' | 'point' | 'proper' | 'stretch' {
  const d1 = sign(cross(t.a, t.b, s.a)), d2 = sign(cross(t.a, t.b, s.b));
  const d3 = sign(cross(s.a, s.b, t.a)), d4 = sign(cross(s.a, s.b, t.b));
  if (d1 * d2 < 0 && d3 * d4 < 0) return 'proper';
  if (d1 === 0 && d2 === 0) {
    // collinear: compare the projections on the longer axis
    const ax = Math.abs(s.b[0] - s.a[0]) >= Math.abs(s.b[1] - s.a[1]) ? 0 : 1;
    const lo = Math.max(Math.min(s.a[ax], s.b[ax]), Math.min(t.a[ax], t.b[ax]));
    const hi = Math.min(Math.max(s.a[ax], s.b[ax]), Math.max(t.a[ax], t.b[ax]));
    return hi < lo ? 'none' : hi > lo ? 'stretch' : 'point';
  }
  if ((d1 === 0 && within(t.a, t.b, s.a)) || (d2 === 0 && within(t.a, t.b, s.b)) || (d3 === 0 && within(s.a, s.b, t.a)) || (d4 === 0 && within(s.a, s.b, t.b))) return 'point';
  return 'none';
}

/** Every pair of edges that meets where a simple polygon may not. */
function forbiddenPairs(rings: Pt[][]): [Seg, Seg][] {
  const segs: Seg[] = rings.flatMap((r, ring) => r.map((a, i) => ({ a, b: r[(i + 1) % r.length], ring, i, n: r.length })));
  const out: [Seg, Seg][] = [];
  for (let x = 0; x < segs.length; x++) {
    for (let y = x + 1; y < segs.length; y++) {
      const s = segs[x], t = segs[y];
      const m = meet(s, t);
      if (m === 'none') continue;
      const adjacent = s.ring === t.ring && ((s.i + 1) % s.n === t.i || (t.i + 1) % t.n === s.i);
      const bad = s.ring !== t.ring ? m !== 'point' : adjacent ? m === 'stretch' : true;
      if (bad) out.push([s, t]);
    }
  }
  return out;
}

/** p on segment s, allowing for the rounding of a computed crossing point */
const onSeg = (s: Seg, p: Pt) => {
  const tol = 1e-9;
  const len = Math.hypot(s.b[0] - s.a[0], s.b[1] - s.a[1]);
  return (
    Math.abs(cross(s.a, s.b, p)) <= tol * len &&
    p[0] >= Math.min(s.a[0], s.b[0]) - tol && p[0] <= Math.max(s.a[0], s.b[0]) + tol &&
    p[1] >= Math.min(s.a[1], s.b[1]) - tol && p[1] <= Math.max(s.a[1], s.b[1]) + tol
  );
};

function lcg(seed: number) {
  let s = seed >>> 0;
  return (k: number) => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s % k;
  };
}

/** A ring of 3–9 points of a 7 × 7 lattice, in angle order round a lattice point (often simple). */
function randomRing(rnd: (k: number) => number, cx: number, cy: number, size: number): Pt[] {
  const n = 3 + rnd(7);
  const pts: Pt[] = [];
  for (let i = 0; i < n; i++) pts.push([cx + rnd(size) - (size >> 1), cy + rnd(size) - (size >> 1)]);
  if (rnd(4) > 0) pts.sort((p, q) => Math.atan2(p[1] - cy, p[0] - cx) - Math.atan2(q[1] - cy, q[0] - cx));
  return pts.filter((p, i) => {
    const q = pts[(i + 1) % pts.length];
    return p[0] !== q[0] || p[1] !== q[1];
  });
}

describe('sweepSelfIntersection against every pair of edges', () => {
  it('agrees on 5,000 random polygons of 1–3 rings on a small lattice (touches, shared points, overlaps)', () => {
    const rnd = lcg(7);
    let simple = 0;
    let notSimple = 0;
    for (let c = 0; c < 5_000; c++) {
      const rings: Pt[][] = [randomRing(rnd, 3, 3, 7)];
      for (let h = rnd(3); h > 0; h--) rings.push(randomRing(rnd, 2 + rnd(3), 2 + rnd(3), 3));
      if (rings.some((r) => r.length < 3)) continue;
      const bad = forbiddenPairs(rings);
      // the sweep leaves spikes (an edge folding back onto its neighbour) to findSelfIntersection
      const spike = bad.some(([s, t]) => s.ring === t.ring && ((s.i + 1) % s.n === t.i || (t.i + 1) % t.n === s.i));
      for (const got of [findSelfIntersection(...flat(rings)), ...(spike ? [] : [sweepSelfIntersection(...flat(rings))])]) {
        if (bad.length === 0) expect(got, JSON.stringify(rings)).toBeNull();
        else {
          expect(got, JSON.stringify(rings)).not.toBeNull();
          expect(bad.some(([s, t]) => onSeg(s, got!) && onSeg(t, got!)), `${JSON.stringify(rings)} → ${JSON.stringify(got)}`).toBe(true);
        }
      }
      if (bad.length === 0) simple++;
      else notSimple++;
    }
    // both outcomes well represented, or the comparison proves little
    expect(simple).toBeGreaterThan(1000);
    expect(notSimple).toBeGreaterThan(1000);
  });
});

describe('sweepSelfIntersection, cases that only the sweep sees', () => {
  it('a hole may touch its shell at a point, but not run along it', () => {
    const shell: Pt[] = [[0, 0], [10, 0], [10, 10], [0, 10]];
    expect(sweepSelfIntersection(...flat([shell, [[0, 5], [5, 4], [5, 6]]]))).toBeNull();
    // two holes touching the shell at the same point, and each other there: allowed
    expect(sweepSelfIntersection(...flat([shell, [[0, 5], [5, 4], [5, 5]], [[0, 5], [5, 6], [3, 7]]]))).toBeNull();
    // a hole whose edge runs along the shell's edge from (0, 5) to (0, 7): a shared stretch
    expect(sweepSelfIntersection(...flat([shell, [[0, 5], [5, 4], [0, 7]]]))).toEqual([0, 5]);
  });

  it('a ring touching itself where a hole also touches: the ring is still caught', () => {
    // the shell pinches at (5, 5) (two of its vertices there); a hole's vertex sits there too
    const shell: Pt[] = [[0, 0], [10, 0], [5, 5], [10, 10], [0, 10], [5, 5]];
    expect(sweepSelfIntersection(...flat([shell, [[5, 5], [2, 4], [2, 6]]]))).toEqual([5, 5]);
    expect(sweepSelfIntersection(...flat([[[5, 5], [2, 4], [2, 6]], shell]))).toEqual([5, 5]);
  });

  it('a hole touching its own edge behind another hole that touches there too', () => {
    // hole A's vertex (5, 0) lies on A's own edge (0, 0)–(10, 0); hole B, listed before A, leaves
    // (5, 0) between that edge and A's two edges, so A's edges are never neighbours in the sweep
    const shell: Pt[] = [[-20, -20], [20, -20], [20, 20], [-20, 20]];
    const b: Pt[] = [[5, 0], [8, 1], [8, 0.5]];
    const a: Pt[] = [[0, 0], [10, 0], [10, 10], [7, 10], [5, 0], [6, 10], [0, 10]];
    expect(sweepSelfIntersection(...flat([shell, b, a]))).toEqual([5, 0]);
    expect(sweepSelfIntersection(...flat([shell, a, b]))).toEqual([5, 0]);
    // the same holes with A's vertex lifted off its edge: allowed (B touches A only at a point)
    const lifted: Pt[] = [[0, 0], [10, 0], [10, 10], [7, 10], [5, 0.01], [6, 10], [0, 10]];
    expect(sweepSelfIntersection(...flat([shell, [[5, 0.01], [8, 1], [8, 0.5]], lifted]))).toBeNull();
  });

  it('two edges crossing at a vertex that other rings share', () => {
    // a bowtie-shaped shell crossing itself at (2, 2), where holes on either side have a vertex
    const shell: Pt[] = [[0, 0], [4, 4], [4, 0], [0, 4]];
    const left: Pt[] = [[2, 2], [0.5, 2.2], [0.5, 1.8]];
    const right: Pt[] = [[2, 2], [3, 1.8], [3, 2.2]];
    expect(sweepSelfIntersection(...flat([shell, left, right]))).toEqual([2, 2]);
  });

  it('an edge of a ring passing through a vertex of the same ring', () => {
    // (5, 0) lies on the edge from (0, 0) to (10, 0)
    expect(sweepSelfIntersection(...flat([[[0, 0], [10, 0], [10, 10], [5, 0], [0, 10]]]))).toEqual([5, 0]);
  });

  it('vertical edges: a ring crossing itself on x = 2', () => {
    // the vertical edge (2, -1)–(2, 3) crosses the horizontal (0, 1)–(4, 1) at (2, 1)
    expect(sweepSelfIntersection(...flat([[[0, 1], [4, 1], [4, 3], [2, 3], [2, -1], [0, -1]]]))).toEqual([2, 1]);
  });
});
