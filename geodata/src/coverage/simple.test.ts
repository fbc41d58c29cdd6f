import { describe, expect, it } from 'vitest';
import { findSelfIntersection } from './simple.ts';

const flat = (...rings: [number, number][][]) => {
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

describe('findSelfIntersection', () => {
  it('finds where a bowtie crosses itself', () => {
    expect(findSelfIntersection(...flat([[0, 0], [10, 10], [10, 0], [0, 10]]))).toEqual([5, 5]);
  });

  it('passes convex rings, densified ones and concave ones', () => {
    expect(findSelfIntersection(...flat([[0, 0], [10, 0], [10, 10], [0, 10]]))).toBeNull();
    const dense: [number, number][] = [];
    for (let i = 0; i < 100; i++) dense.push([i * 0.1, 0]);
    dense.push([10, 10], [0, 10]);
    expect(findSelfIntersection(...flat(dense))).toBeNull();
    expect(findSelfIntersection(...flat([[0, 0], [10, 0], [10, 10], [5, 3], [0, 10]]))).toBeNull();
  });

  it('finds a spike and a ring touching itself', () => {
    expect(findSelfIntersection(...flat([[0, 0], [10, 0], [10, 10], [10, 15], [10, 12], [0, 10]]))).toEqual([10, 15]);
    expect(findSelfIntersection(...flat([[0, 0], [10, 0], [5, 5], [10, 10], [0, 10], [5, 5]]))).toEqual([5, 5]);
  });

  it('lets a hole touch its shell at a point but not cross it', () => {
    const shell: [number, number][] = [[0, 0], [10, 0], [10, 10], [0, 10]];
    expect(findSelfIntersection(...flat(shell, [[0, 5], [5, 4], [5, 6]]))).toBeNull();
    expect(findSelfIntersection(...flat(shell, [[-1, 5], [5, 4], [5, 6]]))).not.toBeNull();
  });
});

describe('findSelfIntersection, star-shaped fast path', () => {
  it('a pentagram winds twice round its centre: not simple', () => {
    const star: [number, number][] = [];
    for (let k = 0; k < 5; k++) {
      const a = (k * 4 * Math.PI) / 5;
      star.push([10 * Math.cos(a), 10 * Math.sin(a)]);
    }
    expect(findSelfIntersection(...flat(star))).not.toBeNull();
  });

  it('a jittered, densified convex cell and a U shape are simple', () => {
    let s = 1;
    const rnd = () => ((s = (s * 16807) % 2147483647) / 2147483647 - 0.5) * 1e-4;
    const cell: [number, number][] = [];
    for (let k = 0; k < 60; k++) {
      const a = (k * 2 * Math.PI) / 60;
      cell.push([30 * Math.cos(a) + rnd(), 30 * Math.sin(a) + rnd()]);
    }
    expect(findSelfIntersection(...flat(cell))).toBeNull();
    expect(findSelfIntersection(...flat([[0, 0], [30, 0], [30, 30], [20, 30], [20, 10], [10, 10], [10, 30], [0, 30]]))).toBeNull();
  });
});

/**
 * A ring that zigzags up between x = 0 and x = 1 (vertex i at (i mod 2, i)) and closes round the
 * left: every tooth spans the same x range, which made the old pairwise test quadratic.
 */
function sawtooth(n: number): [number, number][] {
  const ring: [number, number][] = [];
  for (let i = 0; i < n; i++) ring.push([i % 2, i]);
  ring.push([-1, n - 1], [-1, 0]);
  return ring;
}

describe('findSelfIntersection on a sawtooth', () => {
  it('20,000 teeth, simple', () => {
    expect(findSelfIntersection(...flat(sawtooth(20_000)))).toBeNull();
  });

  it('20,000 teeth with one small loop in tooth 10,000: found where its edges cross', () => {
    // after (0, m): (0.8, m + 0.8) → (0.8, m + 0.3) → (0.2, m + 0.6), then on to (1, m + 1).
    // (0, m)–(0.8, m + 0.8) is y = m + x; (0.8, m + 0.3)–(0.2, m + 0.6) is y = m + 0.7 − x / 2;
    // they meet at x = 7/15, y = m + 7/15, and no other edges meet.
    const m = 10_000;
    const ring = sawtooth(20_000);
    ring.splice(m + 1, 0, [0.8, m + 0.8], [0.8, m + 0.3], [0.2, m + 0.6]);
    const hit = findSelfIntersection(...flat(ring));
    expect(hit).not.toBeNull();
    expect(hit![0]).toBeCloseTo(7 / 15, 9);
    expect(hit![1]).toBeCloseTo(m + 7 / 15, 9);
  });
});
