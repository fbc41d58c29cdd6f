import type { Element } from '@xmldom/xmldom';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { flatText, fromText } from './fields.ts';
import { requireLonLat } from './lonlat.ts';
import { checkSize, CONVERT_ERRORS, ConvertError, utf8, type Converter, type PolygonFeatures } from './types.ts';
import { child, children, childText, descendants, escapeXml, parseXml } from './xml.ts';

const GEOMETRIES = new Set(['Polygon', 'MultiGeometry', 'Point', 'LineString', 'LinearRing', 'Model', 'Track', 'MultiTrack']);
const NUMERIC = new Set(['int', 'uint', 'short', 'ushort', 'float', 'double']);
const SCHEMA_ID = 'grid';

/** KML is UTF-8 unless its declaration says otherwise; Chinese tools sometimes write GBK. */
function decode(bytes: Uint8Array): string {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
  const declared = /<\?xml[^>]*encoding\s*=\s*["']([^"']+)["']/i.exec(head)?.[1]?.toLowerCase();
  if (declared && !/^utf-?8$/.test(declared)) {
    try {
      return new TextDecoder(declared).decode(bytes);
    } catch {
      throw new ConvertError(CONVERT_ERRORS.malformed, `the KML declares the encoding "${declared}", which cannot be read`);
    }
  }
  return utf8(bytes, 'the KML file');
}

function parseCoordinates(text: string, where: string): Position[] {
  const tokens = text.replace(/\s*,\s*/g, ',').trim().split(/\s+/).filter(Boolean);
  const ring = tokens.map((t) => {
    const [lon, lat] = t.split(',').map(Number);
    if (!Number.isFinite(lon) || !Number.isFinite(lat)) throw new ConvertError(CONVERT_ERRORS.malformed, `${where}: "${t.slice(0, 40)}" is not a longitude,latitude pair`);
    return [lon, lat];
  });
  const first = ring[0];
  const last = ring[ring.length - 1];
  if (first && (first[0] !== last[0] || first[1] !== last[1])) ring.push([first[0], first[1]]);
  return ring;
}

function ringsOf(boundary: Element, where: string): Position[][] {
  return descendants(boundary, 'LinearRing').map((r) => parseCoordinates(childText(r, 'coordinates') ?? '', where));
}

function readPolygon(el: Element, where: string): Position[][] {
  const outer = child(el, 'outerBoundaryIs');
  const shell = outer ? ringsOf(outer, where)[0] : undefined;
  if (!shell) throw new ConvertError(CONVERT_ERRORS.malformed, `${where} has a polygon without an outer boundary`);
  const holes = children(el).filter((c) => c.localName === 'innerBoundaryIs').flatMap((b) => ringsOf(b, where));
  return [shell, ...holes];
}

/** Polygons in a geometry, and the names of the other geometries met (a label point is ignored). */
function collect(el: Element, where: string, polys: Position[][][], others: string[]): void {
  const name = el.localName ?? '';
  if (name === 'Polygon') polys.push(readPolygon(el, where));
  else if (name === 'MultiGeometry') for (const c of children(el)) collect(c, where, polys, others);
  else if (GEOMETRIES.has(name)) others.push(name);
}

type Schemas = Map<string, Map<string, string>>;

function readSchemas(root: Element): Schemas {
  const out: Schemas = new Map();
  for (const s of descendants(root, 'Schema')) {
    const fields = new Map(children(s).filter((c) => c.localName === 'SimpleField').map((f) => [f.getAttribute('name') ?? '', (f.getAttribute('type') || 'string').toLowerCase()]));
    for (const key of [s.getAttribute('id'), s.getAttribute('name')]) if (key) out.set(key, fields);
  }
  return out;
}

function typed(key: string, text: string, type: string | undefined): unknown {
  if (type && NUMERIC.has(type)) {
    const n = Number(text);
    return text.trim() !== '' && Number.isFinite(n) ? n : text;
  }
  if (type === 'bool') return text === 'true' || text === '1' ? true : text === 'false' || text === '0' ? false : text;
  return fromText(key, text);
}

