import { takeInt32 } from './pool.ts';
import { GROUP_ANY, KIND_BOUNDARY, KIND_GRID, type Shape } from './shapes.ts';

/**
 * Every edge of every ring as a directed instance a→b between vertex ids. Boundary rings are run
 * backwards, so a grid edge along its community's border (a→b) meets the border as b→a, the same
 * way it meets a neighbouring grid.
 */
export interface EdgeInstances {
  n: number;
  from: Int32Array;
  to: Int32Array;
  owner: Int32Array;
}

export function buildInstances(shapes: Shape[]): EdgeInstances {
  let n = 0;
  for (const s of shapes) for (const r of s.rings) n += r.length;
  const from = takeInt32('edges.from', n);
  const to = takeInt32('edges.to', n);
  const owner = takeInt32('edges.owner', n);
  let k = 0;
  shapes.forEach((s, o) => {
    const reverse = s.kind === KIND_BOUNDARY;
    for (const r of s.rings) {
      const m = r.length;
      for (let i = 0; i < m; i++) {
        const a = r[i];
        const b = r[i + 1 === m ? 0 : i + 1];
        from[k] = reverse ? b : a;
        to[k] = reverse ? a : b;
        owner[k] = o;
        k++;
      }
    }
  });
  return { n, from, to, owner };
}

/**
 * May an edge of owner a cancel an opposite edge of owner b? Two grids of the same community may;
 * a grid and its own community's border may; two borders never (a gap astride two communities must
 * keep the line between them); grids of different communities never (that is where a grid has
 * strayed into another community). As numbers: same key, and not both boundaries.
 */
export interface Compatibility {
  key: Int32Array;
  isBoundary: Uint8Array;
}

export function compatibility(shapes: Shape[]): Compatibility {
  const n = shapes.length;
  let anyGroup = true;
  for (let o = 0; o < n; o++) if (shapes[o].kind === KIND_GRID && shapes[o].group !== GROUP_ANY) anyGroup = false;
  const key = new Int32Array(n);
  const isBoundary = new Uint8Array(n);
  for (let o = 0; o < n; o++) {
    const s = shapes[o];
    isBoundary[o] = s.kind === KIND_BOUNDARY ? 1 : 0;
    key[o] = anyGroup ? 0 : s.kind === KIND_GRID ? s.group : o;
  }
  return { key, isBoundary };
}

export function makeCompatible(shapes: Shape[]): (a: number, b: number) => boolean {
  const { key, isBoundary } = compatibility(shapes);
  return (a, b) => key[a] === key[b] && (isBoundary[a] & isBoundary[b]) === 0;
}

/**
 * Pairs each a→b with an unpaired, compatible b→a, looking only at the out-edges of b: linear in
 * the number of edges. Returns the indexes of the instances left unpaired.
 */
export function unmatchedInstances(inst: EdgeInstances, nVertices: number, compat: Compatibility): number[] {
  const { n, from, to, owner } = inst;
  const { key, isBoundary } = compat;
  const start = takeInt32('edges.start', nVertices + 1).fill(0, 0, nVertices + 1);
  for (let i = 0; i < n; i++) start[from[i] + 1]++;
  for (let v = 0; v < nVertices; v++) start[v + 1] += start[v];
  const fill = takeInt32('edges.fill', nVertices);
  fill.set(start.subarray(0, nVertices));
  const byFrom = takeInt32('edges.byFrom', n);
  for (let i = 0; i < n; i++) byFrom[fill[from[i]]++] = i;
  const matched = takeInt32('edges.matched', n).fill(0, 0, n);
  for (let i = 0; i < n; i++) {
    if (matched[i]) continue;
    const a = from[i];
    const b = to[i];
    const oi = owner[i];
    for (let p = start[b], e = start[b + 1]; p < e; p++) {
      const j = byFrom[p];
      const oj = owner[j];
      if (to[j] === a && !matched[j] && key[oi] === key[oj] && (isBoundary[oi] & isBoundary[oj]) === 0) {
        matched[i] = 1;
        matched[j] = 1;
        break;
      }
    }
  }
  const left: number[] = [];
  for (let i = 0; i < n; i++) if (!matched[i]) left.push(i);
  return left;
}
