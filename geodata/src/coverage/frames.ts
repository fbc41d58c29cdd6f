import Flatbush from 'flatbush';
import { buildArrangement, classify, cycleVertices } from './arrangement.ts';
import type { Rect } from './clip.ts';
import type { Segments } from './noding.ts';
import type { VertexStore } from './weld.ts';

export interface Frames {
  /** disjoint rectangles, each holding whole defects and nothing else to look at */
  rects: Rect[];
  /** with no boundaries: holes enclosed by grids, as rings of vertex ids (counter-clockwise) */
  holes: { ring: number[]; bbox: Rect }[];
}

function bboxOf(store: VertexStore, ids: Iterable<number>): Rect {
  const r: Rect = [Infinity, Infinity, -Infinity, -Infinity];
  for (const v of ids) {
    const px = store.x[v], py = store.y[v];
    if (px < r[0]) r[0] = px;
    if (py < r[1]) r[1] = py;
    if (px > r[2]) r[2] = px;
    if (py > r[3]) r[3] = py;
  }
  return r;
}

/** Grows rectangles by `margin` and merges those that touch until none do. */
export function mergeRects(rects: Rect[], margin: number): Rect[] {
  let cur = rects.map((r): Rect => [r[0] - margin, r[1] - margin, r[2] + margin, r[3] + margin]);
  while (cur.length > 1) {
    const index = new Flatbush(cur.length);
    for (const r of cur) index.add(r[0], r[1], r[2], r[3]);
    index.finish();
    const parent = Int32Array.from(cur, (_, i) => i);
    const find = (i: number): number => {
      while (parent[i] !== i) i = parent[i] = parent[parent[i]];
      return i;
    };
    cur.forEach((r, i) => {
      for (const j of index.search(r[0], r[1], r[2], r[3])) {
        const a = find(i), b = find(j);
        if (a !== b) parent[a] = b;
      }
    });
    const merged = new Map<number, Rect>();
    cur.forEach((r, i) => {
      const root = find(i);
      const m = merged.get(root);
      if (!m) merged.set(root, [r[0], r[1], r[2], r[3]]);
      else {
        m[0] = Math.min(m[0], r[0]);
        m[1] = Math.min(m[1], r[1]);
        m[2] = Math.max(m[2], r[2]);
        m[3] = Math.max(m[3], r[3]);
      }
    });
    if (merged.size === cur.length) break;
    cur = [...merged.values()];
  }
  return cur;
}

/**
 * Where to look. Coverage can only change across residual edges, and every defect is a region they
 * enclose. With boundaries, each connected piece of the residual is a defect outline: its bounding
 * box. With no boundaries the grids' outer perimeter is residual too, so the residual is drawn as
 * an arrangement and only its faces covered twice or more, or enclosed and covered by nothing, count.
 */
export function findFrames(store: VertexStore, residual: Segments, withBoundaries: boolean, margin: number): Frames {
  if (residual.u.length === 0) return { rects: [], holes: [] };
  if (withBoundaries) {
    const parent = new Map<number, number>();
    const find = (v: number): number => {
      let p: number | undefined = parent.get(v);
      if (p === undefined) {
        parent.set(v, v);
        return v;
      }
      while (p !== v) {
        const gp: number = parent.get(p) ?? p;
        parent.set(v, gp);
        v = p;
        p = gp;
      }
      return v;
    };
    for (let i = 0; i < residual.u.length; i++) {
      const a = find(residual.u[i]), b = find(residual.v[i]);
      if (a !== b) parent.set(a, b);
    }
    const groups = new Map<number, number[]>();
    for (const v of parent.keys()) {
      const r = find(v);
      const g = groups.get(r);
      if (g) g.push(v);
      else groups.set(r, [v]);
    }
    return { rects: mergeRects([...groups.values()].map((g) => bboxOf(store, g)), margin), holes: [] };
  }
  // every residual edge counts +1 on its left: the face's count is how many grids cover it
  const one: Segments = { u: residual.u, v: residual.v, label: residual.u.map(() => 0) };
  const arr = buildArrangement(store, one);
  const { cover } = classify(arr);
  const rects: Rect[] = [];
  const holes: Frames['holes'] = [];
  for (let c = 0; c < arr.nCycles; c++) {
    if (arr.cycleArea[c] <= 0) continue;
    const d = cover[c].get(0) ?? 0;
    if (d === 1) continue;
    const ring = cycleVertices(arr, c);
    const bbox = bboxOf(store, ring);
    rects.push(bbox);
    if (d === 0) holes.push({ ring, bbox: [...bbox] });
  }
  return { rects: mergeRects(rects, margin), holes };
}
