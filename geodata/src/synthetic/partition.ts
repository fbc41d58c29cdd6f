/**
 * Splitting a block of lattice cells into smaller blocks, as a town divides into street offices,
 * communities and grids. Cuts run along lattice lines (guillotine cuts: each one crosses the
 * whole block), so every piece is a rectangle of whole cells and pieces meet along lattice lines.
 */
import { between, type Rng } from './prng.ts';

/** cells x0 ≤ x < x1, y0 ≤ y < y1; y grows northwards */
export interface CellRect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const cells = (r: CellRect) => (r.x1 - r.x0) * (r.y1 - r.y0);

/** how far a cut may stray from the even split, as a share of the block */
const CUT_JITTER = 0.12;

/**
 * Splits `rect` into one block per weight, each of about its weight's share of the cells and at
 * least `weight` cells (a weight counts the grids the piece must hold, one cell each at least).
 * The pieces come back in the order of the weights.
 */
export function splitRect(rng: Rng, rect: CellRect, weights: readonly number[]): CellRect[] {
  const total = weights.reduce((s, w) => s + w, 0);
  if (weights.length === 0 || weights.some((w) => !Number.isInteger(w) || w < 1)) throw new Error(`weights must be whole numbers ≥ 1 (got ${weights.join(', ')})`);
  if (total > cells(rect)) throw new Error(`${total} pieces do not fit in ${cells(rect)} cells`);
  if (weights.length === 1) return [rect];

  let k = 1;
  let first = weights[0];
  for (let acc = weights[0], i = 2; i < weights.length; i++) {
    acc += weights[i - 1];
    if (Math.abs(acc - total / 2) < Math.abs(first - total / 2)) [k, first] = [i, acc];
  }
  const second = total - first;
  const w = rect.x1 - rect.x0;
  const h = rect.y1 - rect.y0;
  const nearSquare = Math.max(w, h) / Math.min(w, h) < 1.25;
  // across the longer side keeps pieces compact; a near-square block goes either way
  let vertical = nearSquare ? rng() < 0.5 : w > h;
  const tryCut = () => cutAt(rng, vertical ? w : h, vertical ? h : w, first, second);
  let at = tryCut();
  if (at === null) {
    vertical = !vertical;
    at = tryCut();
  }
  if (at === null) throw new Error(`cannot split a ${w} × ${h} block into pieces of ${first} and ${second} cells`);
  const [a, b]: CellRect[] = vertical
    ? [{ ...rect, x1: rect.x0 + at }, { ...rect, x0: rect.x0 + at }]
    : [{ ...rect, y0: rect.y1 - at }, { ...rect, y1: rect.y1 - at }];
  return [...splitRect(rng, a, weights.slice(0, k)), ...splitRect(rng, b, weights.slice(k))];
}

/**
 * How far along a block `length` long and `breadth` wide to cut so the first piece (west or
 * north) has `first` cells at least and the second `second`: near the even split, nudged at
 * random; null when no cut this way fits both.
 */
function cutAt(rng: Rng, length: number, breadth: number, first: number, second: number): number | null {
  const lo = Math.ceil(first / breadth);
  const hi = length - Math.ceil(second / breadth);
  if (lo > hi) return null;
  const even = (length * first) / (first + second);
  const at = Math.round(even * (1 + between(rng, -CUT_JITTER, CUT_JITTER)));
  return Math.min(Math.max(at, lo), hi);
}

/**
 * Blocks in reading order, north→south then west→east (as Beijing's DB11/T 2157 numbers grids):
 * by the northern edge, then the western one.
 */
export function readingOrder(rects: readonly CellRect[]): number[] {
  return rects.map((_, i) => i).sort((a, b) => rects[b].y1 - rects[a].y1 || rects[a].x0 - rects[b].x0 || a - b);
}

/** The lattice points around a block, anticlockwise from its south-west corner, every point on the way. */
export function rectRing(r: CellRect): [number, number][] {
  const out: [number, number][] = [];
  for (let i = r.x0; i < r.x1; i++) out.push([i, r.y0]);
  for (let j = r.y0; j < r.y1; j++) out.push([r.x1, j]);
  for (let i = r.x1; i > r.x0; i--) out.push([i, r.y1]);
  for (let j = r.y1; j > r.y0; j--) out.push([r.x0, j]);
  return out;
}
