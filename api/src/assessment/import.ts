import { ASSESSMENT_KIND_LIST, CRS, convertPosition, decodeAssessmentPointInput, type AssessmentPointGeometry, type Crs, type ImportRowError } from '@wangge/geodata';
import { xlsxLines } from '../bulk/read-table.ts';
import { HttpError, badRequest } from '../http/errors.ts';
import type { PointToAdd } from './points.ts';
import { KIND_ZH } from './scores.ts';

/** At most this many 点位 in one import. */
export const MAX_IMPORT_ROWS = 5000;

/** A kind as a file may spell it: the code (market) or its name (农贸市场). */
function kindFrom(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const v = value.trim();
  return ASSESSMENT_KIND_LIST.find((k) => k === v || KIND_ZH[k] === v) ?? v;
}

/** A checked geometry in WGS84, the system everything is stored in. */
function toWgs84(g: AssessmentPointGeometry, crs: Crs): AssessmentPointGeometry {
  if (crs === CRS.wgs84) return g;
  const at = (p: number[]) => convertPosition(p, crs, CRS.wgs84);
  return g.type === 'Point' ? { type: 'Point', coordinates: at(g.coordinates) } : { type: 'Polygon', coordinates: g.coordinates.map((ring) => ring.map(at)) };
}

/** The rows read (converted from `crs` to WGS84), or every bad row named (nothing is added from a file with one). */
function checked(rows: { row: number; kind: unknown; name: unknown; geometry: unknown }[], crs: Crs): PointToAdd[] {
  if (rows.length === 0) throw badRequest('the file holds no 点位', 'import_empty');
  if (rows.length > MAX_IMPORT_ROWS) throw badRequest(`the file holds ${rows.length} 点位; one import takes at most ${MAX_IMPORT_ROWS}`, 'import_too_large');
  const points: PointToAdd[] = [];
  const errors: ImportRowError[] = [];
  for (const r of rows) {
    const d = decodeAssessmentPointInput({ kind: kindFrom(r.kind), name: r.name, geometry: r.geometry });
    if (d.ok) points.push({ ...d.value, geometry: toWgs84(d.value.geometry, crs), row: r.row });
    else errors.push({ row: r.row, code: d.code, message: d.message });
  }
  if (errors.length) throw new HttpError(422, 'import_invalid', `${errors.length} of ${rows.length} rows cannot be added; nothing was added`, { rows: errors });
  return points;
}

/** A GeoJSON FeatureCollection of Points and Polygons with properties kind and name, in `crs`. */
export function pointsFromGeoJson(value: unknown, crs: Crs = CRS.wgs84): PointToAdd[] {
  const fc = value as { type?: unknown; features?: unknown };
  if (!fc || typeof fc !== 'object' || fc.type !== 'FeatureCollection' || !Array.isArray(fc.features)) throw badRequest('send a GeoJSON FeatureCollection of 点位 (Point or Polygon, properties kind and name)', 'bad_import');
  return checked(
    (fc.features as unknown[]).map((f, i) => {
      const feat = (f ?? {}) as { geometry?: unknown; properties?: Record<string, unknown> | null };
      const props = feat.properties ?? {};
      return { row: i + 1, kind: props.kind ?? props['类型'], name: props.name ?? props['名称'], geometry: feat.geometry };
    }),
    crs,
  );
}

const COLUMNS = {
  name: ['名称', 'name', '点位名称'],
  kind: ['类型', 'kind', '点位类型'],
  lon: ['经度', 'lon', 'longitude', 'lng'],
  lat: ['纬度', 'lat', 'latitude'],
} as const;

const asNumber = (v: string | undefined) => (v ? Number(v) : NaN);

/** The first sheet of an Excel file: a header row naming 名称, 类型, 经度, 纬度 (or name, kind, lon, lat), a 点位 per row under it. */
export async function pointsFromXlsx(file: string, bytes: Uint8Array, crs: Crs = CRS.wgs84): Promise<PointToAdd[]> {
  const [head, ...body] = await xlsxLines(file, bytes);
  const header = new Map((head?.line === 1 ? head.cells : []).map((text, i) => [text.toLowerCase(), i]));
  const column = (names: readonly string[]) => names.map((n) => header.get(n.toLowerCase())).find((c) => c !== undefined);
  const cols = { name: column(COLUMNS.name), kind: column(COLUMNS.kind), lon: column(COLUMNS.lon), lat: column(COLUMNS.lat) };
  const absent = (Object.keys(cols) as (keyof typeof cols)[]).filter((k) => cols[k] === undefined);
  if (absent.length) throw badRequest(`the first row must name the columns ${absent.map((k) => COLUMNS[k][0]).join(', ')}`, 'bad_import', { columns: absent.map((k) => COLUMNS[k][0]) });
  const rows: { row: number; kind: unknown; name: unknown; geometry: unknown }[] = [];
  for (const { line, cells } of body) {
    const [name, kind, lon, lat] = [cells[cols.name!], cells[cols.kind!], cells[cols.lon!], cells[cols.lat!]];
    if (!name && !kind && !lon && !lat) continue;
    rows.push({ row: line, name: name || undefined, kind: kind || undefined, geometry: { type: 'Point', coordinates: [asNumber(lon), asNumber(lat)] } });
  }
  return checked(rows, crs);
}
