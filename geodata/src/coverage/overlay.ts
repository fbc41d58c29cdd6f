import type Flatbush from 'flatbush';
import { buildArrangement, classify, cycleHalfEdges, cycleVertices, type Arrangement, type Cover } from './arrangement.ts';
import { clipLongRingToRect, clipRingToRect, rectContains, rectsOverlap, type Rect } from './clip.ts';
import { nodeSegments, type Segments } from './noding.ts';
import { GROUP_ANY, GROUP_NONE, type Shape } from './shapes.ts';
import type { Welder } from './weld.ts';

export const PIECE_KINDS = { overlap: 'overlap', gap: 'gap', outside: 'outside' } as const;
export type PieceKind = (typeof PIECE_KINDS)[keyof typeof PIECE_KINDS];

/** A defect found in one frame: polygons as rings of vertex ids, outer ring first. */
export interface Piece {
  kind: PieceKind;
  /** overlap: the lower grid owner · gap: the boundary owner (-1: none) · outside: the grid owner */
  a: number;
  /** overlap: the higher grid owner · outside: the boundary owner (-1: to be decided) · gap: -1 */
  b: number;
  areaM2: number;
  polygons: number[][][];
  /** gap only: grid owners across its edges */
  neighbors: Set<number>;
}

export interface OverlayContext {
  welder: Welder;
  shapes: Shape[];
  nGrids: number;
  /** grid bounding boxes, item i = grid owner i */
  gridIndex: Flatbush | null;
  boundaryOwners: number[];
  holes: { ring: number[]; bbox: Rect }[];
}

export interface FrameResult {
  pieces: Piece[];
  /** area covered more than once, counted once per extra grid (for coverage with no boundaries) */
  excessM2: number;
}

/**
 * The exact overlay of everything that reaches into one frame: grids whole or clipped, boundaries
 * and enclosed holes clipped, and the frame itself as a label, so faces outside it are ignored.
 * Every face inside the frame learns which grids and boundaries cover it; the defective ones
 * become pieces.
 */
export function overlayFrame(ctx: OverlayContext, frame: Rect): FrameResult {
  const { welder, shapes, nGrids } = ctx;
  const S = shapes.length;
  const FRAME = S + ctx.holes.length;
  const segs: Segments = { u: [], v: [], label: [] };
  const addRing = (ring: ArrayLike<number>, label: number) => {
    const m = ring.length;
    for (let i = 0; i < m; i++) {
      segs.u.push(ring[i]);
      segs.v.push(ring[i + 1 === m ? 0 : i + 1]);
      segs.label.push(label);
    }
  };
  // rings are cut down to the frame (fewer edges to node than whole grids would bring)
  const addShape = (owner: number) => {
    const s = shapes[owner];
    const whole = rectContains(frame, s.bbox);
    for (const r of s.rings) addRing(whole ? r : clipLongRingToRect(welder, r, frame), owner);
  };
  if (ctx.gridIndex) for (const g of ctx.gridIndex.search(frame[0], frame[1], frame[2], frame[3])) addShape(g);
  for (const b of ctx.boundaryOwners) if (rectsOverlap(frame, shapes[b].bbox)) addShape(b);
  ctx.holes.forEach((h, k) => {
    if (rectsOverlap(frame, h.bbox)) addRing(clipRingToRect(welder, h.ring, frame), S + k);
  });
  const corners = [
    welder.weld(frame[0], frame[1]),
    welder.weld(frame[2], frame[1]),
    welder.weld(frame[2], frame[3]),
    welder.weld(frame[0], frame[3]),
  ];
  addRing(corners, FRAME);

  const arr = buildArrangement(welder.store, nodeSegments(welder, segs));
  const { cover, container } = classify(arr);

  const byKey = new Map<string, { piece: Omit<Piece, 'polygons'>; cycles: number[] }>();
  const holesOf = new Map<number, number[]>();
  let excessM2 = 0;
  for (let c = 0; c < arr.nCycles; c++) {
    const area = arr.cycleArea[c];
    if (area === 0) continue;
    const cov = cover[c];
    if (!((cov.get(FRAME) ?? 0) > 0)) continue;
    let grids = 0;
    for (const [l, n] of cov) if (l < nGrids && n > 0) grids++;
    if (grids > 1) excessM2 += (grids - 1) * area;
    if (area < 0) {
      // a component's outside: a hole in the face that holds it, which has the same cover
      if (container[c] >= 0) {
        const list = holesOf.get(container[c]);
        if (list) list.push(c);
        else holesOf.set(container[c], [c]);
      }
      continue;
    }
    for (const key of faceKeys(ctx, cov, FRAME)) {
      // a gap is one piece per face; overlaps and outside are one piece per pair
      const k = key.startsWith('g') ? `${key}:${c}` : key;
      let entry = byKey.get(k);
      if (!entry) {
        const [kind, a, b] = key.split(':');
        entry = {
          piece: { kind: kindOf(kind), a: Number(a), b: Number(b), areaM2: 0, neighbors: new Set() },
          cycles: [],
        };
        byKey.set(k, entry);
      }
      entry.cycles.push(c);
    }
  }
  const pieces: Piece[] = [];
  for (const { piece, cycles } of byKey.values()) {
    const polygons: number[][][] = [];
    for (const c of cycles) {
      const holeCycles = holesOf.get(c) ?? [];
      const rings = [cycleVertices(arr, c)];
      piece.areaM2 += arr.cycleArea[c];
      for (const h of holeCycles) {
        rings.push(cycleVertices(arr, h));
        piece.areaM2 += arr.cycleArea[h];
      }
      polygons.push(rings);
      if (piece.kind === PIECE_KINDS.gap) {
        for (const cc of [c, ...holeCycles]) addNeighbors(arr, cover, cc, nGrids, piece.neighbors);
      }
    }
    pieces.push({ ...piece, polygons });
  }
  return { pieces, excessM2 };
}

