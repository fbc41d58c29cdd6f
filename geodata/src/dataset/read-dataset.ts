import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { checkCoverage, checkCoverageInput } from '../coverage/index.ts';
import { convertCollection, convertPosition, CRS, type Crs } from '../crs/index.ts';
import { isProblemCategory, isProblemStatus } from '../domain/problems.ts';
import { readOrganisation } from './read-organisation.ts';
import { digits, flag, isObject, list, Problems, text, uniqueIds, type Json } from './shape-check.ts';
import { PERSON_ROLES, ZONE_KINDS, type CommunityProps, type Dataset, type GridProps, type Organisation, type SampleProblem, type ZoneProps } from './types.ts';

/** The files of a county dataset folder (geodata/dafang/ is one), parsed but not yet trusted. */
export interface DatasetFiles {
  communities: unknown;
  grids: unknown;
  organisation: unknown;
  /** optional: no special zones */
  zones?: unknown;
  /** optional: no sample problems */
  problems?: unknown;
}

export const DATASET_FILES = {
  communities: 'communities.geojson',
  grids: 'grids.geojson',
  organisation: 'organisation.json',
  zones: 'zones.geojson',
  problems: 'problems.json',
} as const;

export interface DatasetReading {
  /** null when there is any error: nothing half-checked is loaded */
  dataset: Dataset | null;
  errors: string[];
  /** loadable but worth fixing: coverage gaps and overlaps, grids without people */
  warnings: string[];
}

type Polygons<P> = FeatureCollection<Polygon | MultiPolygon, P>;

/**
 * The polygon layer itself (FeatureCollection, polygons, not swapped), each feature's properties,
 * and the properties named in `unique` (its id, a grid's code) used once each.
 */
function polygonLayer<P extends { id: string }>(
  p: Problems,
  file: string,
  data: unknown,
  props: (where: string, raw: Json) => P,
  unique: readonly (keyof P & string)[] = ['id'],
): Polygons<P> | null {
  const input = checkCoverageInput(data);
  if (!input.ok) {
    p.error(file, input.message);
    return null;
  }
  const features = input.fc.features.map((f, i): Feature<Polygon | MultiPolygon, P> => {
    const raw = isObject(f.properties) ? f.properties : {};
    const where = `${file}: feature ${i}${typeof raw.id === 'string' ? ` (${raw.id})` : ''}`;
    if (!isObject(f.properties)) p.error(where, 'has no properties');
    return { type: 'Feature', geometry: f.geometry, properties: props(where, raw) };
  });
  for (const key of unique) uniqueIds(p, file, features.map((f, i) => ({ id: String(f.properties[key]), where: `feature ${i}` })), key);
  return { type: 'FeatureCollection', features };
}

/** Geometry a map and the coverage check can use: self-intersections, open rings, out-of-range points. */
function validGeometry(p: Problems, file: string, fc: Polygons<{ id: string }>): void {
  const report = checkCoverage(fc as FeatureCollection<Polygon | MultiPolygon>);
  const at = (pos: number[]) => pos.map((x) => Number(x.toFixed(7))).join(', ');
  for (const bad of report.invalid) p.error(`${file}: ${bad.grid}`, `invalid geometry (${bad.reason}${bad.at ? ` at ${at(bad.at)}` : ''})`);
}

function readCommunities(p: Problems, data: unknown, offices: Set<string>, countyCode: string): Polygons<CommunityProps> | null {
  const file = DATASET_FILES.communities;
  return polygonLayer(p, file, data, (where, raw): CommunityProps => {
    const props = {
      id: text(p, where, raw, 'id'),
      code: digits(p, where, raw, 'code', 12),
      name: text(p, where, raw, 'name'),
      streetOfficeId: text(p, where, raw, 'streetOfficeId'),
      streetOfficeGuessed: flag(p, where, raw, 'streetOfficeGuessed', false),
      gridded: flag(p, where, raw, 'gridded', true),
    };
    if (props.streetOfficeId && !offices.has(props.streetOfficeId)) p.error(where, `streetOfficeId "${props.streetOfficeId}" is not a street office in ${DATASET_FILES.organisation}`);
    if (props.code.length === 12 && countyCode && !props.code.startsWith(countyCode)) p.warn(where, `code ${props.code} does not start with the county code ${countyCode}`);
    return props;
  });
}

