import type { LayerSpecification, SourceSpecification } from 'maplibre-gl';
import type { Basemap } from '@wangge/geodata';
import { pmtilesUrl } from './pmtiles-protocol.ts';
import { vectorBasemapLabelLayers, vectorBasemapLayers } from './vector-basemap.layer.ts';

/** Source ids of the configured basemap's tile layers, bottom up. */
export const basemapSourceId = (i: number) => `basemap-${i}`;

export function basemapSources(basemap: Basemap | null): Record<string, SourceSpecification> {
  const out: Record<string, SourceSpecification> = {};
  if (basemap?.archive) out[basemapSourceId(0)] = { type: 'vector', url: pmtilesUrl(basemap.archive), attribution: basemap.attribution };
  basemap?.layers.forEach((layer, i) => {
    // the credit once, on the first source: MapLibre's attribution control lists each source's
    out[basemapSourceId(i)] = { type: 'raster', tiles: layer.tiles, tileSize: 256, maxzoom: basemap.maxzoom, ...(i === 0 ? { attribution: basemap.attribution } : {}) };
  });
  return out;
}

export function basemapLayers(basemap: Basemap | null): LayerSpecification[] {
  if (basemap?.archive) return vectorBasemapLayers(basemapSourceId(0));
  return (basemap?.layers ?? []).map((_, i) => ({ id: basemapSourceId(i), type: 'raster', source: basemapSourceId(i) }));
}

/** A vector basemap's names, drawn over the grids' fills; raster basemaps carry theirs in the picture. */
export function basemapLabelLayers(basemap: Basemap | null): LayerSpecification[] {
  return basemap?.archive ? vectorBasemapLabelLayers(basemapSourceId(0)) : [];
}
