import Flatbush from 'flatbush';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { vertexLonLat } from './area.ts';
import { findFrames } from './frames.ts';
import { gapItems } from './gaps.ts';
import { featureId } from './input.ts';
import { overlapItems } from './overlaps.ts';
import { overlayFrame, type OverlayContext, type Piece } from './overlay.ts';
import { outsideItems } from './outside.ts';
import { equalAreaProjection } from './projection.ts';
import { buildReport } from './report.ts';
import { resolveResidual } from './residual.ts';
import { compatibility, makeCompatible, unpairedEdges } from './segments.ts';
import { GROUP_NONE, KIND_BOUNDARY, KIND_GRID, weldShape, type Shape } from './shapes.ts';
import type { CoverageOptions, CoverageReport, FeatureId } from './types.ts';
import { checkSimple } from './validate.ts';
import { Ingest } from './ingest.ts';
import { takeFloat64, takeInt32 } from './pool.ts';
import { VertexStore, Welder } from './weld.ts';

const now = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());

type AnyCollection = FeatureCollection<Geometry | null> | { features?: unknown } | null | undefined;

function featuresOf(fc: AnyCollection): Feature[] {
  const f = (fc as { features?: unknown } | null | undefined)?.features;
  return Array.isArray(f) ? (f as Feature[]) : [];
}

function lookupBoundary(map: Map<FeatureId, FeatureId>, id: FeatureId): FeatureId | undefined {
  return map.get(id) ?? map.get(String(id)) ?? (typeof id === 'string' && id.trim() !== '' && !Number.isNaN(Number(id)) ? map.get(Number(id)) : undefined);
}

/**
 * Checks that grids cover their boundaries edge to edge: overlaps, gaps, grid area outside its
 * boundary, invalid grids, misaligned edges. See docs/COVERAGE.md.
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
  const ingest = new Ingest(true);
  const gIn = gf.map((f) => ingest.add(f?.geometry));
  const bIn = bf.map((f) => ingest.add(f?.geometry));
  ingest.fixSwappedByContext(gIn);
  ingest.fixSwappedByContext(bIn);
  const hasData = Number.isFinite(ingest.minLon);
  const proj = equalAreaProjection(
    hasData ? (ingest.minLon + ingest.maxLon) / 2 : 0,
    hasData ? (ingest.minLat + ingest.maxLat) / 2 : 0,
  );
  const nv = ingest.nv;
  const xy = takeFloat64('check.xy', 2 * nv);
  proj.forwardAll(ingest.ll, xy, nv, ingest.minLat, ingest.maxLat);
  for (const s of [...gIn, ...bIn]) {
    if (!s.usable) continue;
    const issue = checkSimple(ingest, xy, s, proj);
    if (issue) ingest.reject(s, issue);
  }
  mark('read');

  // a coverage shares most vertices two or three ways: half the positions is room enough
  const store = new VertexStore((nv >> 1) + 64, true);
  const welder = new Welder(store, tol, (nv >> 1) + 64, true);
  const ids = takeInt32('check.ids', nv);
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

  const compat = compatibility(shapes);
  const unpaired = unpairedEdges(shapes, store.n, compat);
  mark('match');
  const residual = resolveResidual(welder, unpaired, makeCompatible(shapes));
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
      holes: frames.holes,
    };
    for (const rect of frames.rects) {
      const r = overlayFrame(ctx, rect);
      pieces.push(...r.pieces);
      excessM2 += r.excessM2;
    }
  }
  mark('overlay');

  const lonLat = vertexLonLat(store, ingest.ll, proj);
  const pctx = { lonLat, shapes, minAreaM2 };
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
    lonLat,
  });
  mark('report');
  return report;
}
