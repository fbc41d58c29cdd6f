/**
 * The fabric of a synthetic town: a lattice of (cols + 1) × (rows + 1) points whose cells are
 * the town's blocks. Every community, grid and zone is drawn through these points, and each
 * point is projected to lon/lat once, so a vertex two polygons share is the same two numbers in
 * both — the coverage check then finds neither gaps nor overlaps between neighbours.
 *
 * The square lattice is bent three ways so it reads as a town rather than graph paper: its
 * outline is pulled part-way towards an ellipse, a smooth wave bends its streets, and each point
 * is nudged at random. All three are small enough that every cell stays a convex quadrilateral
 * (the wave tilts a street by at most ~11°, the nudge moves a point by at most 12 % of a cell on
 * each axis), so a ring that walks the lattice never crosses itself.
 */
import type { Position } from 'geojson';
import { between, type Rng } from './prng.ts';
import type { Projection, XY } from './projection.ts';

/** how far the outline is pulled from a rectangle towards an ellipse (1 would squash the corners flat) */
const ROUNDING = 0.35;
/** the wave's slope: the largest tilt it gives a straight street, as a tangent */
const WAVE_SLOPE = 0.2;
/** each point's random nudge, as a share of a cell, on each axis */
const NUDGE = 0.12;

export interface Lattice {
  readonly cols: number;
  readonly rows: number;
  /** lattice point (i, j): i from 0 (west) to cols, j from 0 (south) to rows; the same array on every call */
  point(i: number, j: number): Position;
  /** metres east/north of the centre */
  metres(i: number, j: number): XY;
  /**
   * A place given in lattice units (fx, fy), inside the cell that holds it: bilinear between
   * that cell's corners, so it lies inside the cell, and a line of constant fy stays between
   * the same two lattice lines.
   */
  at(fx: number, fy: number): XY;
  project(p: XY): Position;
}

export function makeLattice(rng: Rng, cols: number, rows: number, cell: number, proj: Projection): Lattice {
  const halfW = (cols * cell) / 2;
  const halfH = (rows * cell) / 2;
  const wavelength = Math.max(halfW, halfH);
  const amplitude = (WAVE_SLOPE * wavelength) / (2 * Math.PI);
  const phaseX = between(rng, 0, 2 * Math.PI);
  const phaseY = between(rng, 0, 2 * Math.PI);
  const k = (2 * Math.PI) / wavelength;

  const n = (cols + 1) * (rows + 1);
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  const lonLat: Position[] = new Array(n);
  for (let j = 0; j <= rows; j++) {
    for (let i = 0; i <= cols; i++) {
      const u = (2 * i) / cols - 1;
      const v = (2 * j) / rows - 1;
      // the square-to-disc map (x√(1 − y²/2), y√(1 − x²/2)), blended with the square
      const ue = u * Math.sqrt(1 - (v * v) / 2);
      const ve = v * Math.sqrt(1 - (u * u) / 2);
      let x = ((1 - ROUNDING) * u + ROUNDING * ue) * halfW;
      let y = ((1 - ROUNDING) * v + ROUNDING * ve) * halfH;
      const bentX = x + amplitude * Math.sin(k * y + phaseX);
      const bentY = y + amplitude * Math.sin(k * x + phaseY);
      x = bentX + between(rng, -NUDGE, NUDGE) * cell;
      y = bentY + between(rng, -NUDGE, NUDGE) * cell;
      const at = j * (cols + 1) + i;
      xs[at] = x;
      ys[at] = y;
      lonLat[at] = proj.toLonLat([x, y]);
    }
  }

  const index = (i: number, j: number) => {
    if (!Number.isInteger(i) || !Number.isInteger(j) || i < 0 || j < 0 || i > cols || j > rows) {
      throw new RangeError(`lattice point (${i}, ${j}) is outside 0..${cols} × 0..${rows}`);
    }
    return j * (cols + 1) + i;
  };
  return {
    cols,
    rows,
    point: (i, j) => lonLat[index(i, j)],
    metres: (i, j) => {
      const at = index(i, j);
      return [xs[at], ys[at]];
    },
    at(fx, fy) {
      const i = Math.min(Math.max(Math.floor(fx), 0), cols - 1);
      const j = Math.min(Math.max(Math.floor(fy), 0), rows - 1);
      const u = fx - i;
      const v = fy - j;
      const a = index(i, j);
      const b = index(i + 1, j);
      const c = index(i + 1, j + 1);
      const d = index(i, j + 1);
      const w = [(1 - u) * (1 - v), u * (1 - v), u * v, (1 - u) * v];
      return [w[0] * xs[a] + w[1] * xs[b] + w[2] * xs[c] + w[3] * xs[d], w[0] * ys[a] + w[1] * ys[b] + w[2] * ys[c] + w[3] * ys[d]];
    },
    project: (p) => proj.toLonLat(p),
  };
}
