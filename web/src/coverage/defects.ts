import type { MultiPolygon, Point, Polygon } from 'geojson';
import { geometryBBox, type BBox, type CoverageReport, type FeatureId, type InvalidReason } from '@wangge/geodata';

/** Defect kinds, most urgent first: the order the list shows them in. */
export const DEFECT_KINDS = { invalid: 'invalid', overlap: 'overlap', gap: 'gap', outside: 'outside' } as const;
export type DefectKind = (typeof DEFECT_KINDS)[keyof typeof DEFECT_KINDS];
const KIND_ORDER: readonly DefectKind[] = Object.values(DEFECT_KINDS);

/** One line of the defect list and one shape on the map, whatever the check called it. */
export interface Defect {
  /** stays the same across re-checks while the defect is still there, so a focused defect stays focused */
  key: string;
  kind: DefectKind;
  /** m²; null for an invalid grid, which has no defect area */
  areaM2: number | null;
  /** the grids involved (an overlap's two, a gap's neighbours, the grid outside or invalid) */
  grids: string[];
  /** the community (boundary) a gap or spill-over is reported against */
  boundary: string | null;
  reason: InvalidReason | null;
  geometry: Polygon | MultiPolygon | Point | null;
  /** where the map goes when the defect is clicked; null when there is nowhere to go */
  bbox: BBox | null;
}

const str = (id: FeatureId | null | undefined) => (id === null || id === undefined ? null : String(id));
/** ~10 m: a defect that moves less than this between checks keeps its key */
const roundKey = (n: number) => n.toFixed(4);
const boxKey = (b: BBox) => `${roundKey((b[0] + b[2]) / 2)},${roundKey((b[1] + b[3]) / 2)}`;

/**
 * The report's defects as one list: by kind (invalid, overlap, gap, outside), then largest area
 * first, then by key, so the order is stable. `gridBBox` gives an invalid grid without a position
 * somewhere to zoom to.
 */
export function listDefects(report: CoverageReport, gridBBox: (id: string) => BBox | null = () => null): Defect[] {
  const out: Defect[] = [];
  for (const o of report.overlaps) {
    const grids = o.grids.map(String).sort();
    const bbox = geometryBBox(o.geometry);
    out.push({ key: `overlap:${grids.join('|')}:${boxKey(bbox)}`, kind: 'overlap', areaM2: o.areaM2, grids, boundary: null, reason: null, geometry: o.geometry, bbox });
  }
  for (const g of report.gaps) {
    const bbox = geometryBBox(g.geometry);
    const grids = g.neighbors.map(String).sort();
    out.push({ key: `gap:${str(g.boundary) ?? ''}:${boxKey(bbox)}`, kind: 'gap', areaM2: g.areaM2, grids, boundary: str(g.boundary), reason: null, geometry: g.geometry, bbox });
  }
  for (const o of report.outside) {
    const bbox = geometryBBox(o.geometry);
    const grid = String(o.grid);
    out.push({ key: `outside:${grid}:${boxKey(bbox)}`, kind: 'outside', areaM2: o.areaM2, grids: [grid], boundary: str(o.boundary), reason: null, geometry: o.geometry, bbox });
  }
  for (const i of report.invalid) {
    const grid = String(i.grid);
    const at = i.at && Number.isFinite(i.at[0]) && Number.isFinite(i.at[1]) && Math.abs(i.at[1]) <= 90 ? i.at : null;
    const point: Point | null = at ? { type: 'Point', coordinates: [at[0], at[1]] } : null;
    const bbox: BBox | null = at ? [at[0], at[1], at[0], at[1]] : gridBBox(grid);
    out.push({ key: `invalid:${grid}:${i.reason}`, kind: 'invalid', areaM2: null, grids: [grid], boundary: null, reason: i.reason, geometry: point, bbox });
  }
  return out.sort(
    (a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || (b.areaM2 ?? 0) - (a.areaM2 ?? 0) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
}

/** How many defects of each kind, for the summary's counts. */
export function countByKind(defects: readonly Defect[]): Record<DefectKind, number> {
  const counts: Record<DefectKind, number> = { invalid: 0, overlap: 0, gap: 0, outside: 0 };
  for (const d of defects) counts[d.kind]++;
  return counts;
}
