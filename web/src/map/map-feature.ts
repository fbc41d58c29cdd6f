import type { LayerSpecification, MapGeoJSONFeature, PaddingOptions, SourceSpecification } from 'maplibre-gl';
import type { Basemap } from '@wangge/geodata';
import type { LonLat } from '../state/url-state.ts';
import type { WanggeMap } from './wangge-map.ts';

/**
 * Where a layer sits in the stack, bottom up. A feature names the slot of each of its layers; within
 * a slot, layers keep the order the features were handed to the map in, then each feature's own order.
 * Symbols are placed top layer first, so the label slots also rank labels: a major label (a community
 * name) claims its room before a minor one (a zone name).
 */
export const MAP_SLOTS = [
  /** raster tiles of a configured basemap, right above the plain background */
  'basemap',
  /** pale context areas under everything else */
  'ground',
  /** the thematic fill (the week's status) and its hairlines */
  'fill',
  /** edges that must show over the fills */
  'boundary',
  /** areas switched on over the map (hatched zones) */
  'overlay',
  /** a task view's own fills, under the defects it is checked for */
  'work-fill',
  /** coverage defects */
  'defects',
  /** a task view's lines, handles and previews, over the defects */
  'work',
  /** the selected grid's outline */
  'highlight',
  'label-minor',
  'label',
  'label-major',
  /** problem pins and the rings around them; they claim room before any label is placed */
  'pins',
  /** the clicked spot, over everything */
  'marker',
] as const;
export type MapSlot = (typeof MAP_SLOTS)[number];

export interface SlottedLayer {
  slot: MapSlot;
  layer: LayerSpecification;
}

/** What a feature's sources and layers may depend on: how the server configured the map. */
export interface StyleContext {
  basemap: Basemap | null;
}

/** A raw RGBA image for fill-pattern and icon layers, drawn in code so nothing is fetched. */
export interface MapImage {
  width: number;
  height: number;
  data: Uint8Array;
}

/**
 * How a click travels: every `capture` handler first (a mode that takes every click: editing,
 * placing a pin), then `target` handlers whose layers are under the pointer (a pin, a cluster),
 * then `fallback` handlers (a click on the map itself). The first handler that answers true ends it.
 */
export const CLICK_PHASES = ['capture', 'target', 'fallback'] as const;
export type ClickPhase = (typeof CLICK_PHASES)[number];

export interface MapClick {
  at: LonLat;
  point: { x: number; y: number };
  /** the topmost rendered feature of the handler's layers (target handlers only) */
  hit: MapGeoJSONFeature | null;
}

export interface ClickHandler {
  phase: ClickPhase;
  /** for target handlers: the layers whose features catch the click */
  layers?: readonly string[];
  /** true when the click is dealt with and goes no further */
  handle: (click: MapClick) => boolean;
}

/** The room whatever covers the map (the panel, a task view) takes, measured when asked. */
export type PaddingFor = () => PaddingOptions;

/**
 * One thing the map shows: its sources and slotted layers go into the style; images are drawn
 * when a layer first needs them; `bind` connects it to its stores once the map exists (feeding its
 * sources, registering clicks and hovers) and returns what undoes that. The map base never imports
 * a feature: features are handed to it (map-features.ts), as modes are to terra-draw's engine.
 */
export interface MapFeature {
  readonly id: string;
  sources?: (ctx: StyleContext) => Record<string, SourceSpecification>;
  layers?: (ctx: StyleContext) => SlottedLayer[];
  images?: Readonly<Record<string, () => MapImage>>;
  bind?: (map: WanggeMap, ctx: StyleContext) => () => void;
}
