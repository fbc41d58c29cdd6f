import Flatbush from 'flatbush';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { ringAreaIds, vertexLonLat } from './area.ts';
import { findFrames } from './frames.ts';
import { gapItems } from './gaps.ts';
import { featureId } from './input.ts';
import { overlapItems } from './overlaps.ts';
import { overlayFrame, type OverlayContext, type Piece } from './overlay.ts';
import { outsideItems } from './outside.ts';
import { equalAreaProjection } from './projection.ts';
import { buildReport } from './report.ts';
import { resolveResidual } from './residual.ts';
import { buildInstances, compatibility, makeCompatible, unmatchedInstances } from './segments.ts';
import { GROUP_ANY, GROUP_NONE, KIND_BOUNDARY, KIND_GRID, type Shape } from './shapes.ts';
import type { CoverageOptions, CoverageReport, FeatureId } from './types.ts';
import { checkSimple } from './validate.ts';
import { Ingest, type IngestedShape } from './ingest.ts';
import { VertexStore, Welder } from './weld.ts';

const now = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());

type AnyCollection = FeatureCollection<Geometry | null> | { features?: unknown } | null | undefined;

function featuresOf(fc: AnyCollection): Feature[] {
  const f = (fc as { features?: unknown } | null | undefined)?.features;
  return Array.isArray(f) ? (f as Feature[]) : [];
}

/** Middle of the data's extent (first vertex of every ring is plenty for a projection centre). */
function centreOf(ingest: Ingest, shapes: IngestedShape[]): [number, number] {
  let minLon = Infinity, minLat = Infinity, maxLon = -Infinity, maxLat = -Infinity;
  const ll = ingest.ll;
  for (const s of shapes) {
    if (!s.usable) continue;
    for (let r = s.ringFrom; r < s.ringTo; r++) {
      const i = ingest.ringStart[r];
      const lon = ll[2 * i], lat = ll[2 * i + 1];
      if (lon < minLon) minLon = lon;
      if (lon > maxLon) maxLon = lon;
      if (lat < minLat) minLat = lat;
      if (lat > maxLat) maxLat = lat;
    }
  }
  return Number.isFinite(minLon) ? [(minLon + maxLon) / 2, (minLat + maxLat) / 2] : [0, 0];
}

/**
 * Welds a shape's rings into vertex ids and orients them (outer counter-clockwise, holes
 * clockwise). Rings that collapse below three vertices at the weld tolerance are dropped.
 * Ring ids are written into `ids` at the ring's own vertex range, so no ring allocates.
 */
function weldShape(
  welder: Welder,
  ingest: Ingest,
  xy: Float64Array,
  ids: Int32Array,
  s: IngestedShape,
  kind: Shape['kind'],
  id: FeatureId,
  index: number,
): Shape | null {
  const rings: Int32Array[] = [];
  let area = 0;
  const bbox: Shape['bbox'] = [Infinity, Infinity, -Infinity, -Infinity];
  const ll = ingest.ll;
  const store = welder.store;
  let skipPolygon = false;
  for (let r = s.ringFrom; r < s.ringTo; r++) {
    const outer = ingest.ringOuter[r];
    if (outer) skipPolygon = false;
    else if (skipPolygon) continue;
    const start = ingest.ringStart[r], end = ingest.ringEnd[r];
    let m = start;
    for (let i = start; i < end; i++) {
      const x = xy[2 * i], y = xy[2 * i + 1];
      const v = welder.weld(x, y, ll[2 * i], ll[2 * i + 1]);
      if (m > start && ids[m - 1] === v) continue;
      ids[m++] = v;
    }
    while (m - start > 1 && ids[start] === ids[m - 1]) m--;
    const ring = ids.subarray(start, m);
    const a = ring.length >= 3 ? ringAreaIds(store, ring) : 0;
    if (a === 0) {
      if (outer) skipPolygon = true;
      continue;
    }
    if (outer !== a > 0) ring.reverse();
    rings.push(ring);
    area += outer ? Math.abs(a) : -Math.abs(a);
    for (let k = 0; k < ring.length; k++) {
      const x = store.x[ring[k]], y = store.y[ring[k]];
      if (x < bbox[0]) bbox[0] = x;
      if (y < bbox[1]) bbox[1] = y;
      if (x > bbox[2]) bbox[2] = x;
      if (y > bbox[3]) bbox[3] = y;
    }
  }
  if (rings.length === 0) return null;
  return { kind, id, index, rings, group: GROUP_ANY, bbox, areaM2: area };
}

function lookupBoundary(map: Map<FeatureId, FeatureId>, id: FeatureId): FeatureId | undefined {
  return map.get(id) ?? map.get(String(id)) ?? (typeof id === 'string' && id.trim() !== '' && !Number.isNaN(Number(id)) ? map.get(Number(id)) : undefined);
}

/**
 * Checks that grids cover their boundaries edge to edge: overlaps, gaps, grid area outside its
 * boundary, invalid grids, misaligned edges. See DESIGN.md, "Coverage: what the check means".
 */
