import { assessmentFeature } from './assessment/map/assessment.feature.ts';
import { basemapFeature } from './basemap/basemap.feature.ts';
import { communitiesFeature } from './communities/communities.feature.ts';
import { cityFeature } from './counties/city.feature.ts';
import { coverageFeature } from './coverage/coverage.feature.ts';
import { editFeature } from './edit/edit.feature.ts';
import { gridsFeature } from './grids/grids.feature.ts';
import type { MapFeature } from './map/map-feature.ts';
import { problemsFeature } from './problems/problems.feature.ts';
import { selectionFeature } from './selection/selection.feature.ts';
import { zonesFeature } from './zones/zones.feature.ts';

/**
 * Everything the app's map shows, handed to the map base (map/) which knows none of it. Each layer
 * names its slot in the stack (map/map-feature.ts); within a slot this order stands, and so does the
 * order clicks of one phase are offered in. A new layer is a feature folder with a `*.feature.ts`,
 * added here.
 */
export const MAP_FEATURES: readonly MapFeature[] = [
  basemapFeature,
  communitiesFeature,
  gridsFeature,
  zonesFeature,
  cityFeature,
  coverageFeature,
  assessmentFeature,
  editFeature,
  problemsFeature,
  selectionFeature,
];
