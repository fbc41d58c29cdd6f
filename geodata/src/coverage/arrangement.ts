import type { VertexStore } from './weld.ts';
import type { Segments } from './noding.ts';

/**
 * A planar arrangement of noded segments as half-edges: the faces of the map that all the labelled
 * rings together draw. Each edge keeps every ring that runs along it (label, direction), so the
 * cover of a face — how many times each label's ring winds around it — follows from its neighbour's
 * by crossing one edge. Segments must already be noded (nodeSegments).
 *
 * Half-edge h belongs to edge h >> 1 and runs u→v when h is even (u < v by id), v→u when odd.
 * Cycles keep their face on the left: bounded faces are counter-clockwise (positive area), and each
 * connected component has one clockwise cycle, its outside.
 */
export interface Arrangement {
  store: VertexStore;
  nEdges: number;
  edgeU: Int32Array;
  edgeV: Int32Array;
  /** per edge: [label, dir, label, dir, …], dir +1 along u→v, −1 along v→u */
  edgeLabels: number[][];
  next: Int32Array;
  cycleOf: Int32Array;
  nCycles: number;
  /** one half-edge of each cycle */
  cycleFirst: Int32Array;
  /** signed area, m² (positive: a bounded face's outer ring; negative: a component's outside) */
  cycleArea: Float64Array;
  componentOf: Int32Array;
  /** per component, its outside cycle */
  exterior: number[];
}

export type Cover = Map<number, number>;

export const origin = (a: Arrangement, h: number) => (h & 1 ? a.edgeV[h >> 1] : a.edgeU[h >> 1]);
export const target = (a: Arrangement, h: number) => (h & 1 ? a.edgeU[h >> 1] : a.edgeV[h >> 1]);

/**
 * Builds the arrangement. With `dropCancelled`, edges where every label's runs cancel (a ring
 * going both ways along it) are left out: they separate nothing.
 */
export function buildArrangement(store: VertexStore, segs: Segments, dropCancelled = true): Arrangement {
  const { x, y } = store;
  const index = new Map<number, number>();
  const eu: number[] = [];
  const ev: number[] = [];
  const labels: number[][] = [];
  const N = 2 ** 26;
  for (let i = 0; i < segs.u.length; i++) {
    const a = segs.u[i], b = segs.v[i];
    if (a === b) continue;
    const lo = a < b ? a : b;
    const hi = a < b ? b : a;
    const key = lo * N + hi;
    let e = index.get(key);
    if (e === undefined) {
      e = eu.length;
      index.set(key, e);
      eu.push(lo);
      ev.push(hi);
      labels.push([]);
    }
    labels[e].push(segs.label[i], a === lo ? 1 : -1);
  }
  let keep: number[] = [];
  if (dropCancelled) {
    for (let e = 0; e < eu.length; e++) {
      const l = labels[e];
      let cancelled = true;
      if (l.length === 2) cancelled = false;
      else {
        const net = new Map<number, number>();
        for (let k = 0; k < l.length; k += 2) net.set(l[k], (net.get(l[k]) ?? 0) + l[k + 1]);
        for (const v of net.values()) if (v !== 0) cancelled = false;
      }
      if (!cancelled) keep.push(e);
    }
  } else keep = eu.map((_, e) => e);
  const nEdges = keep.length;
  const edgeU = new Int32Array(nEdges);
  const edgeV = new Int32Array(nEdges);
  const edgeLabels: number[][] = new Array(nEdges);
  keep.forEach((e, k) => {
    edgeU[k] = eu[e];
    edgeV[k] = ev[e];
    edgeLabels[k] = labels[e];
  });

  // outgoing half-edges per vertex, sorted counter-clockwise
  const local = new Map<number, number>();
  const verts: number[] = [];
  const loc = (vid: number) => {
    let l = local.get(vid);
    if (l === undefined) {
      l = verts.length;
      local.set(vid, l);
      verts.push(vid);
    }
    return l;
  };
  const nH = 2 * nEdges;
  const hOrigin = new Int32Array(nH);
  for (let e = 0; e < nEdges; e++) {
    hOrigin[2 * e] = loc(edgeU[e]);
    hOrigin[2 * e + 1] = loc(edgeV[e]);
  }
  const nV = verts.length;
  const start = new Int32Array(nV + 1);
  for (let h = 0; h < nH; h++) start[hOrigin[h] + 1]++;
  for (let i = 0; i < nV; i++) start[i + 1] += start[i];
  const fill = start.slice(0, nV);
  const out = new Int32Array(nH);
  for (let h = 0; h < nH; h++) out[fill[hOrigin[h]]++] = h;
  const angle = new Float64Array(nH);
  for (let h = 0; h < nH; h++) {
    const o = h & 1 ? edgeV[h >> 1] : edgeU[h >> 1];
    const t = h & 1 ? edgeU[h >> 1] : edgeV[h >> 1];
    angle[h] = Math.atan2(y[t] - y[o], x[t] - x[o]);
  }
  const pos = new Int32Array(nH);
  for (let i = 0; i < nV; i++) {
    const s = start[i], e = start[i + 1];
    // insertion sort: a vertex has a handful of edges
    for (let k = s + 1; k < e; k++) {
      const h = out[k];
      const a = angle[h];
      let j = k - 1;
      while (j >= s && angle[out[j]] > a) {
        out[j + 1] = out[j];
        j--;
      }
      out[j + 1] = h;
    }
    for (let k = s; k < e; k++) pos[out[k]] = k - s;
  }
  // next(h): at h's target, the outgoing half-edge just clockwise of h's twin
  const next = new Int32Array(nH);
  for (let h = 0; h < nH; h++) {
    const twin = h ^ 1;
    const w = hOrigin[twin];
    const s = start[w];
    const deg = start[w + 1] - s;
    next[h] = out[s + ((pos[twin] - 1 + deg) % deg)];
  }

  // cycles and their signed areas (coordinates taken relative to one vertex, for precision)
  const ox = nV ? x[verts[0]] : 0;
  const oy = nV ? y[verts[0]] : 0;
  const cycleOf = new Int32Array(nH).fill(-1);
  const first: number[] = [];
  const areas: number[] = [];
  for (let h0 = 0; h0 < nH; h0++) {
    if (cycleOf[h0] >= 0) continue;
    const c = first.length;
    first.push(h0);
    let s = 0;
    let h = h0;
    do {
      cycleOf[h] = c;
      const o = h & 1 ? edgeV[h >> 1] : edgeU[h >> 1];
      const t = h & 1 ? edgeU[h >> 1] : edgeV[h >> 1];
      s += (x[o] - ox) * (y[t] - oy) - (x[t] - ox) * (y[o] - oy);
      h = next[h];
    } while (h !== h0);
    areas.push(s / 2);
  }

  // connected components (union-find over local vertices)
  const parent = new Int32Array(nV);
  for (let i = 0; i < nV; i++) parent[i] = i;
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  };
  for (let e = 0; e < nEdges; e++) {
    const a = find(hOrigin[2 * e]), b = find(hOrigin[2 * e + 1]);
    if (a !== b) parent[a] = b;
  }
  const compIndex = new Map<number, number>();
  const componentOf = new Int32Array(first.length);
  const exterior: number[] = [];
  for (let c = 0; c < first.length; c++) {
    const root = find(hOrigin[first[c]]);
    let k = compIndex.get(root);
    if (k === undefined) {
      k = exterior.length;
      compIndex.set(root, k);
      exterior.push(c);
    }
    componentOf[c] = k;
    if (areas[c] < areas[exterior[k]]) exterior[k] = c;
  }
  return {
    store,
    nEdges,
    edgeU,
    edgeV,
    edgeLabels,
    next,
    cycleOf,
    nCycles: first.length,
    cycleFirst: Int32Array.from(first),
    cycleArea: Float64Array.from(areas),
    componentOf,
    exterior,
  };
}

