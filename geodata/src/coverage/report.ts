import type { Position } from 'geojson';
import { roundArea } from './area.ts';
import type { Piece } from './overlay.ts';
import type { Misaligned } from './residual.ts';
import { KIND_GRID, type Shape } from './shapes.ts';
import {
  WARNING_KINDS,
  type CoverageReport,
  type CoverageWarning,
  type FeatureId,
  type GapItem,
  type InvalidItem,
  type OutsideItem,
  type OverlapItem,
} from './types.ts';
import type { ShapeIssue } from './ingest.ts';

export interface ReportParts {
  gridCount: number;
  boundaryCount: number;
  gridIds: FeatureId[];
  boundaryIds: FeatureId[];
  gIssues: (ShapeIssue | null)[];
  bIssues: { issue: ShapeIssue | null; usable: boolean }[];
  shapes: Shape[];
  nGrids: number;
  overlaps: { items: OverlapItem[]; noise: Piece[] };
  gaps: { items: GapItem[]; noise: Piece[] };
  outside: { items: OutsideItem[]; noise: Piece[] };
  misaligned: Misaligned[];
  /** area covered more than once, once per extra grid */
  excessM2: number;
  lonLat: (vertex: number) => Position;
}

const sum = (items: { areaM2: number }[]) => roundArea(items.reduce((s, i) => s + i.areaM2, 0));

/**
 * Covered share: of the boundaries' area, or with no boundaries of the grids' union and the holes
 * it encloses. Never shown as 100 while a gap is listed.
 */
function coveredPct(p: ReportParts, gapAreaM2: number): number {
  const boundaryArea = p.shapes.slice(p.nGrids).reduce((s, b) => s + b.areaM2, 0);
  let pct: number;
  if (p.boundaryCount > 0) pct = boundaryArea > 0 ? 100 * (1 - gapAreaM2 / boundaryArea) : 100;
  else {
    const union = p.shapes.slice(0, p.nGrids).reduce((s, g) => s + g.areaM2, 0) - p.excessM2;
    pct = union + gapAreaM2 > 0 ? (100 * union) / (union + gapAreaM2) : 100;
  }
  pct = Math.max(0, Math.min(100, Math.round(pct * 1e4) / 1e4));
  return pct === 100 && gapAreaM2 > 0 ? 99.9999 : pct;
}

export function buildReport(p: ReportParts): CoverageReport {
  const invalid: InvalidItem[] = [];
  p.gIssues.forEach((issue, i) => {
    if (issue) invalid.push({ grid: p.gridIds[i], reason: issue.reason, at: issue.at });
  });
  const warnings: CoverageWarning[] = [];
  const idOf = (owner: number) => p.shapes[owner].id;
  const isGrid = (owner: number) => p.shapes[owner].kind === KIND_GRID;
  for (const m of p.misaligned) {
    const owners = [m.a, m.b];
    const boundary = owners.find((o) => !isGrid(o));
    warnings.push({
      kind: WARNING_KINDS.misalignedEdge,
      grids: owners.filter(isGrid).map(idOf),
      ...(boundary === undefined ? {} : { boundary: idOf(boundary) }),
      count: m.count,
      at: p.lonLat(m.at),
    });
  }
  const noise = [...p.overlaps.noise, ...p.gaps.noise, ...p.outside.noise];
  for (const n of noise) {
    const grids = n.kind === 'overlap' ? [n.a, n.b] : n.kind === 'gap' ? [...n.neighbors].sort((a, b) => a - b) : [n.a];
    const boundary = n.kind === 'gap' ? n.a : n.kind === 'outside' ? n.b : -1;
    warnings.push({
      kind: WARNING_KINDS.microSliver,
      grids: grids.map(idOf),
      ...(boundary >= 0 ? { boundary: idOf(boundary) } : {}),
      areaM2: roundArea(n.areaM2),
      at: n.polygons.length > 0 ? p.lonLat(n.polygons[0][0][0]) : null,
    });
  }
  p.bIssues.forEach((r, i) => {
    if (r.issue) {
      warnings.push({
        kind: r.usable ? WARNING_KINDS.repaired : WARNING_KINDS.invalidBoundary,
        grids: [],
        boundary: p.boundaryIds[i],
        reason: r.issue.reason,
        at: r.issue.at,
      });
    }
  });
  const overlaps = p.overlaps.items;
  const gaps = p.gaps.items;
  const outside = p.outside.items;
  const gapAreaM2 = sum(gaps);
  return {
    ok: overlaps.length === 0 && gaps.length === 0 && outside.length === 0 && invalid.length === 0,
    summary: {
      grids: p.gridCount,
      boundaries: p.boundaryCount,
      coveredPct: coveredPct(p, gapAreaM2),
      overlapCount: overlaps.length,
      overlapAreaM2: sum(overlaps),
      gapCount: gaps.length,
      gapAreaM2,
      outsideCount: outside.length,
      outsideAreaM2: sum(outside),
      invalidCount: invalid.length,
      ignoredPieces: noise.length,
      ignoredAreaM2: roundArea(noise.reduce((s, n) => s + Math.abs(n.areaM2), 0)),
      misalignedEdges: p.misaligned.reduce((s, m) => s + m.count, 0),
    },
    overlaps,
    gaps,
    outside,
    invalid,
    warnings,
  };
}
