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
  for (;;) {
    cur.sort((a, b) => a[0] - b[0]);
    const out: Rect[] = [];
    let merged = false;
    const alive = new Uint8Array(cur.length).fill(1);
    for (let i = 0; i < cur.length; i++) {
      if (!alive[i]) continue;
      const r = cur[i];
      for (let j = i + 1; j < cur.length && cur[j][0] <= r[2]; j++) {
        if (!alive[j]) continue;
        const s = cur[j];
        if (s[1] <= r[3] && r[1] <= s[3]) {
          r[0] = Math.min(r[0], s[0]);
          r[1] = Math.min(r[1], s[1]);
          r[2] = Math.max(r[2], s[2]);
          r[3] = Math.max(r[3], s[3]);
          alive[j] = 0;
          merged = true;
        }
      }
      out.push(r);
    }
    cur = out;
    if (!merged) return cur;
  }
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
