import type { Position } from 'geojson';
import { Drafts } from './drafts.ts';
import { isPosition } from './move-vertex.ts';
import { lineIntersection, orient, planeAt, pointInRing, ringArea2, segmentsMeet, type Plane, type XY } from './plane.ts';
import type { OpenPolygons } from './rings.ts';
import { toGeometry } from './rings.ts';
import { findSelfIntersection } from './simple.ts';
import { EDIT_ERRORS, refuse, VERTEX_TOLERANCE_DEG, type EditFeature, type EditResult } from './types.ts';

export interface SplitOptions {
  /** id of the new grid (the smaller piece; the larger keeps the grid's id) */
  newId: string;
  /** properties of the new grid over a copy of the split grid's (any object: GridApiProps fits) */
  newProperties?: object;
  /** vertex identity for neighbours' edges, degrees (default 1e-9°) */
  tolerance?: number;
}

/** A crossing closer than this (metres) to a vertex goes through the vertex. */
const AT_VERTEX_M = 1e-4;

interface Crossing {
  poly: number;
  ring: number;
  edge: number;
  t: number;
  /** the ring vertex it goes through, or -1 for a new vertex on the edge */
  vertex: number;
  /** where along the line: segment index + fraction */
  along: number;
  xy: XY;
}

/**
 * Splits a grid in two along a drawn line that enters and leaves it through its boundary. The new
 * vertices where the line crosses the boundary also go into the neighbours sharing those edges,
 * so no T-junction is left. Refused when the line does not cross the grid fully, crosses it more
 * than twice, crosses itself or a hole.
 */
export function splitGrid<F extends EditFeature>(grids: readonly F[], gridId: string, line: readonly Position[], options: SplitOptions): EditResult<F> {
  const drafts = new Drafts(grids);
  const g = drafts.indexOf(gridId);
  if (g < 0) return refuse(EDIT_ERRORS.unknownGrid, `there is no grid ${gridId}`, { grids: [gridId] });
  if (drafts.indexOf(options.newId) >= 0) return refuse(EDIT_ERRORS.idTaken, `grid ${options.newId} already exists`, { grids: [options.newId] });
  if (!line.every(isPosition)) return refuse(EDIT_ERRORS.invalidPosition, 'line positions must be finite [longitude, latitude]');
  const pts = line.filter((p, i) => i === 0 || p[0] !== line[i - 1][0] || p[1] !== line[i - 1][1]);
  if (pts.length < 2) return refuse(EDIT_ERRORS.lineNotCrossing, 'draw a line of at least two points across the grid', { grids: [gridId] });
  const plane = planeAt(pts[0]);
  const lxy = pts.map((p) => plane.xy(p));
  if (selfCrossing(lxy)) return refuse(EDIT_ERRORS.lineSelfIntersects, 'the line crosses itself', { grids: [gridId] });
  const polys = drafts.polys(g);
  const found = crossings(polys, plane, lxy);
  if (found === 'along') return refuse(EDIT_ERRORS.lineNotCrossing, `the line runs along an edge of grid ${gridId}`, { grids: [gridId] });
  if (found.some((c) => c.ring > 0)) return refuse(EDIT_ERRORS.lineCrossesHole, `the line crosses a hole of grid ${gridId}`, { grids: [gridId] });
  if (found.length > 2 || new Set(found.map((c) => c.poly)).size > 1) {
    return refuse(EDIT_ERRORS.lineCrossesMore, `the line crosses grid ${gridId}'s boundary ${found.length} times; draw one that crosses it exactly twice`, { grids: [gridId] });
  }
  if (found.length < 2) return refuse(EDIT_ERRORS.lineNotCrossing, `the line must enter and leave grid ${gridId} through its boundary`, { grids: [gridId] });
  const [c1, c2] = found;
  const p = c1.poly;
  const outer = polys[p][0];
  const oxy = outer.map((q) => plane.xy(q));
  const inner = pts.filter((_, k) => k > c1.along && k < c2.along);
  const next = inner.length > 0 ? plane.xy(inner[0]) : c2.xy;
  const probe: XY = [(c1.xy[0] + next[0]) / 2, (c1.xy[1] + next[1]) / 2];
  if (pointInRing(probe, oxy) <= 0 || polys[p].slice(1).some((h) => pointInRing(probe, h.map((q) => plane.xy(q))) > 0)) {
    return refuse(EDIT_ERRORS.lineNotCrossing, `between its crossings the line runs outside grid ${gridId}`, { grids: [gridId] });
  }

  const made = new Map<Crossing, Position>();
  for (const c of [c1, c2]) if (c.vertex < 0) made.set(c, plane.lonLat(c.xy[0], c.xy[1]));
  const ring: Position[] = [];
  const at = new Map<Crossing, number>();
  outer.forEach((q, i) => {
    ring.push(q);
    for (const c of [c1, c2]) if (c.vertex === i) at.set(c, ring.length - 1);
    for (const c of [c1, c2].filter((c) => c.vertex < 0 && c.edge === i).sort((x, y) => x.t - y.t)) {
      ring.push(made.get(c)!);
      at.set(c, ring.length - 1);
    }
  });
  const i1 = at.get(c1)!;
  const i2 = at.get(c2)!;
  if (i1 === i2) return refuse(EDIT_ERRORS.degenerate, 'the line touches the grid at a single point', { grids: [gridId] });
  const walk = (from: number, to: number) => {
    const out: Position[] = [];
    for (let i = from; ; i = (i + 1) % ring.length) {
      out.push(ring[i]);
      if (i === to) return out;
    }
  };
  const pieceA = [...walk(i1, i2), ...inner.slice().reverse()];
  const pieceB = [...walk(i2, i1), ...inner];
  const sign = Math.sign(ringArea2(oxy));
  const areas = [pieceA, pieceB].map((r) => ringArea2(r.map((q) => plane.xy(q))) * sign);
  if (areas.some((a) => !(a > 0))) return refuse(EDIT_ERRORS.degenerate, 'the line cuts off nothing', { grids: [gridId] });
  const pieces: OpenPolygons = [[pieceA], [pieceB]];
  for (const hole of polys[p].slice(1)) {
    const hxy = hole.map((q) => plane.xy(q));
    const k = pieces.findIndex((pc) => hxy.some((q) => pointInRing(q, pc[0].map((v) => plane.xy(v))) > 0));
    pieces[Math.max(k, 0)].push(hole);
  }
  if (findSelfIntersection(pieces, plane)) return refuse(EDIT_ERRORS.selfIntersection, `the pieces of grid ${gridId} would cross themselves`, { grids: [gridId] });

  const tol = options.tolerance ?? VERTEX_TOLERANCE_DEG;
  for (const c of [c1, c2].filter((c) => c.vertex < 0).sort((x, y) => x.edge - y.edge || x.t - y.t)) {
    const before = [c1, c2].find((d) => d !== c && d.vertex < 0 && d.edge === c.edge && d.t < c.t);
    const a = before ? made.get(before)! : outer[c.edge];
    drafts.insertOnEdge(a, outer[(c.edge + 1) % outer.length], made.get(c)!, tol, g);
  }
  const [keep, give] = areas[0] >= areas[1] ? [pieces[0], pieces[1]] : [pieces[1], pieces[0]];
  const own = drafts.write(g);
  own.splice(0, own.length, ...polys.map((rings, k) => (k === p ? keep : rings)));
  const original = grids[g];
  const created = {
    ...original,
    ...(original.id !== undefined ? { id: options.newId } : {}),
    properties: { ...original.properties, ...options.newProperties, id: options.newId },
    geometry: toGeometry([give]),
  } as F;
  return { ok: true, change: drafts.change([created]) };
}