/** Vertex ids around a cycle, in order. */
export function cycleVertices(a: Arrangement, c: number): number[] {
  const ids: number[] = [];
  const h0 = a.cycleFirst[c];
  let h = h0;
  do {
    ids.push(origin(a, h));
    h = a.next[h];
  } while (h !== h0);
  return ids;
}

export function cycleHalfEdges(a: Arrangement, c: number): number[] {
  const hs: number[] = [];
  const h0 = a.cycleFirst[c];
  let h = h0;
  do {
    hs.push(h);
    h = a.next[h];
  } while (h !== h0);
  return hs;
}

export interface Classified {
  /** per cycle, how many times each label winds around its face (zero counts left out) */
  cover: Cover[];
  /** per component outside cycle: the bounded cycle whose face holds the component, or -1 */
  container: Int32Array;
}

/**
 * The cover of every face. For each component, a ray from its leftmost vertex towards −x counts the
 * labelled edges it crosses (a half-open rule at the vertex's y is the usual infinitesimal upward
 * shift of the ray), which gives the cover just outside the component; crossing an edge then moves
 * from a face to its neighbour, one label at a time. The nearest crossing also tells which face holds
 * the component, so holes can be put into their polygons.
 */
/**
 * Edges bucketed by horizontal strips of their y-range, so a ray from a component's leftmost vertex
 * looks only at edges that can cross its line: thousands of small components (slivers everywhere)
 * cost thousands of short scans, not thousands of scans of everything.
 */