function readProperties(pm: Element, schemas: Schemas): Record<string, unknown> {
  const props: Record<string, unknown> = {};
  const data = child(pm, 'ExtendedData');
  for (const d of data ? children(data) : []) {
    const key = d.getAttribute('name');
    if (d.localName === 'Data' && key) props[key] = fromText(key, childText(d, 'value') ?? (d.textContent ?? '').trim());
    if (d.localName !== 'SchemaData') continue;
    const types = schemas.get((d.getAttribute('schemaUrl') ?? '').replace(/^#/, ''));
    for (const s of children(d)) {
      const name = s.getAttribute('name');
      if (s.localName === 'SimpleData' && name) props[name] = typed(name, s.textContent ?? '', types?.get(name));
    }
  }
  const name = childText(pm, 'name');
  if (props.name === undefined && name) props.name = name;
  const id = pm.getAttribute('id');
  if (props.id === undefined && id) props.id = id;
  return props;
}

export function readKml(bytes: Uint8Array): PolygonFeatures {
  const root = parseXml(decode(bytes));
  if (root.localName !== 'kml') throw new ConvertError(CONVERT_ERRORS.malformed, `not a KML document (its root element is <${root.tagName}>)`);
  const schemas = readSchemas(root);
  const features: Feature<Polygon | MultiPolygon>[] = [];
  descendants(root, 'Placemark').forEach((pm, i) => {
    const where = `placemark ${JSON.stringify(childText(pm, 'name') || `#${i + 1}`)}`;
    const polys: Position[][][] = [];
    const others: string[] = [];
    for (const c of children(pm)) collect(c, where, polys, others);
    if (polys.length === 0) {
      if (others.length === 0) return;
      throw new ConvertError(CONVERT_ERRORS.notPolygon, `${where} is a ${others[0]}; grids must be polygons`);
    }
    const geometry: Polygon | MultiPolygon = polys.length === 1 ? { type: 'Polygon', coordinates: polys[0] } : { type: 'MultiPolygon', coordinates: polys };
    features.push({ type: 'Feature', properties: readProperties(pm, schemas), geometry });
  });
  if (features.length === 0) throw new ConvertError(CONVERT_ERRORS.empty, 'the KML has no polygon placemarks');
  return requireLonLat({ type: 'FeatureCollection', features }, 'the KML file');
}

function kmlType(values: unknown[]): string {
  const present = values.filter((v) => v !== null && v !== undefined);
  if (present.length > 0 && present.every((v) => typeof v === 'number')) return 'double';
  if (present.length > 0 && present.every((v) => typeof v === 'boolean')) return 'bool';
  return 'string';
}

function polygonXml(rings: Position[][]): string {
  const ring = (r: Position[]) => `<LinearRing><coordinates>${r.map((p) => `${p[0]},${p[1]}`).join(' ')}</coordinates></LinearRing>`;
  const [shell, ...holes] = rings;
  return `<Polygon><outerBoundaryIs>${ring(shell)}</outerBoundaryIs>${holes.map((h) => `<innerBoundaryIs>${ring(h)}</innerBoundaryIs>`).join('')}</Polygon>`;
}

export function writeKml(fc: PolygonFeatures, name = 'grids'): string {
  const keys = [...new Set(fc.features.flatMap((f) => Object.keys(f.properties ?? {})))];
  const types = new Map(keys.map((k) => [k, kmlType(fc.features.map((f) => f.properties?.[k]))]));
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>', '<kml xmlns="http://www.opengis.net/kml/2.2">', '<Document>', `<name>${escapeXml(name)}</name>`];
  out.push(`<Schema name="${SCHEMA_ID}" id="${SCHEMA_ID}">${keys.map((k) => `<SimpleField name="${escapeXml(k)}" type="${types.get(k)}"/>`).join('')}</Schema>`);
  for (const f of fc.features) {
    const p = f.properties ?? {};
    // Only the name is the label: another label would come back as a name the grid never had.
    const label = flatText(p.name);
    const data = keys
      .map((k) => [k, flatText(p[k])] as const)
      .filter(([, v]) => v !== null)
      .map(([k, v]) => `<SimpleData name="${escapeXml(k)}">${escapeXml(v!)}</SimpleData>`)
      .join('');
    const g = f.geometry;
    const geometry = g.type === 'Polygon' ? polygonXml(g.coordinates) : `<MultiGeometry>${g.coordinates.map(polygonXml).join('')}</MultiGeometry>`;
    out.push(`<Placemark>${label !== null ? `<name>${escapeXml(label)}</name>` : ''}<ExtendedData><SchemaData schemaUrl="#${SCHEMA_ID}">${data}</SchemaData></ExtendedData>${geometry}</Placemark>`);
  }
  out.push('</Document>', '</kml>', '');
  return out.join('\n');
}

export const kml: Converter = {
  label: 'KML',
  extensions: ['.kml'],
  mimeType: 'application/vnd.google-earth.kml+xml',
  read(bytes, options) {
    checkSize(bytes, options, 'the KML file');
    return readKml(bytes);
  },
  write(fc, options) {
    return new TextEncoder().encode(writeKml(fc, options?.name));
  },
};
