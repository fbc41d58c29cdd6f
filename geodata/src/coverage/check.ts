import Flatbush from 'flatbush';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { ringAreaIds, vertexLonLat } from './area.ts';
import { findFrames } from './frames.ts';
import { gapItems } from './gaps.ts';
import { featureId } from './input.ts';
import { overlapItems } from './overlaps.ts';
import { overlayFrame, type OverlayContext, type Piece } from './overlay.ts';
import { outsideItems } from './outside.ts';
import { equalAreaProjection, type Projection } from './projection.ts';
import { buildReport } from './report.ts';
import { resolveResidual } from './residual.ts';
import { buildInstances, makeCompatible, unmatchedInstances } from './segments.ts';
import { GROUP_ANY, GROUP_NONE, KIND_BOUNDARY, KIND_GRID, type Shape } from './shapes.ts';
import type { CoverageOptions, CoverageReport, FeatureId } from './types.ts';
import { checkSimple, findSwappedByContext, readShape, swapAll, type ReadShape } from './validate.ts';
import { VertexStore, Welder } from './weld.ts';

const now = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());

type AnyCollection = FeatureCollection<Geometry | null> | { features?: unknown } | null | undefined;

function featuresOf(fc: AnyCollection): Feature[] {
  const f = (fc as { features?: unknown } | null | undefined)?.features;
  return Array.isArray(f) ? (f as Feature[]) : [];
}

function readAll(features: Feature[]): ReadShape[] {
  const reads = features.map((f) => readShape(f?.geometry));
  for (const i of findSwappedByContext(reads.map((r) => (r.issue ? null : r.polygons)))) {
    const first = reads[i].polygons![0][0];
    reads[i].issue = { reason: 'swapped-lat-lon', at: [first[0], first[1]] };
    swapAll(reads[i].polygons!);
  }
  return reads;
}

function centreOf(reads: ReadShape[]): [number, number] {
  let minLon = Infinity, minLat = Infinity, maxLon = -Infinity, maxLat = -Infinity;
  for (const r of reads) {
    for (const rings of r.polygons ?? []) {
      const outer = rings[0];
      for (let k = 0; k < outer.length; k += 2) {
        minLon = Math.min(minLon, outer[k]);
        maxLon = Math.max(maxLon, outer[k]);
        minLat = Math.min(minLat, outer[k + 1]);
        maxLat = Math.max(maxLat, outer[k + 1]);
      }
    }
  }
  return Number.isFinite(minLon) ? [(minLon + maxLon) / 2, (minLat + maxLat) / 2] : [0, 0];
}

function project(proj: Projection, polygons: Float64Array[][]): Float64Array[][] {
  return polygons.map((rings) =>
    rings.map((r) => {
      const out = new Float64Array(r.length);
      for (let k = 0; k < r.length; k += 2) proj.forward(r[k], r[k + 1], out, k);
      return out;
    }),
  );
}

/**
 * Welds a shape's rings into vertex ids and orients them (outer counter-clockwise, holes
 * clockwise). Rings that collapse below three vertices at the weld tolerance are dropped.
 */
function weldShape(
  welder: Welder,
  kind: Shape['kind'],
  id: FeatureId,
  index: number,
  xy: Float64Array[][],
  lonlat: Float64Array[][],
): Shape | null {
  const rings: Int32Array[] = [];
  let area = 0;
  const bbox: Shape['bbox'] = [Infinity, Infinity, -Infinity, -Infinity];
  xy.forEach((polygon, p) => {
    for (let k = 0; k < polygon.length; k++) {
      const r = polygon[k];
      const ll = lonlat[p][k];
      const ids: number[] = [];
      for (let i = 0; i < r.length; i += 2) {
        const v = welder.weld(r[i], r[i + 1], ll[i], ll[i + 1]);
        if (ids[ids.length - 1] !== v) ids.push(v);
      }
      while (ids.length > 1 && ids[0] === ids[ids.length - 1]) ids.pop();
      const a = ids.length >= 3 ? ringAreaIds(welder.store, ids) : 0;
      if (a === 0) {
        if (k === 0) break;
        continue;
      }
      if ((k === 0) !== a > 0) ids.reverse();
      rings.push(Int32Array.from(ids));
      area += k === 0 ? Math.abs(a) : -Math.abs(a);
    }
  });
  if (rings.length === 0) return null;
  const { x, y } = welder.store;
  for (const r of rings) {
    for (const v of r) {
      bbox[0] = Math.min(bbox[0], x[v]);
      bbox[1] = Math.min(bbox[1], y[v]);
      bbox[2] = Math.max(bbox[2], x[v]);
      bbox[3] = Math.max(bbox[3], y[v]);
    }
  }
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
  const gReads = readAll(gf);
  const bReads = readAll(bf);
  const proj = equalAreaProjection(...centreOf([...gReads, ...bReads]));
  const projected = (reads: ReadShape[]) =>
    reads.map((r) => {
      if (!r.polygons) return null;
      const xy = project(proj, r.polygons);
      const issue = checkSimple(xy, proj);
      if (!issue) return xy;
      r.issue = issue;
      r.polygons = null;
      return null;
    });
  const gXY = projected(gReads);
  const bXY = projected(bReads);
  mark('read');

  let positions = 0;
  for (const r of [...gReads, ...bReads]) for (const rings of r.polygons ?? []) for (const ring of rings) positions += ring.length / 2;
  const store = new VertexStore(positions + 64);
  const welder = new Welder(store, tol, positions + 64);
  const shapes: Shape[] = [];
  gXY.forEach((xy, i) => {
    if (!xy) return;
    const s = weldShape(welder, KIND_GRID, gridIds[i], i, xy, gReads[i].polygons!);
    if (s) shapes.push(s);
  });
  const nGrids = shapes.length;
  const boundaryOwner = new Map<FeatureId, number>();
  bXY.forEach((xy, i) => {
    if (!xy) return;
    const s = weldShape(welder, KIND_BOUNDARY, boundaryIds[i], i, xy, bReads[i].polygons!);
    if (!s) return;
    s.group = shapes.length;
    if (!boundaryOwner.has(s.id)) boundaryOwner.set(s.id, shapes.length);
    shapes.push(s);
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
  const compatible = makeCompatible(shapes);
  const left = unmatchedInstances(inst, store.n, compatible);
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
    gReads,
    bReads,
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
