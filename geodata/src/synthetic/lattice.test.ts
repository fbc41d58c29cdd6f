import { describe, expect, it } from 'vitest';
import { makeLattice } from './lattice.ts';
import { rngFor } from './prng.ts';
import { localProjection } from './projection.ts';

const proj = localProjection(105.6, 27.1);

describe('makeLattice', () => {
  it('keeps every cell a convex quadrilateral, anticlockwise, however it is bent', () => {
    const concave: string[] = [];
    for (let seed = 1; seed <= 10; seed++) {
      const l = makeLattice(rngFor(seed, 'lattice'), 40, 30, 177, proj);
      for (let j = 0; j < 30; j++) {
        for (let i = 0; i < 40; i++) {
          const q = [l.metres(i, j), l.metres(i + 1, j), l.metres(i + 1, j + 1), l.metres(i, j + 1)];
          for (let k = 0; k < 4; k++) {
            const [a, b, c] = [q[k], q[(k + 1) % 4], q[(k + 2) % 4]];
            const turn = (b[0] - a[0]) * (c[1] - b[1]) - (b[1] - a[1]) * (c[0] - b[0]);
            if (!(turn > 0)) concave.push(`seed ${seed} cell ${i},${j} corner ${k}`);
          }
        }
      }
    }
    expect(concave).toEqual([]);
  });

  it('returns the very same numbers for a point each time it is asked', () => {
    const l = makeLattice(rngFor(1, 'lattice'), 4, 3, 100, proj);
    expect(l.point(2, 1)).toBe(l.point(2, 1));
    expect(l.project(l.metres(2, 1))).toEqual(l.point(2, 1));
  });

  it('places a lattice position between its cell’s corners: the middle of a cell is their mean', () => {
    const l = makeLattice(rngFor(2, 'lattice'), 4, 3, 100, proj);
    const corners = [l.metres(1, 1), l.metres(2, 1), l.metres(2, 2), l.metres(1, 2)];
    const [x, y] = l.at(1.5, 1.5);
    expect(x).toBeCloseTo(corners.reduce((s, p) => s + p[0], 0) / 4, 9);
    expect(y).toBeCloseTo(corners.reduce((s, p) => s + p[1], 0) / 4, 9);
    expect(l.at(3, 2)).toEqual(l.metres(3, 2));
  });

  it('refuses a point off the lattice', () => {
    const l = makeLattice(rngFor(1, 'lattice'), 4, 3, 100, proj);
    expect(() => l.point(5, 0)).toThrow('lattice point (5, 0) is outside 0..4 × 0..3');
  });
});
