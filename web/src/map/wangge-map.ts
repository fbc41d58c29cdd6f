import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { GeoJSON, Point } from 'geojson';
import type { Basemap } from '@wangge/geodata';
import type { LonLat, Overlay } from '../state/url-state.ts';
import { GRID_LAYERS } from './layers/grids.layer.ts';
import { PROBLEM_LAYERS } from './layers/problems.layer.ts';
import { SELECTION_LAYERS, selectionFilter } from './layers/selection.layer.ts';
import { hatchPattern, ZONE_HATCH_IMAGE } from './layers/zones.layer.ts';
import { mapStyle, OVERLAY_LAYERS } from './style.ts';
import { MAP_COLORS, SOURCES, type SourceId } from './theme.ts';

maplibregl.setWorkerUrl(workerUrl);


export type Bbox = readonly [number, number, number, number];

export interface WanggeMapOptions {
  container: HTMLElement;
  bounds: Bbox;
  /** raster tiles under everything, as the server is configured (none by default) */
  basemap?: Basemap | null;
  /** a click on the map that is not on a problem pin or cluster */
  onClick: (at: LonLat) => void;
  /** a click on a problem pin: its id, and the clicked place */
  onProblemClick?: (id: string, at: LonLat) => void;
}

declare global {
  interface Window {
    /** set only under WebDriver (Playwright), so e2e tests can project points and read pixels */
    __wanggeMap?: maplibregl.Map;
  }
}

/**
 * The one MapLibre map, behind a small interface the rest of the app talks to. Remembers what each
 * source was last given and skips identical setData calls (re-tiling 30 polygons is cheap, but
 * re-placing every label flickers), and queues updates that arrive before the style has loaded.
 */
export class WanggeMap {
  readonly map: maplibregl.Map;
  private readonly data = new Map<SourceId, GeoJSON>();
  private readonly applied = new Map<SourceId, GeoJSON>();
  private selection: string | null = null;
  private clickedAt: LonLat | null = null;
  private overlays: Partial<Record<Overlay, boolean>> = {};
  private styleReady = false;
  /** every click places something (a problem being filed): pins and clusters do not catch it */
  private placing = false;
  private readonly onClick: (at: LonLat) => void;
  private readonly onProblemClick?: (id: string, at: LonLat) => void;

