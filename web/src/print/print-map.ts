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
}

/**
 * Draws one sheet's map with MapLibre (no interaction, no fade-in so labels are complete when the
 * map is idle, drawing buffer kept), then copies the picture into a plain 2D canvas and removes the
 * map. A software-rendered WebGL canvas at 300 dpi makes every later frame, the screenshot and the
 * print slow, and Chromium caps live WebGL contexts per page: a 9-sheet PDF would hit both.
 */
export async function drawPrintMap(options: PrintMapOptions): Promise<PrintedMap> {
  const map = await drawLiveMap(options);
  try {
    const gl = map.getCanvas();
    const still = document.createElement('canvas');
    still.width = gl.width;
    still.height = gl.height;
    still.className = 'map-still';
    // a CPU-backed canvas: a GPU one (SwiftShader, headless) holds every sheet's 40-odd MB picture in
    // GPU memory, and each copy into it slowed down as a 9-page PDF went on (bench:export)
    still.getContext('2d', { willReadFrequently: true })!.drawImage(gl, 0, 0);
    const { clientWidth: width, clientHeight: height } = map.getContainer();
    const center = map.getCenter();
    const printed: PrintedMap = {
      project: mercatorProjector([center.lng, center.lat], map.getZoom(), width, height),
      metresPerPx: measureScale(map).metresPerPx,
      labelledGrids: [...new Set(map.queryRenderedFeatures({ layers: [GRID_LABEL_LAYER] }).map((f) => String(f.properties.code)))].sort(),
    };
    options.container.append(still);
    return printed;
  } finally {
    map.remove();
  }
}

const idle = (map: maplibregl.Map) =>
  new Promise<void>((done) => {
    map.once('idle', () => done());
    map.triggerRepaint();
  });

/**
 * Lays the map out at one device pixel per CSS pixel (its several loading frames are cheap there),
 * then redraws once at the print resolution: a 300 dpi frame in software takes about a second.
 */
async function drawLiveMap({ container, sheet, kind, scale, pixelRatio, communities, zones }: PrintMapOptions): Promise<maplibregl.Map> {
  const data: Record<PrintSourceId, GeoJSON> = {
    [PRINT_SOURCES.communities]: communities,
    [PRINT_SOURCES.communityLabels]: labelPoints(communities) as GeoJSON,
    [PRINT_SOURCES.grids]: sheet.grids,
    [PRINT_SOURCES.gridLabels]: labelPoints(sheet.grids),
    [PRINT_SOURCES.defects]: sheet.defects,
    [PRINT_SOURCES.problems]: { type: 'FeatureCollection', features: sheet.problems },
    [PRINT_SOURCES.zones]: zones ?? { type: 'FeatureCollection', features: [] },
  };
  const map = new maplibregl.Map({
    container,
    style: printStyle(kind, scale, data),
    bounds: [...sheet.bbox] as [number, number, number, number],
    fitBoundsOptions: { padding: Math.round(18 * scale.u) },
    interactive: false,
    attributionControl: false,
    fadeDuration: 0,
    // no MSAA: at 300 dpi a stair step is 0.08 mm, and multisampling 10 million pixels in software is slow
    canvasContextAttributes: { preserveDrawingBuffer: true, antialias: false },
    localIdeographFontFamily: CJK_FONT,
    maxCanvasSize: [16384, 16384],
    maxZoom: 19,
    pixelRatio: 1,
  });
  await map.once('load');
  await idle(map);
  const target = pixelRatio ?? window.devicePixelRatio;
  if (target !== 1) {
    map.setPixelRatio(target);
    await idle(map);
  }
  return map;
}
