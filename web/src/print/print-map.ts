import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { GeoJSON } from 'geojson';
import type { CommunitiesResponse, ZonesResponse } from '@wangge/geodata';
import { labelPoints } from '../map/label-points.ts';
import { GRID_LABEL_LAYER, PRINT_SOURCES, printStyle, type PrintScale, type PrintSourceId } from './print-layers.ts';
import { mercatorProjector, type Projector } from './projection.ts';
import { measureScale } from './scale.ts';
import type { PrintKind } from './print-params.ts';
import type { SheetModel } from './sheet-model.ts';

maplibregl.setWorkerUrl(workerUrl);

/**
 * Device pixels per CSS pixel while a sheet's map is laid out: 1/64 of the pixels of a 1:1 raster.
 * Nothing drawn at it is kept (labels are placed in CSS pixels; the glyphs are drawn at their own size).
 */
const LAYOUT_PIXEL_RATIO = 1 / 8;

const CJK_FONT = "'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";

export interface PrintMapOptions {
  container: HTMLElement;
  sheet: SheetModel;
  kind: PrintKind;
  scale: PrintScale;
  /** device pixels per CSS pixel for the map canvas; null: the browser's */
  pixelRatio: number | null;
  communities: CommunitiesResponse;
  zones: ZonesResponse | null;
}

/** What is left of a sheet's map once it is drawn: its picture, and facts measured on it. */
export interface PrintedMap {
  /** CSS pixels inside the map's box */
  project: Projector;
  metresPerPx: number;
  /** codes of the grids whose labels were placed */
  labelledGrids: string[];
  /** where the sheet's drawing time went (bench:export prints it) */
  timings: MapTimings;
}

export interface MapTimings {
  /** the map made (first sheet) or given the sheet's data and frame, laid out on a small raster (LAYOUT_PIXEL_RATIO) */
  layoutMs: number;
  /** drawn once at the print resolution until idle */
  hiresMs: number;
  /** the picture copied into the sheet: this is where the software rasteriser finishes its frame */
  copyMs: number;
}

/**
 * Draws the sheets' maps with one MapLibre map (no interaction, no fade-in so labels are complete
 * when the map is idle, drawing buffer kept), moved from sheet to sheet: its workers, style and
 * glyphs are made once per job, not once per community. Each sheet's picture is copied into a
 * plain 2D canvas; the map is removed at the end. A software-rendered WebGL canvas per sheet at
 * 300 dpi would make every later frame, the screenshot and the print slow, and Chromium caps live
 * WebGL contexts per page: a 9-sheet PDF would hit both.
 */
export class MapPainter {
  private map: maplibregl.Map | null = null;
  private readonly host = document.createElement('div');
  /** sheets are drawn one after another, whatever order they ask in */
  private queue: Promise<unknown> = Promise.resolve();

  constructor() {
    this.host.className = 'map-live';
  }

  draw(options: PrintMapOptions): Promise<PrintedMap> {
    const next = this.queue.then(() => this.paint(options));
    this.queue = next.catch(() => undefined);
    return next;
  }

  dispose(): void {
    this.map?.remove();
    this.map = null;
    this.host.remove();
  }

  private async paint(options: PrintMapOptions): Promise<PrintedMap> {
    options.container.append(this.host);
    const t0 = performance.now();
    const map = await this.layOut(options);
    const t1 = performance.now();
    map.setPixelRatio(options.pixelRatio ?? window.devicePixelRatio);
    await idle(map);
    const t2 = performance.now();
    const gl = map.getCanvas();
    const still = document.createElement('canvas');
    still.width = gl.width;
    still.height = gl.height;
    still.className = 'map-still';
    // a CPU-backed canvas: a GPU one (SwiftShader, headless) holds every sheet's 40-odd MB picture in
    // GPU memory, and each copy into it slowed down as a 9-page PDF went on (bench:export)
    still.getContext('2d', { willReadFrequently: true })!.drawImage(gl, 0, 0);
    const t3 = performance.now();
    const { clientWidth: width, clientHeight: height } = this.host;
    const center = map.getCenter();
    const printed: PrintedMap = {
      project: mercatorProjector([center.lng, center.lat], map.getZoom(), width, height),
      metresPerPx: measureScale(map).metresPerPx,
      labelledGrids: [...new Set(map.queryRenderedFeatures({ layers: [GRID_LABEL_LAYER] }).map((f) => String(f.properties.code)))].sort(),
      timings: { layoutMs: t1 - t0, hiresMs: t2 - t1, copyMs: t3 - t2 },
    };
    options.container.append(still);
    this.host.remove();
    return printed;
  }

  /**
   * Lays the sheet's map out on a small raster (LAYOUT_PIXEL_RATIO): the several frames MapLibre
   * draws while its sources tile and its labels are placed cost next to nothing there, and where
   * things go is worked out in CSS pixels, whatever the raster. The caller then draws once at the
   * print resolution: a 300 dpi frame in software takes about a second.
   */
  private async layOut({ sheet, kind, scale, communities, zones }: PrintMapOptions): Promise<maplibregl.Map> {
    const style = printStyle(kind, scale, sheetData(sheet, communities, zones));
    const bounds = [...sheet.bbox] as [number, number, number, number];
    const padding = Math.round(18 * scale.u);
    if (!this.map) {
      this.map = new maplibregl.Map({
        container: this.host,
        style,
        bounds,
        fitBoundsOptions: { padding },
        interactive: false,
        attributionControl: false,
        fadeDuration: 0,
        // no MSAA: at 300 dpi a stair step is 0.08 mm, and multisampling 10 million pixels in software is slow
        canvasContextAttributes: { preserveDrawingBuffer: true, antialias: false },
        localIdeographFontFamily: CJK_FONT,
        maxCanvasSize: [16384, 16384],
        maxZoom: 19,
        pixelRatio: LAYOUT_PIXEL_RATIO,
      });
      await this.map.once('load');
    } else {
      this.map.setPixelRatio(LAYOUT_PIXEL_RATIO);
      // the box may differ from the last sheet's (a longer title); then the new data and filters, as a diff
      this.map.resize();
      this.map.setStyle(style, { diff: true });
      this.map.fitBounds(bounds, { padding, animate: false });
    }
    await idle(this.map);
    return this.map;
  }
}

/** The print map's sources for one sheet. */
function sheetData(sheet: SheetModel, communities: CommunitiesResponse, zones: ZonesResponse | null): Record<PrintSourceId, GeoJSON> {
  return {
    [PRINT_SOURCES.communities]: communities,
    [PRINT_SOURCES.communityLabels]: labelPoints(communities) as GeoJSON,
    [PRINT_SOURCES.grids]: sheet.grids,
    [PRINT_SOURCES.gridLabels]: labelPoints(sheet.grids),
    [PRINT_SOURCES.defects]: sheet.defects,
    [PRINT_SOURCES.problems]: { type: 'FeatureCollection', features: sheet.problems },
    [PRINT_SOURCES.zones]: zones ?? { type: 'FeatureCollection', features: [] },
    [PRINT_SOURCES.scoredPoints]: sheet.scoredPoints,
  };
}

const idle = (map: maplibregl.Map) =>
  new Promise<void>((done) => {
    map.once('idle', () => done());
    map.triggerRepaint();
  });