function selfCrossing(l: XY[]): boolean {
  for (let i = 0; i + 1 < l.length; i++) {
    for (let j = i + 2; j + 1 < l.length; j++) if (segmentsMeet(l[i], l[i + 1], l[j], l[j + 1])) return true;
  }
  return false;
}

/** Where the line meets the grid's rings, in order along the line, one entry per point. */
function crossings(polys: OpenPolygons, plane: Plane, lxy: XY[]): Crossing[] | 'along' {
  const found: Crossing[] = [];
  for (let p = 0; p < polys.length; p++) {
    for (let r = 0; r < polys[p].length; r++) {
      const rxy = polys[p][r].map((q) => plane.xy(q));
      const n = rxy.length;
      for (let k = 0; k + 1 < lxy.length; k++) {
        const a = lxy[k], b = lxy[k + 1];
        const llen = Math.hypot(b[0] - a[0], b[1] - a[1]);
        for (let i = 0; i < n; i++) {
          const c = rxy[i], d = rxy[(i + 1) % n];
          const elen = Math.hypot(d[0] - c[0], d[1] - c[1]);
          const hit = lineIntersection(a, b, c, d);
          if (!hit) {
            if (orient(a, b, c) === 0 && segmentsMeet(a, b, c, d)) return 'along';
            continue;
          }
          const es = 1e-7 / llen, et = 1e-7 / elen;
          if (hit.s < -es || hit.s > 1 + es || hit.t < -et || hit.t > 1 + et) continue;
          const s = Math.min(1, Math.max(0, hit.s));
          const t = Math.min(1, Math.max(0, hit.t));
          const vertex = t * elen <= AT_VERTEX_M ? i : (1 - t) * elen <= AT_VERTEX_M ? (i + 1) % n : -1;
          const xy: XY = vertex >= 0 ? rxy[vertex] : [c[0] + t * (d[0] - c[0]), c[1] + t * (d[1] - c[1])];
          const dup = found.find((f) => f.poly === p && f.ring === r && Math.hypot(f.xy[0] - xy[0], f.xy[1] - xy[1]) <= AT_VERTEX_M);
          if (dup) continue;
          found.push({ poly: p, ring: r, edge: i, t, vertex, along: k + s, xy });
        }
      }
    }
  }
  return found.sort((x, y) => x.along - y.along);
}
