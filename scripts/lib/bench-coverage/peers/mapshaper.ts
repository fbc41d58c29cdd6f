import type { FeatureCollection, Polygon } from 'geojson';
import mapshaper from 'mapshaper';
import { MIN_AREA_M2, polygonArea, type Found } from '../found.ts';

export const name = 'mapshaper -mosaic';

export interface MapshaperInput {
  grids: FeatureCollection<Polygon>;
  boundary: FeatureCollection<Polygon>;
}

/**
 * mapshaper's mosaic of grids and boundary together: every face with the number of shapes over it.
 * A face under two or more grids is an overlap; a face under the boundary alone is a gap. Only the
 * defective faces are written out.
 */
export async function run(input: MapshaperInput): Promise<Found> {
  const out = await mapshaper.applyCommands(
    "-i grids.json boundary.json combine-files -merge-layers force " +
      "-mosaic calc='n=count(),nb=sum(isB),ids=collect(id)' " +
      "-filter 'n - nb >= 2 || n == nb' -o out.json format=geojson",
    { 'grids.json': input.grids, 'boundary.json': input.boundary },
  );
  return foundInMosaic(JSON.parse(String(out['out.json'])));
}

/** The same commands for mapshaper's own command line, as the shell would hand them over. */
export function cliArgs(grids: string, boundary: string, out: string): string[] {
  return [
    '-i', grids, boundary, 'combine-files', '-merge-layers', 'force',
    '-mosaic', 'calc=n=count(),nb=sum(isB),ids=collect(id)',
    '-filter', 'n - nb >= 2 || n == nb', '-o', out, 'format=geojson',
  ];
}

/** The defective faces mapshaper wrote, as overlaps and gaps. */
export function foundInMosaic(fc: FeatureCollection<Polygon | { type: 'MultiPolygon'; coordinates: number[][][][] }>): Found {
  const found: Found = { overlaps: [], gaps: [], rawPieces: fc.features.length };
  for (const f of fc.features) {
    const g = f.geometry;
    const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
    const areaM2 = polys.reduce((s, p) => s + polygonArea(p as number[][][]), 0);
    if (areaM2 < MIN_AREA_M2) continue;
    const p = f.properties as { n: number; nb: number; ids: string[] };
    if (p.n - p.nb >= 2) {
      const ids = p.ids.filter((id) => id !== 'town').sort();
      found.overlaps.push({ grids: [ids[0], ids[1]], areaM2 });
    } else found.gaps.push({ areaM2 });
  }
  return found;
}