function kindOf(k: string): PieceKind {
  return k === 'o' ? PIECE_KINDS.overlap : k === 'g' ? PIECE_KINDS.gap : PIECE_KINDS.outside;
}

function addNeighbors(arr: Arrangement, cover: Cover[], c: number, nGrids: number, into: Set<number>): void {
  for (const h of cycleHalfEdges(arr, c)) {
    for (const [l, n] of cover[arr.cycleOf[h ^ 1]]) if (l < nGrids && n > 0) into.add(l);
  }
}

/**
 * What is wrong with a face, as keys: `o:g1:g2` for each pair of grids covering it, `g:b:-1` for a
 * face inside boundary b (or an enclosed hole, b = -1) that no grid covers, `x:g:b` for a grid
 * outside its own boundary b (b = -1: outside every boundary; which one it belongs to is decided
 * later).
 */
function faceKeys(ctx: OverlayContext, cov: Cover, frameLabel: number): string[] {
  const { nGrids, shapes } = ctx;
  const S = shapes.length;
  const grids: number[] = [];
  const bounds: number[] = [];
  let inHole = false;
  for (const [l, n] of cov) {
    if (n <= 0) continue;
    if (l < nGrids) grids.push(l);
    else if (l < S) bounds.push(l);
    else if (l < frameLabel) inHole = true;
  }
  const keys: string[] = [];
  grids.sort((p, q) => p - q);
  for (let i = 0; i < grids.length; i++) {
    for (let j = i + 1; j < grids.length; j++) keys.push(`o:${grids[i]}:${grids[j]}`);
  }
  if (grids.length === 0) {
    if (bounds.length > 0) keys.push(`g:${Math.min(...bounds)}:-1`);
    else if (inHole) keys.push('g:-1:-1');
  }
  const hasBoundaries = ctx.boundaryOwners.length > 0;
  for (const g of grids) {
    const own = shapes[g].group;
    if (own >= 0) {
      if (!bounds.includes(own)) keys.push(`x:${g}:${own}`);
    } else if ((own === GROUP_ANY || own === GROUP_NONE) && hasBoundaries && bounds.length === 0) {
      keys.push(`x:${g}:-1`);
    }
  }
  return keys;
}
