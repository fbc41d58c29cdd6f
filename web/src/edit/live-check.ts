import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { checkCoverage, type CommunitiesResponse } from '@wangge/geodata';
import type { LiveCoverage } from '../coverage/coverage.store.ts';
import type { EditGrid } from './types.ts';

const gridded = new WeakMap<CommunitiesResponse, FeatureCollection<Polygon | MultiPolygon>>();

/** The communities grids must fill (as the API checks: gridded ones only, each grid held to its own). */
function boundariesOf(communities: CommunitiesResponse): FeatureCollection<Polygon | MultiPolygon> {
  let fc = gridded.get(communities);
  if (!fc) {
    fc = { type: 'FeatureCollection', features: communities.features.filter((c) => c.properties.gridded) };
    gridded.set(communities, fc);
  }
  return fc;
}

/** The browser's coverage check of the grids being edited, timed. Same rules as GET /api/coverage. */
export function liveCheck(grids: readonly EditGrid[], communities: CommunitiesResponse | null): LiveCoverage {
  const t0 = performance.now();
  const report = checkCoverage(
    { type: 'FeatureCollection', features: grids },
    communities ? boundariesOf(communities) : undefined,
    { gridBoundary: new Map(grids.map((g) => [g.properties.id, g.properties.communityId])) },
  );
  return { report, ms: performance.now() - t0, grids };
}
