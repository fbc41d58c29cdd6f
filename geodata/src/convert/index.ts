import { geojson } from './geojson.ts';
import { kml } from './kml.ts';
import { kmz } from './kmz.ts';
import { shapefile } from './shapefile.ts';
import type { Converter } from './types.ts';
import { isZip, zipNames } from './zip.ts';

export { CONVERT_ERRORS, ConvertError, DEFAULT_MAX_BYTES } from './types.ts';
export type { Converter, ConvertErrorCode, PolygonFeatures, ReadOptions, WriteOptions } from './types.ts';
export { GRID_FIELDS, LIST_SEPARATOR } from './fields.ts';
export { geojson, kml, kmz, shapefile };

export const CONVERTERS: readonly Converter[] = Object.freeze([geojson, kml, kmz, shapefile]);

/**
 * The converter for a file: by its extension, else by its first bytes (a zip holding a .kml is
 * KMZ, any other zip a Shapefile; '<' is KML, '{' GeoJSON). Null when nothing fits.
 */
export function converterFor(fileName: string, bytes?: Uint8Array): Converter | null {
  const lower = fileName.toLowerCase();
  const byName = CONVERTERS.find((c) => c.extensions.some((e) => lower.endsWith(e)));
  if (byName || !bytes) return byName ?? null;
  if (isZip(bytes)) return zipNames(bytes).some((n) => n.toLowerCase().endsWith('.kml')) ? kmz : shapefile;
  const start = new TextDecoder().decode(bytes.subarray(0, 64)).replace(/^\uFEFF/, '').trimStart();
  if (start.startsWith('<')) return kml;
  if (start.startsWith('{')) return geojson;
  return null;
}