  constructor({ container, bounds, basemap = null, onClick, onProblemClick }: WanggeMapOptions) {
    this.onClick = onClick;
    this.onProblemClick = onProblemClick;
    this.map = new maplibregl.Map({
      container,
      style: mapStyle(basemap),
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
    // tile providers require their credit on the map; our own data needs none
    if (basemap) this.map.addControl(new maplibregl.AttributionControl({ compact: true }), 'bottom-left');
    this.map.setMissingStyleImageResolver((id) => {
      if (id === ZONE_HATCH_IMAGE && !this.map.hasImage(id)) this.map.addImage(id, hatchPattern(12, MAP_COLORS.zone, 2));
    });
    this.map.on('load', () => {
      this.styleReady = true;
      for (const id of this.data.keys()) this.flush(id);
      this.applySelection();
      this.applyOverlays();
    });
    this.map.on('click', (e) => void this.handleClick(e));
    this.map.on('mouseenter', GRID_LAYERS.fill, () => this.setCursor('pointer'));
    this.map.on('mouseleave', GRID_LAYERS.fill, () => this.setCursor(''));
    this.map.on('mouseenter', PROBLEM_LAYERS.clusters, () => this.setCursor('zoom-in'));
    this.map.on('mouseleave', PROBLEM_LAYERS.clusters, () => this.setCursor(''));
    this.map.on('mouseenter', PROBLEM_LAYERS.points, () => this.setCursor('pointer'));
    this.map.on('mouseleave', PROBLEM_LAYERS.points, () => this.setCursor(''));
    if (navigator.webdriver) window.__wanggeMap = this.map;
  }

  /** Sets a source's data unless it is the very object already shown; says whether anything changed. */
  setData(id: SourceId, data: GeoJSON): boolean {
    if (this.data.get(id) === data) return false;
    this.data.set(id, data);
    if (this.styleReady) this.flush(id);
    return true;
  }

  /** Runs once the map has drawn everything it was given (or now, if nothing is pending). */
  afterIdle(callback: () => void): void {
    this.map.once('idle', callback);
    this.map.triggerRepaint();
  }

  setSelection(gridId: string | null, at: LonLat | null): void {
    if (gridId === this.selection && at === this.clickedAt) return;
    this.selection = gridId;
    this.clickedAt = at;
    this.setData(SOURCES.clickPoint, {
      type: 'FeatureCollection',
      features: at ? [{ type: 'Feature', geometry: { type: 'Point', coordinates: [...at] }, properties: {} }] : [],
    });
    if (this.styleReady) this.applySelection();
  }

  setOverlay(overlay: Overlay, visible: boolean): void {
    if (this.overlays[overlay] === visible) return;
    this.overlays[overlay] = visible;
    if (this.styleReady) this.applyOverlays();
  }

  /**
   * Moves the camera to a box, leaving room for whatever covers the map (the side panel). A padding
   * function is asked after the frame's layout, so it measures a panel that is opening with the move.
   */
  fitTo(bounds: Bbox, padding: maplibregl.PaddingOptions | (() => maplibregl.PaddingOptions), opts: { maxZoom?: number; animate?: boolean } = {}): void {
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

  /** Calls back after every camera move (and once the style has loaded); returns the unsubscribe. */
  onMoveEnd(callback: () => void): () => void {
    this.map.on('moveend', callback);
    if (this.styleReady) callback();
    else this.map.once('load', callback);
    return () => {
      this.map.off('moveend', callback);
      this.map.off('load', callback);
    };
  }

  /** Centres a point, zooming in to at least `minZoom`, leaving room for what covers the map. */
  flyToPoint(at: LonLat, padding: maplibregl.PaddingOptions, minZoom = 16): void {
    requestAnimationFrame(() => {
      this.map.resize();
      this.map.easeTo({ center: [...at], zoom: Math.max(this.map.getZoom(), minZoom), padding, duration: 700 });
    });
  }

  setPlacing(placing: boolean): void {
    if (placing === this.placing) return;
    this.placing = placing;
    this.setCursor('');
  }

  zoomBy(delta: number): void {
    this.map.easeTo({ zoom: this.map.getZoom() + delta, duration: 250 });
  }

  resize(): void {
    this.map.resize();
  }

  destroy(): void {
    if (window.__wanggeMap === this.map) delete window.__wanggeMap;
    this.map.remove();
  }

  private flush(id: SourceId): void {
    const data = this.data.get(id);
    if (!data || this.applied.get(id) === data) return;
    const source = this.map.getSource<maplibregl.GeoJSONSource>(id);
    if (!source) return;
    void source.setData(data);
    this.applied.set(id, data);
  }

  private applySelection(): void {
    const filter = selectionFilter(this.selection);
    this.map.setFilter(SELECTION_LAYERS.casing, filter);
    this.map.setFilter(SELECTION_LAYERS.line, filter);
  }

  private applyOverlays(): void {
    for (const [overlay, visible] of Object.entries(this.overlays) as [Overlay, boolean][]) {
      for (const layer of OVERLAY_LAYERS[overlay]) this.map.setLayoutProperty(layer, 'visibility', visible ? 'visible' : 'none');
    }
  }

  private async handleClick(e: maplibregl.MapMouseEvent): Promise<void> {
    const at: LonLat = [e.lngLat.lng, e.lngLat.lat];
    if (this.placing) {
      this.onClick(at);
      return;
    }
    const pin = this.styleReady && this.onProblemClick ? this.map.queryRenderedFeatures(e.point, { layers: [PROBLEM_LAYERS.points] })[0] : undefined;
    if (pin) {
      this.onProblemClick!(String(pin.properties.id), at);
      return;
    }
    const cluster = this.styleReady ? this.map.queryRenderedFeatures(e.point, { layers: [PROBLEM_LAYERS.clusters] })[0] : undefined;
    if (cluster) {
      const source = this.map.getSource<maplibregl.GeoJSONSource>(SOURCES.problems);
      const zoom = await source?.getClusterExpansionZoom(cluster.properties.cluster_id as number);
      const center = (cluster.geometry as Point).coordinates as [number, number];
      this.map.easeTo({ center, zoom: zoom ?? this.map.getZoom() + 2 });
      return;
    }
    this.onClick(at);
  }

  private setCursor(cursor: string): void {
    this.map.getCanvas().style.cursor = this.placing ? 'crosshair' : cursor;
  }
}
