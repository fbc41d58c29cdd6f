import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { GeoJSON } from 'geojson';
import type { Basemap } from '@wangge/geodata';
import type { LonLat } from '../state/url-state.ts';
import { ClickChain } from './click-chain.ts';
import type { ClickHandler, MapFeature, MapImage, PaddingFor } from './map-feature.ts';
import { mapStyle } from './map-style.ts';

maplibregl.setWorkerUrl(workerUrl);

/** Starts MapLibre's worker before the first map is made (else it loads only then). */
export function prewarmMap(): void {
  maplibregl.prewarm();
}

export type Bbox = readonly [number, number, number, number];

export interface WanggeMapOptions {
  container: HTMLElement;
  bounds: Bbox;
  /** everything the map shows, bottom feature first (map-features.ts) */
  features: readonly MapFeature[];
  /** raster tiles under everything, as the server is configured (none by default) */
  basemap?: Basemap | null;
  /** the room the panel and task views cover, asked when the camera moves to something */
  padding: PaddingFor;
}

declare global {
  interface Window {
    /** set only under WebDriver (Playwright), so e2e tests can project points and read pixels */
    __wanggeMap?: maplibregl.Map;
  }
}

/**
 * The one MapLibre map, behind the small interface features talk to. It is handed the features,
 * builds the style from their sources and slotted layers, and binds them; it knows none of them.
 * It remembers what each source was last given and skips identical setData calls (re-tiling 30
 * polygons is cheap, but re-placing every label flickers), and keeps data, visibility and filters
 * that arrive before the style has loaded until it has.
 */
export class WanggeMap {
  readonly map: maplibregl.Map;
  /** the room the panel and task views cover, measured when asked */
  readonly padding: PaddingFor;
  private readonly data = new Map<string, GeoJSON>();
  private readonly applied = new Map<string, GeoJSON>();
  private readonly visible = new Map<string, boolean>();
  private readonly filters = new Map<string, maplibregl.FilterSpecification>();
  private readonly images = new Map<string, () => MapImage>();
  private readonly clicks = new ClickChain();
  private readonly cursorOverrides = new Map<string, string>();
  private hoverCursor = '';
  private styleReady = false;
  private readonly unbinds: (() => void)[] = [];

  constructor({ container, bounds, features, basemap = null, padding }: WanggeMapOptions) {
    this.padding = padding;
    for (const f of features) {
      for (const [id, draw] of Object.entries(f.images ?? {})) {
        if (this.images.has(id)) throw new Error(`two features draw the image ${id}`);
        this.images.set(id, draw);
      }
    }
    // no style yet: it is set once the features are bound, with the data they have by then
    this.map = new maplibregl.Map({
      container,
      bounds: [...bounds],
      fitBoundsOptions: { padding: 24 },
      attributionControl: false,
      dragRotate: false,
      pitchWithRotate: false,
      touchPitch: false,
      maxZoom: 19,
      minZoom: 9,
    });
    this.map.touchZoomRotate.disableRotation();
    this.map.keyboard.disableRotation();
    this.map.addControl(new maplibregl.ScaleControl({ unit: 'metric' }), 'bottom-right');
    this.map.setMissingStyleImageResolver((id) => this.addImage(id));
    this.map.on('load', () => {
      this.styleReady = true;
      for (const id of this.images.keys()) this.addImage(id);
      for (const id of this.data.keys()) this.flush(id);
      for (const [layer, on] of this.visible) this.map.setLayoutProperty(layer, 'visibility', on ? 'visible' : 'none');
      for (const [layer, filter] of this.filters) this.map.setFilter(layer, filter);
    });
    this.map.on('click', (e) => {
      const hitTest = this.styleReady ? (point: { x: number; y: number }, layers: readonly string[]) => this.map.queryRenderedFeatures([point.x, point.y], { layers: [...layers] })[0] : null;
      this.clicks.dispatch([e.lngLat.lng, e.lngLat.lat], e.point, hitTest);
    });
    if (navigator.webdriver) window.__wanggeMap = this.map;
    for (const f of features) if (f.bind) this.unbinds.push(f.bind(this, { basemap }));
    this.map.setStyle(this.styleWithData(mapStyle(features, basemap)));
  }

  /**
   * The style with each GeoJSON source holding the data its feature already gave (the base data is
   * usually loaded before the map is made), so the first tiles are the drawn ones: an empty source
   * set again at 'load' would be tiled, placed and drawn twice.
   */
  private styleWithData(style: maplibregl.StyleSpecification): maplibregl.StyleSpecification {
    const sources = { ...style.sources };
    for (const [id, source] of Object.entries(sources)) {
      const data = this.data.get(id);
      if (source.type !== 'geojson' || !data) continue;
      sources[id] = { ...source, data };
      this.applied.set(id, data);
    }
    return { ...style, sources };
  }

  /** Sets a source's data unless it is the very object already shown; says whether anything changed. */
  setData(id: string, data: GeoJSON): boolean {
    if (this.data.get(id) === data) return false;
    this.data.set(id, data);
    if (this.styleReady) this.flush(id);
    return true;
  }

