import type { Segments } from './noding.ts';
import { takeInt32 } from './pool.ts';
import { GROUP_ANY, KIND_BOUNDARY, KIND_GRID, type Shape } from './shapes.ts';

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
 * Every edge of every ring, directed a→b between vertex ids; boundary rings run backwards, so a
 * grid edge along its community's border (a→b) meets the border as b→a, the same way it meets a
 * neighbouring grid. Edges are laid out by their start vertex (CSR), and each a→b is paired with
 * an unpaired, compatible b→a found among the out-edges of b: linear in the number of edges.
 * Returns the edges left unpaired, labelled with their owner.
 */
export function unpairedEdges(shapes: Shape[], nVertices: number, compat: Compatibility): Segments {
  const { key, isBoundary } = compat;
  const start = takeInt32('edges.start', nVertices + 1).fill(0, 0, nVertices + 1);
  let n = 0;
  for (let o = 0; o < shapes.length; o++) {
    const reverse = shapes[o].kind === KIND_BOUNDARY;
    for (const r of shapes[o].rings) {
      const m = r.length;
      n += m;
      for (let i = 0; i < m; i++) start[(reverse ? r[i + 1 === m ? 0 : i + 1] : r[i]) + 1]++;
    }
  }
  for (let v = 0; v < nVertices; v++) start[v + 1] += start[v];
  const fill = takeInt32('edges.fill', nVertices);
  fill.set(start.subarray(0, nVertices));
  const to = takeInt32('edges.to', n);
  const owner = takeInt32('edges.owner', n);
  for (let o = 0; o < shapes.length; o++) {
    const reverse = shapes[o].kind === KIND_BOUNDARY;
    for (const r of shapes[o].rings) {
      const m = r.length;
      for (let i = 0; i < m; i++) {
        const a = r[i];
        const b = r[i + 1 === m ? 0 : i + 1];
        const p = fill[reverse ? b : a]++;
        to[p] = reverse ? a : b;
        owner[p] = o;
      }
    }
  }
  const matched = takeInt32('edges.matched', n).fill(0, 0, n);
  const out: Segments = { u: [], v: [], label: [] };
  for (let a = 0; a < nVertices; a++) {
    for (let p = start[a], pe = start[a + 1]; p < pe; p++) {
      if (matched[p]) continue;
      const b = to[p];
      const oi = owner[p];
      for (let q = start[b], qe = start[b + 1]; q < qe; q++) {
        const oj = owner[q];
        if (to[q] === a && !matched[q] && key[oi] === key[oj] && (isBoundary[oi] & isBoundary[oj]) === 0) {
          matched[p] = 1;
          matched[q] = 1;
          break;
        }
      }
      if (!matched[p]) {
        out.u.push(a);
        out.v.push(b);
        out.label.push(oi);
      }
    }
  }
  return out;
}
