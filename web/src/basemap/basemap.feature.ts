import { AttributionControl } from 'maplibre-gl';
import type { MapFeature } from '../map/map-feature.ts';
import { basemapLabelLayers, basemapLayers, basemapSources } from './basemap.layer.ts';
import { registerPmtilesProtocol } from './pmtiles-protocol.ts';

registerPmtilesProtocol();

/** The configured basemap (raster tiles or a vector PMTiles archive), under everything; its provider's credit on the map. */
export const basemapFeature: MapFeature = {
  id: 'basemap',
  sources: ({ basemap }) => basemapSources(basemap),
  layers: ({ basemap }) => [...basemapLayers(basemap).map((layer) => ({ slot: 'basemap' as const, layer })), ...basemapLabelLayers(basemap).map((layer) => ({ slot: 'label-minor' as const, layer }))],
  bind: (wmap, { basemap }) => {
    // tile providers require their credit on the map; our own data needs none
    if (!basemap) return () => undefined;
    const credit = new AttributionControl({ compact: true });
    wmap.map.addControl(credit, 'bottom-left');
    return () => wmap.map.removeControl(credit);
  },
};