function readGrids(p: Problems, data: unknown, communities: Map<string, CommunityProps> | null, areas: Set<string>): Polygons<GridProps> | null {
  const file = DATASET_FILES.grids;
  return polygonLayer(p, file, data, (where, raw): GridProps => {
    const props = {
      id: text(p, where, raw, 'id'),
      code: digits(p, where, raw, 'code', 15),
      name: text(p, where, raw, 'name'),
      communityId: text(p, where, raw, 'communityId'),
      areaId: text(p, where, raw, 'areaId'),
    };
    const community = communities?.get(props.communityId);
    if (communities && props.communityId && !community) p.error(where, `communityId "${props.communityId}" is not in ${DATASET_FILES.communities}`);
    if (props.areaId && !areas.has(props.areaId)) p.error(where, `areaId "${props.areaId}" is not a 片区 in ${DATASET_FILES.organisation}`);
    if (community && props.code.length === 15 && !props.code.startsWith(community.code)) p.warn(where, `code ${props.code} does not start with its community's code ${community.code}`);
    return props;
  }, ['id', 'code']);
}

function readZones(p: Problems, data: unknown, units: Set<string>): Polygons<ZoneProps> | null {
  const file = DATASET_FILES.zones;
  if (data === undefined) return { type: 'FeatureCollection', features: [] };
  const kinds = Object.values(ZONE_KINDS) as string[];
  return polygonLayer(p, file, data, (where, raw): ZoneProps => {
    const kind = text(p, where, raw, 'kind');
    if (kind && !kinds.includes(kind)) p.error(where, `kind "${kind}" must be one of ${kinds.join(', ')}`);
    const unitIds = list(p, where, raw, 'unitIds').map((u) => String(u));
    for (const u of unitIds) if (!units.has(u)) p.error(where, `unit "${u}" is not in ${DATASET_FILES.organisation}`);
    return { id: text(p, where, raw, 'id'), name: text(p, where, raw, 'name'), kind: kind as ZoneProps['kind'], unitIds };
  });
}

function readProblems(p: Problems, data: unknown): SampleProblem[] {
  const file = DATASET_FILES.problems;
  if (data === undefined) return [];
  if (!Array.isArray(data)) {
    p.error(file, 'must be a list of problems');
    return [];
  }
  const out = data.map((raw, i): SampleProblem => {
    const where = `${file}: item ${i}`;
    const o = isObject(raw) ? raw : {};
    const num = (key: string, lo: number, hi: number) => {
      const v = o[key];
      if (typeof v === 'number' && Number.isFinite(v) && v >= lo && v <= hi) return v;
      p.error(where, `${key} must be a number from ${lo} to ${hi} (got ${JSON.stringify(v ?? null)})`);
      return 0;
    };
    const category = text(p, where, o, 'category');
    if (category && !isProblemCategory(category)) p.error(where, `category "${category}" is not a problem category`);
    const status = text(p, where, o, 'status');
    if (status && !isProblemStatus(status)) p.error(where, `status "${status}" is not a problem status`);
    return { id: text(p, where, o, 'id'), lon: num('lon', -180, 180), lat: num('lat', -90, 90), category, description: text(p, where, o, 'description'), daysAgo: num('daysAgo', 0, 3650), status };
  });
  uniqueIds(p, file, out.map((x, i) => ({ id: x.id, where: `item ${i}` })));
  return out;
}

function toWgs84(files: DatasetFiles, crs: Crs): DatasetFiles {
  const layer = (data: unknown) => (checkCoverageInput(data).ok ? convertCollection(data as FeatureCollection, crs, CRS.wgs84) : data);
  const problem = (x: unknown) => {
    if (!isObject(x) || typeof x.lon !== 'number' || typeof x.lat !== 'number') return x;
    const [lon, lat] = convertPosition([x.lon, x.lat], crs, CRS.wgs84);
    return { ...x, lon, lat };
  };
  return {
    ...files,
    communities: layer(files.communities),
    grids: layer(files.grids),
    zones: files.zones === undefined ? undefined : layer(files.zones),
    problems: Array.isArray(files.problems) ? files.problems.map(problem) : files.problems,
  };
}

