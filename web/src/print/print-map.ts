import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { GeoJSON } from 'geojson';
import type { CommunitiesResponse } from '@wangge/geodata';
import { labelPoints } from '../map/label-points.ts';
import { PRINT_SOURCES, printStyle, type PrintScale, type PrintSourceId } from './print-layers.ts';
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
}

/**
 * A still MapLibre map for one sheet: no interaction, no fade-in (labels are fully drawn when the
 * map goes idle), a drawing buffer kept for screenshots and printing, framed on the sheet's data.
 * Resolves once every source is drawn.
 */
export async function drawPrintMap({ container, sheet, kind, scale, pixelRatio, communities }: PrintMapOptions): Promise<maplibregl.Map> {
  const padding = Math.round(18 * scale.u);
  const map = new maplibregl.Map({
    container,
    style: printStyle(kind, scale),
    bounds: [...sheet.bbox] as [number, number, number, number],
    fitBoundsOptions: { padding },
    interactive: false,
    attributionControl: false,
    fadeDuration: 0,
    canvasContextAttributes: { preserveDrawingBuffer: true, antialias: true },
    localIdeographFontFamily: CJK_FONT,
    maxCanvasSize: [16384, 16384],
    maxZoom: 19,
    ...(pixelRatio ? { pixelRatio } : {}),
  });
  await map.once('load');
  const data: Record<PrintSourceId, GeoJSON> = {
    [PRINT_SOURCES.communities]: communities,
    [PRINT_SOURCES.communityLabels]: labelPoints(communities) as GeoJSON,
    [PRINT_SOURCES.grids]: sheet.grids,
    [PRINT_SOURCES.gridLabels]: labelPoints(sheet.grids),
    [PRINT_SOURCES.defects]: sheet.defects,
    [PRINT_SOURCES.problems]: { type: 'FeatureCollection', features: sheet.problems },
  };
  await Promise.all(Object.entries(data).map(([id, d]) => map.getSource<maplibregl.GeoJSONSource>(id)!.setData(d as never)));
  await new Promise<void>((done) => {
    map.once('idle', () => done());
    map.triggerRepaint();
  });
  return map;
}
