/**
 * Grid sequence numbers inside a community: west→east, north→south, as Beijing's DB11/T 2157
 * numbers its grids. Grid centres (centre of mass) are grouped into rows first: a centre starts
 * a new row when it lies more than ROW_BAND × √(community area / grids) south of the row's
 * northernmost centre; inside a row, west to east. Worked on the final WGS84 polygons with
 * geodesic metres, so anyone can re-derive the numbering from the published files.
 */
import * as turf from '@turf/turf';
import type { Polygon } from 'geojson';

export const ROW_BAND = 0.6;
/** refuse numberings that a centimetre of rounding could flip */
const MARGIN = 0.03;

export function rowMajorOrder(community: Polygon, grids: readonly Polygon[]): number[] {
  const origin = turf.centerOfMass(community).geometry.coordinates;
  const ys = grids.map((g) => {
    const p = turf.centerOfMass(g).geometry.coordinates;
    return {
      x: turf.distance(origin, [p[0], origin[1]], { units: 'meters' }) * Math.sign(p[0] - origin[0]),
      y: turf.distance(origin, [origin[0], p[1]], { units: 'meters' }) * Math.sign(p[1] - origin[1]),
    };
  });
  const band = ROW_BAND * Math.sqrt(turf.area(community) / grids.length);
  const byNorth = ys.map((_, i) => i).sort((a, b) => ys[b].y - ys[a].y || a - b);
  const rows: number[][] = [];
  for (const i of byNorth) {
    const row = rows[rows.length - 1];
    const drop = row ? ys[row[0]].y - ys[i].y : Infinity;
    if (Math.abs(drop - band) < MARGIN * band) throw new Error(`grid rows are ambiguous (${drop.toFixed(1)} m vs band ${band.toFixed(1)} m)`);
    if (drop <= band) row!.push(i);
    else rows.push([i]);
  }
  return rows.flatMap((row) => row.sort((a, b) => ys[a].x - ys[b].x || a - b));
}
