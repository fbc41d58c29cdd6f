import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { convertCollection, CRS, geojson, kml, shapefile, type Converter, type Crs, type PolygonFeatures } from '@wangge/geodata';
import type { EditGrid } from '../types.ts';

export const EXPORT_FORMATS = { geojson: 'geojson', kml: 'kml', shapefile: 'shapefile' } as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[keyof typeof EXPORT_FORMATS];

const CONVERTERS: Readonly<Record<ExportFormat, { converter: Converter; extension: string }>> = {
  geojson: { converter: geojson, extension: '.geojson' },
  kml: { converter: kml, extension: '.kml' },
  shapefile: { converter: shapefile, extension: '.zip' },
};

/** The attributes an export carries: codes, names, community and street office, 片区, units (lead first). */
const KEYS = ['id', 'code', 'name', 'communityId', 'communityName', 'streetOfficeName', 'areaId', 'areaName', 'unitIds', 'unitNames'] as const;

export interface ExportFile {
  bytes: Uint8Array;
  fileName: string;
  mimeType: string;
}

/**
 * The grids as a file, in WGS84 or converted to GCJ-02 for Chinese web maps (高德/腾讯). A
 * Shapefile's .prj still says WGS84: there is no standard code for GCJ-02, so the file name says it.
 */
export function exportGrids(grids: readonly EditGrid[], format: ExportFormat, crs: Crs, baseName: string): ExportFile {
  const features = grids.map((g): Feature<Polygon | MultiPolygon> => ({
    type: 'Feature',
    id: g.properties.id,
    geometry: g.geometry,
    properties: Object.fromEntries(KEYS.map((k) => [k, g.properties[k]])),
  }));
  const wgs: PolygonFeatures = { type: 'FeatureCollection', features };
  const fc = crs === CRS.wgs84 ? wgs : convertCollection(wgs, CRS.wgs84, crs);
  const { converter, extension } = CONVERTERS[format];
  const name = crs === CRS.wgs84 ? baseName : `${baseName}-${crs}`;
  return { bytes: converter.write(fc, { name }), fileName: `${name}${extension}`, mimeType: converter.mimeType };
}

/** Hands a file to the browser's downloads. */
export function download(file: ExportFile): void {
  const url = URL.createObjectURL(new Blob([file.bytes as BlobPart], { type: file.mimeType }));
  const a = document.createElement('a');
  a.href = url;
  a.download = file.fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
