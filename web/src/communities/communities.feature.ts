import { cachedLabelPoints } from '../map/label-points.ts';
import type { MapFeature } from '../map/map-feature.ts';
import { emptySource } from '../map/map-style.ts';
import { useData } from '../state/data.store.ts';
import { COMMUNITY_SOURCES, communityFillLayer, communityLabelLayer, communityLineLayer } from './communities.layer.ts';

/**
 * The communities: a pale ground under the grids, their edges drawn over the status fills (which
 * would otherwise bury them), and their names, placed before every other label.
 */
export const communitiesFeature: MapFeature = {
  id: 'communities',
  sources: () => ({ [COMMUNITY_SOURCES.areas]: emptySource(), [COMMUNITY_SOURCES.labels]: emptySource() }),
  layers: ({ basemap }) => [
    { slot: 'ground', layer: communityFillLayer(basemap !== null) },
    { slot: 'boundary', layer: communityLineLayer() },
    { slot: 'label-major', layer: communityLabelLayer() },
  ],
  bind: (wmap) => {
    const sync = () => {
      const communities = useData.getState().communities;
      if (!communities) return;
      wmap.setData(COMMUNITY_SOURCES.areas, communities);
      wmap.setData(COMMUNITY_SOURCES.labels, cachedLabelPoints(communities));
    };
    sync();
    return useData.subscribe(sync);
  },
};
