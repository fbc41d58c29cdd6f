import { hatchPattern } from '../map/hatch-pattern.ts';
import { cachedLabelPoints } from '../map/label-points.ts';
import type { MapFeature } from '../map/map-feature.ts';
import { emptySource } from '../map/map-style.ts';
import { MAP_COLORS } from '../map/theme.ts';
import { useData } from '../state/data.store.ts';
import { useView } from '../state/view.store.ts';
import { ZONE_HATCH_IMAGE, ZONE_LAYERS, ZONE_SOURCES, zoneFillLayer, zoneLabelLayer, zoneLineLayer } from './zones.layer.ts';

/** The 专项责任区, hatched over the grids; shown when the zones layer is switched on (the URL keeps it). */
export const zonesFeature: MapFeature = {
  id: 'zones',
  sources: () => ({ [ZONE_SOURCES.areas]: emptySource(), [ZONE_SOURCES.labels]: emptySource() }),
  layers: () => [
    { slot: 'overlay', layer: zoneFillLayer() },
    { slot: 'overlay', layer: zoneLineLayer() },
    { slot: 'label-minor', layer: zoneLabelLayer() },
  ],
  images: { [ZONE_HATCH_IMAGE]: () => hatchPattern(12, MAP_COLORS.zone, 2) },
  bind: (wmap) => {
    const sync = () => {
      const zones = useData.getState().zones;
      if (zones) {
        wmap.setData(ZONE_SOURCES.areas, zones);
        wmap.setData(ZONE_SOURCES.labels, cachedLabelPoints(zones));
      }
      wmap.setVisible(Object.values(ZONE_LAYERS), useView.getState().overlays.zones);
    };
    sync();
    const offs = [useData.subscribe(sync), useView.subscribe(sync)];
    return () => offs.forEach((off) => off());
  },
};
