import type { Feature } from 'geojson';
import { checkCoverageInput } from '../coverage/input.ts';
import { requireLonLat } from './lonlat.ts';
import { checkSize, CONVERT_ERRORS, ConvertError, utf8, type Converter } from './types.ts';

const GEOGRAPHIC_CRS = /(CRS84|EPSG::?4326|EPSG::?4490|EPSG::?4979|WGS ?84)$/i;

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A FeatureCollection, a single Feature or a bare Polygon/MultiPolygon, as a FeatureCollection. */
function asCollection(data: unknown): unknown {
  if (!isObject(data)) return data;
  if (data.type === 'Feature') return { type: 'FeatureCollection', features: [data] };
  if (data.type === 'Polygon' || data.type === 'MultiPolygon') {
    return { type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: data }] };
  }
  return data;
}

/** The old (2008) GeoJSON `crs` member: anything but WGS84 longitude/latitude cannot be read. */
function checkCrsMember(data: Record<string, unknown>): void {
  const crs = data.crs;
  if (!isObject(crs)) return;
  const name = isObject(crs.properties) ? crs.properties.name : undefined;
  if (typeof name === 'string' && !GEOGRAPHIC_CRS.test(name.trim())) {
    throw new ConvertError(CONVERT_ERRORS.unsupportedCrs, `the GeoJSON is in ${name}, which cannot be converted; export it in WGS84 (EPSG:4326)`);
  }
}

function checkGeometryTypes(features: unknown[]): void {
  features.forEach((f, i) => {
    const g = isObject(f) ? f.geometry : undefined;
    if (isObject(g) && g.type !== 'Polygon' && g.type !== 'MultiPolygon') {
      const id = isObject(f) && isObject(f.properties) && f.properties.id !== undefined ? ` (id ${String(f.properties.id)})` : '';
      throw new ConvertError(CONVERT_ERRORS.notPolygon, `feature ${i}${id} is a ${String(g.type)}; grids must be Polygon or MultiPolygon`);
    }
  });
}

export const geojson: Converter = {
  label: 'GeoJSON',
  extensions: ['.geojson', '.json'],
  mimeType: 'application/geo+json',

  read(bytes, options) {
    checkSize(bytes, options, 'the GeoJSON file');
    let data: unknown;
    try {
      data = JSON.parse(utf8(bytes, 'the GeoJSON file'));
    } catch (e) {
      if (e instanceof ConvertError) throw e;
      throw new ConvertError(CONVERT_ERRORS.malformed, `the GeoJSON file is not JSON: ${(e as Error).message}`);
    }
    data = asCollection(data);
    if (isObject(data)) checkCrsMember(data);
    if (isObject(data) && Array.isArray(data.features)) checkGeometryTypes(data.features);
    const input = checkCoverageInput(data);
    if (!input.ok) throw new ConvertError(CONVERT_ERRORS.malformed, `the GeoJSON file cannot be used: ${input.message}`);
    if (input.fc.features.length === 0) throw new ConvertError(CONVERT_ERRORS.empty, 'the GeoJSON file has no features');
    return requireLonLat(input.fc, 'the GeoJSON file');
  },

  write(fc) {
    const features = fc.features.map((f): Feature => ({ type: 'Feature', ...(f.id !== undefined ? { id: f.id } : {}), properties: f.properties ?? {}, geometry: f.geometry }));
    return new TextEncoder().encode(JSON.stringify({ type: 'FeatureCollection', features }));
  },
};