function stripIndex(a: Arrangement): { at(y: number): Int32Array } {
  const { y } = a.store;
  let y0 = Infinity;
  let y1 = -Infinity;
  for (let e = 0; e < a.nEdges; e++) {
    const p = y[a.edgeU[e]], q = y[a.edgeV[e]];
    y0 = Math.min(y0, p, q);
    y1 = Math.max(y1, p, q);
  }
  const n = Math.max(1, Math.min(4096, Math.ceil(Math.sqrt(a.nEdges))));
  const h = (y1 - y0) / n || 1;
  const stripOf = (v: number) => Math.min(n - 1, Math.max(0, Math.floor((v - y0) / h)));
  const count = new Int32Array(n + 1);
  for (let e = 0; e < a.nEdges; e++) {
    const p = y[a.edgeU[e]], q = y[a.edgeV[e]];
    for (let s = stripOf(Math.min(p, q)), t = stripOf(Math.max(p, q)); s <= t; s++) count[s + 1]++;
  }
  for (let s = 0; s < n; s++) count[s + 1] += count[s];
  const fill = count.slice(0, n);
  const items = new Int32Array(count[n]);
  for (let e = 0; e < a.nEdges; e++) {
    const p = y[a.edgeU[e]], q = y[a.edgeV[e]];
    for (let s = stripOf(Math.min(p, q)), t = stripOf(Math.max(p, q)); s <= t; s++) items[fill[s]++] = e;
  }
  return { at: (v) => items.subarray(count[stripOf(v)], count[stripOf(v) + 1]) };
}

export function classify(a: Arrangement): Classified {
  const { x, y } = a.store;
  const nComp = a.exterior.length;
  const cover: Cover[] = new Array(a.nCycles);
  const container = new Int32Array(a.nCycles).fill(-1);
  // leftmost vertex of each component
  const leftV = new Int32Array(nComp).fill(-1);
  const edgeComp = new Int32Array(a.nEdges);
  for (let e = 0; e < a.nEdges; e++) {
    const k = a.componentOf[a.cycleOf[2 * e]];
    edgeComp[e] = k;
    for (const vid of [a.edgeU[e], a.edgeV[e]]) {
      const cur = leftV[k];
      if (cur < 0 || x[vid] < x[cur] || (x[vid] === x[cur] && y[vid] < y[cur])) leftV[k] = vid;
    }
  }
  const nearestHalf = new Int32Array(nComp).fill(-1);
  const strips = nComp > 1 ? stripIndex(a) : null;
  for (let k = 0; k < nComp; k++) {
    const vx = x[leftV[k]], vy = y[leftV[k]];
    const counts: Cover = new Map();
    let bestX = -Infinity;
    let bestSlope = -Infinity;
    let best = -1;
    const candidates = strips ? strips.at(vy) : null;
    const m = candidates ? candidates.length : 0;
    for (let q = 0; q < m; q++) {
      const e = candidates![q];
      if (edgeComp[e] === k) continue;
      const u = a.edgeU[e], v = a.edgeV[e];
      const yu = y[u], yv = y[v];
      if (yu <= vy ? !(vy < yv) : !(yv <= vy)) continue;
      const ex = x[u] + ((vy - yu) * (x[v] - x[u])) / (yv - yu);
      if (ex >= vx) continue;
      const uvDown = yv < yu;
      const l = a.edgeLabels[e];
      for (let i = 0; i < l.length; i += 2) {
        const down = l[i + 1] > 0 ? uvDown : !uvDown;
        counts.set(l[i], (counts.get(l[i]) ?? 0) + (down ? 1 : -1));
      }
      const slope = (x[v] - x[u]) / (yv - yu);
      if (ex > bestX || (ex === bestX && slope > bestSlope)) {
        bestX = ex;
        bestSlope = slope;
        best = uvDown ? 2 * e : 2 * e + 1;
      }
    }
    for (const [l, c] of counts) if (c === 0) counts.delete(l);
    cover[a.exterior[k]] = counts;
    nearestHalf[k] = best;
  }
  // containers: follow outside cycles outward until a bounded face
  const resolve = (k: number, depth = 0): number => {
    const h = nearestHalf[k];
    if (h < 0 || depth > nComp) return -1;
    const c = a.cycleOf[h];
    const k2 = a.componentOf[c];
    return a.exterior[k2] === c ? resolve(k2, depth + 1) : c;
  };
  for (let k = 0; k < nComp; k++) container[a.exterior[k]] = resolve(k);

  // spread covers across edges, component by component
  const queue: number[] = [];
  for (let k = 0; k < nComp; k++) queue.push(a.exterior[k]);
  for (let qi = 0; qi < queue.length; qi++) {
    const c = queue[qi];
    const h0 = a.cycleFirst[c];
    let h = h0;
    do {
      const other = a.cycleOf[h ^ 1];
      if (cover[other] === undefined) {
        const next = new Map(cover[c]);
        const l = a.edgeLabels[h >> 1];
        const hDir = h & 1 ? -1 : 1;
        // a label running the same way as h has its inside on h's left (this face): leaving it
        for (let i = 0; i < l.length; i += 2) {
          const d = l[i + 1] === hDir ? -1 : 1;
          const v = (next.get(l[i]) ?? 0) + d;
          if (v === 0) next.delete(l[i]);
          else next.set(l[i], v);
        }
        cover[other] = next;
        queue.push(other);
      }
      h = a.next[h];
    } while (h !== h0);
  }
  return { cover, container };
}