/** 横向到底 and 纵向到底 as far as the files show them: loadable, but the planners should know. */
function coverageWarnings(p: Problems, grids: Polygons<GridProps>, communities: Polygons<CommunityProps>, org: Organisation): void {
  const gridded: Polygons<CommunityProps> = { type: 'FeatureCollection', features: communities.features.filter((c) => c.properties.gridded) };
  const report = checkCoverage(grids as FeatureCollection<Polygon | MultiPolygon>, gridded as FeatureCollection<Polygon | MultiPolygon>, {
    gridBoundary: new Map(grids.features.map((g) => [g.properties.id, g.properties.communityId])),
  });
  const m2 = (x: number) => `${Math.round(x)} m²`;
  for (const o of report.overlaps) p.warn(DATASET_FILES.grids, `grids ${o.grids[0]} and ${o.grids[1]} overlap by ${m2(o.areaM2)}`);
  for (const g of report.gaps) p.warn(DATASET_FILES.grids, `a gap of ${m2(g.areaM2)} in community ${g.boundary} is covered by no grid`);
  for (const o of report.outside) p.warn(DATASET_FILES.grids, `grid ${o.grid} reaches ${m2(o.areaM2)} outside its community`);
  const units = new Set(org.gridUnits.map((gu) => gu.gridId));
  const managers = new Set(org.people.filter((x) => x.role === PERSON_ROLES.manager).map((x) => x.gridId));
  for (const g of grids.features) {
    const id = g.properties.id;
    if (!units.has(id)) p.warn(DATASET_FILES.organisation, `grid ${id} has no unit`);
    if (!managers.has(id)) p.warn(DATASET_FILES.organisation, `grid ${id} has no manager`);
    const supervisors = org.people.filter((x) => x.gridId === id && x.role === PERSON_ROLES.supervisor).length;
    if (supervisors < 2) p.warn(DATASET_FILES.organisation, `grid ${id} has ${supervisors} supervisor(s), fewer than two`);
  }
}

/**
 * Checks a county's dataset files against the shape geodata/dafang/ has and against each other
 * (every id a grid, person or zone names exists), so `npm run load-dataset` either loads all of it
 * or nothing, with every reason at once. Files drawn on 高德/腾讯 (GCJ-02) or 百度 (BD-09) maps are
 * converted to WGS84 first; every position maps the same way, so shared vertices stay shared.
 */
export function readDataset(input: DatasetFiles, crs: Crs = CRS.wgs84): DatasetReading {
  const files = crs === CRS.wgs84 ? input : toWgs84(input, crs);
  const p = new Problems();
  const org = readOrganisation(p, files.organisation);
  const communities = readCommunities(p, files.communities, new Set(org.streetOffices.map((s) => s.id)), org.county.code);
  const byId = communities && new Map(communities.features.map((c) => [c.properties.id, c.properties]));
  const grids = readGrids(p, files.grids, byId, new Set(org.areas.map((a) => a.id)));
  // with the grids file unusable, every person and unit would point nowhere: one error says enough
  if (grids) {
    const gridIds = new Set(grids.features.map((g) => g.properties.id));
    for (const gu of org.gridUnits) if (!gridIds.has(gu.gridId)) p.error(DATASET_FILES.organisation, `gridUnits: grid "${gu.gridId}" is not in ${DATASET_FILES.grids}`);
    for (const person of org.people) if (!gridIds.has(person.gridId)) p.error(DATASET_FILES.organisation, `people: ${person.id}'s grid "${person.gridId}" is not in ${DATASET_FILES.grids}`);
    if (grids.features.length === 0) p.error(DATASET_FILES.grids, 'has no grids');
  }
  const zones = readZones(p, files.zones, new Set(org.units.map((u) => u.id)));
  const problems = readProblems(p, files.problems);
  if (communities) validGeometry(p, DATASET_FILES.communities, communities);
  if (grids) validGeometry(p, DATASET_FILES.grids, grids);
  if (zones) validGeometry(p, DATASET_FILES.zones, zones);
  if (p.errors.length > 0 || !communities || !grids || !zones) return { dataset: null, errors: p.errors, warnings: p.warnings };
  coverageWarnings(p, grids, communities, org);
  return { dataset: { communities, grids, zones, organisation: org, problems }, errors: [], warnings: p.warnings };
}
