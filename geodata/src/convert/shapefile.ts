import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { encodingOfCpg, readDbf, writeDbf } from './dbf.ts';
import { requireLonLat } from './lonlat.ts';
import { checkPrj, WGS84_PRJ } from './prj.ts';
import { readShp, writeShp } from './shp.ts';
import { checkSize, CONVERT_ERRORS, ConvertError, type Converter, type PolygonFeatures } from './types.ts';
import { isZip, splitName, unzipLimited, zipFiles } from './zip.ts';

const SHP_MAGIC = [0x00, 0x00, 0x27, 0x0a];

function isShp(bytes: Uint8Array): boolean {
  return SHP_MAGIC.every((b, i) => bytes[i] === b);
}

/** The parts of the one Shapefile in a zip, by extension. */
function layerFiles(files: Record<string, Uint8Array>): Record<string, Uint8Array> {
  const names = Object.keys(files).filter((n) => !n.split('/').pop()!.startsWith('.'));
  const shps = names.filter((n) => splitName(n).ext === '.shp');
  if (shps.length === 0) throw new ConvertError(CONVERT_ERRORS.malformed, 'the zip holds no .shp file');
  if (shps.length > 1) {
    throw new ConvertError(CONVERT_ERRORS.malformed, `the zip holds ${shps.length} Shapefiles (${shps.slice(0, 4).join(', ')}); import one at a time`);
  }
  const base = splitName(shps[0]).base;
  return Object.fromEntries(names.filter((n) => splitName(n).base === base).map((n) => [splitName(n).ext, files[n]]));
}

function readLayer(parts: Record<string, Uint8Array>): PolygonFeatures {
  const latin = new TextDecoder('latin1');
  if (parts['.prj']) checkPrj(latin.decode(parts['.prj']));
  const records = readShp(parts['.shp']);
  const cpg = parts['.cpg'] ? latin.decode(parts['.cpg']) : null;
  const encoding = cpg === null ? null : encodingOfCpg(cpg);
  if (cpg !== null && encoding === null) throw new ConvertError(CONVERT_ERRORS.malformed, `the .cpg names an unknown encoding "${cpg.trim().slice(0, 40)}"`);
  const rows = parts['.dbf'] ? readDbf(parts['.dbf'], encoding) : records.map(() => ({}));
  if (rows.length !== records.length) {
    throw new ConvertError(CONVERT_ERRORS.malformed, `the .dbf has ${rows.length} records for the .shp's ${records.length} shapes`);
  }
  const features: Feature<Polygon | MultiPolygon>[] = [];
  records.forEach((r, i) => {
    if (r.geometry) features.push({ type: 'Feature', properties: rows[i], geometry: r.geometry });
  });
  if (features.length === 0) throw new ConvertError(CONVERT_ERRORS.empty, 'the Shapefile has no polygons');
  return requireLonLat({ type: 'FeatureCollection', features }, 'the Shapefile');
}

/**
 * Zipped Shapefile (.shp, .shx, .dbf, .prj, .cpg): polygons, with the grid properties in the table
 * (see fields.ts for the column names). A bare .shp is read too, without properties.
 */
export const shapefile: Converter = {
  label: 'Shapefile (zip)',
  extensions: ['.zip', '.shp'],
  mimeType: 'application/zip',
  read(bytes, options) {
    checkSize(bytes, options, 'the Shapefile');
    if (isShp(bytes)) return readLayer({ '.shp': bytes });
    if (!isZip(bytes)) throw new ConvertError(CONVERT_ERRORS.malformed, 'the Shapefile must be a .zip holding the .shp, .shx, .dbf and .prj files');
    return readLayer(layerFiles(unzipLimited(bytes, options, 'the Shapefile zip')));
  },
  write(fc, options) {
    const name = (options?.name ?? 'grids').replace(/[\\/:*?"<>|]/g, '_');
    const { shp, shx } = writeShp(fc.features.map((f) => f.geometry));
    const enc = new TextEncoder();
    return zipFiles({
      [`${name}.shp`]: shp,
      [`${name}.shx`]: shx,
      [`${name}.dbf`]: writeDbf(fc.features.map((f) => ({ ...f.properties }))),
      [`${name}.prj`]: enc.encode(WGS84_PRJ),
      [`${name}.cpg`]: enc.encode('UTF-8'),
    });
  },
};