  /** Shows or hides layers (now, or once the style has loaded). */
  setVisible(layers: readonly string[], visible: boolean): void {
    for (const layer of layers) {
      if (this.visible.get(layer) === visible) continue;
      this.visible.set(layer, visible);
      if (this.styleReady) this.map.setLayoutProperty(layer, 'visibility', visible ? 'visible' : 'none');
    }
  }

  setFilter(layer: string, filter: maplibregl.FilterSpecification): void {
    if (JSON.stringify(this.filters.get(layer)) === JSON.stringify(filter)) return;
    this.filters.set(layer, filter);
    if (this.styleReady) this.map.setFilter(layer, filter);
  }

  /** Adds a click handler to the chain (see ClickChain); returns the removal. */
  onClick(handler: ClickHandler): () => void {
    return this.clicks.add(handler);
  }

  /** The cursor over a layer's features. */
  onHover(layer: string, cursor: string): () => void {
    const enter = () => this.setHoverCursor(cursor);
    const leave = () => this.setHoverCursor('');
    this.map.on('mouseenter', layer, enter);
    this.map.on('mouseleave', layer, leave);
    return () => {
      this.map.off('mouseenter', layer, enter);
      this.map.off('mouseleave', layer, leave);
    };
  }

  /** A cursor a mode keeps over the whole map (placing a pin, merging), over any hover cursor; null ends it. */
  setCursorOverride(owner: string, cursor: string | null): void {
    if ((this.cursorOverrides.get(owner) ?? null) === cursor) return;
    if (cursor === null) this.cursorOverrides.delete(owner);
    else this.cursorOverrides.set(owner, cursor);
    this.showCursor();
  }

  /** Calls back once the style has loaded (now, if it has); returns the cancel. */
  whenLoaded(callback: () => void): () => void {
    if (this.styleReady) {
      callback();
      return () => undefined;
    }
    this.map.once('load', callback);
    return () => this.map.off('load', callback);
  }

  /** Runs once the map has drawn everything it was given (or now, if nothing is pending). */
  afterIdle(callback: () => void): void {
    this.map.once('idle', callback);
    this.map.triggerRepaint();
  }

  /**
   * Moves the camera to a box, leaving room for whatever covers the map (by default the panel and task
   * views). A padding function is asked after the frame's layout, so it measures a panel opening with the move.
   */
  fitTo(bounds: Bbox, padding: maplibregl.PaddingOptions | PaddingFor = this.padding, opts: { maxZoom?: number; animate?: boolean } = {}): void {
    // after the frame's layout: opening the panel may have just resized the map (on phones)
    requestAnimationFrame(() => {
      this.map.resize();
      const room = typeof padding === 'function' ? padding() : padding;
      this.map.fitBounds([...bounds], { padding: room, maxZoom: opts.maxZoom ?? 17, animate: opts.animate ?? true, duration: 700 });
    });
  }

  /** The box on screen, [west, south, east, north]. */
  viewBounds(): Bbox {
    return this.map.getBounds().toArray().flat() as unknown as Bbox;
  }

  /**
   * Calls back after every camera move, and once now: the camera is placed when the map is made, so
   * what the view needs (the pins in it) is asked for while the style and the worker still load.
   * Returns the unsubscribe.
   */
  onMoveEnd(callback: () => void): () => void {
    this.map.on('moveend', callback);
    callback();
    return () => this.map.off('moveend', callback);
  }

  /** Centres a point, zooming in to at least `minZoom`, leaving room for what covers the map. */
  flyToPoint(at: LonLat, padding: maplibregl.PaddingOptions, minZoom = 16): void {
    requestAnimationFrame(() => {
      this.map.resize();
      this.map.easeTo({ center: [...at], zoom: Math.max(this.map.getZoom(), minZoom), padding, duration: 700 });
    });
  }

  zoomBy(delta: number): void {
    this.map.easeTo({ zoom: this.map.getZoom() + delta, duration: 250 });
  }

  resize(): void {
    this.map.resize();
  }

  destroy(): void {
    for (const unbind of this.unbinds.splice(0).reverse()) unbind();
    if (window.__wanggeMap === this.map) delete window.__wanggeMap;
    this.map.remove();
  }

  private addImage(id: string): void {
    const draw = this.images.get(id);
    if (draw && !this.map.hasImage(id)) this.map.addImage(id, draw());
  }

  private flush(id: string): void {
    const data = this.data.get(id);
    if (!data || this.applied.get(id) === data) return;
    const source = this.map.getSource<maplibregl.GeoJSONSource>(id);
    if (!source) return;
    void source.setData(data);
    this.applied.set(id, data);
  }

  private setHoverCursor(cursor: string): void {
    this.hoverCursor = cursor;
    this.showCursor();
  }

  private showCursor(): void {
    const override = [...this.cursorOverrides.values()].at(-1);
    this.map.getCanvas().style.cursor = override ?? this.hoverCursor;
  }
}