export function checkCoverage(
  grids: AnyCollection,
  boundaries?: AnyCollection,
  options: CoverageOptions = {},
): CoverageReport {
  const prof = options.profile;
  let t = now();
  const mark = (phase: string) => {
    if (!prof) return;
    const n = now();
    prof[phase] = (prof[phase] ?? 0) + (n - t);
    t = n;
  };
  const minAreaM2 = options.minAreaM2 ?? 1;
  const tol = options.toleranceM ?? 0.001;
  const gf = featuresOf(grids);
  const bf = featuresOf(boundaries);
  const gridIds = gf.map((f, i) => featureId(f, i));
  const boundaryIds = bf.map((f, i) => featureId(f, i));
  const ingest = new Ingest();
  const gIn = gf.map((f) => ingest.add(f?.geometry));
  const bIn = bf.map((f) => ingest.add(f?.geometry));
  ingest.fixSwappedByContext(gIn);
  ingest.fixSwappedByContext(bIn);
  const proj = equalAreaProjection(...centreOf(ingest, [...gIn, ...bIn]));
  const nv = ingest.nv;
  const xy = new Float64Array(2 * nv);
  for (let i = 0; i < nv; i++) proj.forward(ingest.ll[2 * i], ingest.ll[2 * i + 1], xy, 2 * i);
  for (const s of [...gIn, ...bIn]) {
    if (!s.usable) continue;
    const issue = checkSimple(ingest, xy, s, proj);
    if (issue) ingest.reject(s, issue);
  }
  mark('read');

  const store = new VertexStore(nv + 64);
  // a coverage shares most vertices two or three ways: half the positions is room enough
  const welder = new Welder(store, tol, (nv >> 1) + 64);
  const ids = new Int32Array(nv);
  const shapes: Shape[] = [];
  gIn.forEach((s, i) => {
    if (!s.usable) return;
    const shape = weldShape(welder, ingest, xy, ids, s, KIND_GRID, gridIds[i], i);
    if (shape) shapes.push(shape);
  });
  const nGrids = shapes.length;
  const boundaryOwner = new Map<FeatureId, number>();
  bIn.forEach((s, i) => {
    if (!s.usable) return;
    const shape = weldShape(welder, ingest, xy, ids, s, KIND_BOUNDARY, boundaryIds[i], i);
    if (!shape) return;
    shape.group = shapes.length;
    if (!boundaryOwner.has(shape.id)) boundaryOwner.set(shape.id, shapes.length);
    shapes.push(shape);
  });
  const boundaryOwners = shapes.map((_, o) => o).filter((o) => o >= nGrids);
  if (options.gridBoundary) {
    const gb = options.gridBoundary;
    for (let g = 0; g < nGrids; g++) {
      const b = lookupBoundary(gb, shapes[g].id);
      const owner = b === undefined ? undefined : (boundaryOwner.get(b) ?? boundaryOwner.get(String(b)));
      shapes[g].group = owner ?? GROUP_NONE;
    }
  }
  mark('weld');

  const inst = buildInstances(shapes);
  const compat = compatibility(shapes);
  const compatible = makeCompatible(shapes);
  const left = unmatchedInstances(inst, store.n, compat);
  mark('match');
  const residual = resolveResidual(
    welder,
    {
      u: left.map((i) => inst.from[i]),
      v: left.map((i) => inst.to[i]),
      label: left.map((i) => inst.owner[i]),
    },
    compatible,
  );
  mark('residual');

  const frames = findFrames(store, residual.segs, boundaryOwners.length > 0, 0.5 + 10 * tol);
  mark('frames');
  const pieces: Piece[] = [];
  let excessM2 = 0;
  if (frames.rects.length > 0) {
    let gridIndex: Flatbush | null = null;
    if (nGrids > 0) {
      gridIndex = new Flatbush(nGrids);
      for (let g = 0; g < nGrids; g++) gridIndex.add(...shapes[g].bbox);
      gridIndex.finish();
    }
    const ctx: OverlayContext = {
      welder,
      shapes,
      nGrids,
      gridIndex,
      boundaryOwners,
      holes: frames.holes.map((ring) => {
        const bbox: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
        for (const v of ring) {
          bbox[0] = Math.min(bbox[0], store.x[v]);
          bbox[1] = Math.min(bbox[1], store.y[v]);
          bbox[2] = Math.max(bbox[2], store.x[v]);
          bbox[3] = Math.max(bbox[3], store.y[v]);
        }
        return { ring, bbox };
      }),
    };
    for (const rect of frames.rects) {
      const r = overlayFrame(ctx, rect);
      pieces.push(...r.pieces);
      excessM2 += r.excessM2;
    }
  }
  mark('overlay');

  const pctx = { store, proj, shapes, minAreaM2 };
  const overlaps = overlapItems(pieces, pctx);
  const gaps = gapItems(pieces, pctx);
  const outside = outsideItems(pieces, { ...pctx, welder, boundaryOwners });
  const report = buildReport({
    gridCount: gf.length,
    boundaryCount: bf.length,
    gridIds,
    boundaryIds,
    gIssues: gIn.map((s) => s.issue),
    bIssues: bIn.map((s) => ({ issue: s.issue, usable: s.usable })),
    shapes,
    nGrids,
    overlaps,
    gaps,
    outside,
    misaligned: residual.misaligned,
    excessM2,
    lonLat: (v: number) => vertexLonLat(store, proj, v),
  });
  mark('report');
  return report;
}
