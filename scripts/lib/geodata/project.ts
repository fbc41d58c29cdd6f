/**
 * Dafang's town is drawn in local metres around the county seat and projected with the same
 * equirectangular projection the synthetic counties use.
 */
import type { Position } from 'geojson';
import type { Projection } from '@wangge/geodata/synthetic/projection';
import type { XY } from './planar.ts';

export { localProjection, round7, type Projection } from '@wangge/geodata/synthetic/projection';

export function closedRing(points: readonly XY[], proj: Projection): Position[] {
  const ring = points.map((p) => proj.toLonLat(p));
  return [...ring, ring[0]];
}
