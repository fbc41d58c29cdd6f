import type { LayerSpecification, SourceSpecification, StyleSpecification } from 'maplibre-gl';
import type { Basemap } from '@wangge/geodata';
import { MAP_SLOTS, type MapFeature, type StyleContext } from './map-feature.ts';
import { MAP_COLORS } from './theme.ts';

/** An empty GeoJSON source, for features whose data arrives once the map exists. */
export const emptySource = (): SourceSpecification => ({ type: 'geojson', data: { type: 'FeatureCollection', features: [] } });

/** The features' layers bottom up (by slot, then in the order given), over a plain background. */
export function mapLayers(features: readonly MapFeature[], basemap: Basemap | null = null): LayerSpecification[] {
  const ctx: StyleContext = { basemap };
  const slotted = features.flatMap((f) => f.layers?.(ctx) ?? []);
  const rank = (slot: string) => MAP_SLOTS.indexOf(slot as (typeof MAP_SLOTS)[number]);
  for (const { slot, layer } of slotted) if (rank(slot) < 0) throw new Error(`layer ${layer.id} names an unknown slot: ${slot}`);
  // Array.prototype.sort is stable: within a slot the features' order stands
  const layers = [...slotted].sort((a, b) => rank(a.slot) - rank(b.slot)).map((s) => s.layer);
  const seen = new Set<string>();
  for (const l of layers) {
    if (seen.has(l.id)) throw new Error(`two layers have the id ${l.id}`);
    seen.add(l.id);
  }
  return [{ id: 'background', type: 'background', paint: { 'background-color': MAP_COLORS.background } }, ...layers];
}

/** Every feature's sources; two features may not claim one id. */
export function mapSources(features: readonly MapFeature[], basemap: Basemap | null = null): Record<string, SourceSpecification> {
  const ctx: StyleContext = { basemap };
  const out: Record<string, SourceSpecification> = {};
  const owner = new Map<string, string>();
  for (const f of features) {
    for (const [id, source] of Object.entries(f.sources?.(ctx) ?? {})) {
      if (owner.has(id)) throw new Error(`features ${owner.get(id)} and ${f.id} both add the source ${id}`);
      owner.set(id, f.id);
      out[id] = source;
    }
  }
  return out;
}

/**
 * The whole style: a plain background and the features' own sources and layers. No sprite or glyphs
 * URL: without a basemap the map works with no network beyond the app's own origin.
 */
export function mapStyle(features: readonly MapFeature[], basemap: Basemap | null = null): StyleSpecification {
  return { version: 8, name: 'wangge', sources: mapSources(features, basemap), layers: mapLayers(features, basemap) };
}
