/**
 * A synthetic county, complete and valid: a made-up town of communities that tile it, grids that
 * tile each community exactly (横向到边), street offices, 片区 with leaders, units, a manager and
 * supervisors for every grid (纵向到底), special zones and sample problems — in the shape of
 * geodata/dafang/, so the dataset reader loads it with no error and no warning.
 *
 * For demos, tests and benchmarks: a seed decides everything, so one seed gives the same bytes
 * every time. The county says it is synthetic (`synthetic: true`, a name the caller marks 示例),
 * and no name, number or boundary in it is real.
 *
 * The town is a bent lattice of cells (lattice.ts) about 180 m across; street offices,
 * communities and grids are blocks of whole cells, cut along the lattice lines (partition.ts),
 * eight cells a grid on average.
 */
import type { Feature, Polygon, Position } from 'geojson';
import type { CommunityProps, Dataset, GridProps, Organisation, StreetOffice } from '../dataset/types.ts';
import { makeLattice } from './lattice.ts';
import { PLACE_WORDS, placeName } from './names.ts';
import { buildOrganisation, streetOffice } from './organisation.ts';
import { readingOrder, rectRing, splitRect, type CellRect } from './partition.ts';
import { buildProblems } from './problems.ts';
import { localProjection } from './projection.ts';
import { rngFor, shuffled } from './prng.ts';
import { buildZones } from './zones.ts';

export interface SyntheticCountySpec {
  /** decides every shape, name and number; any integer */
  seed: number;
  /** 6 digits, GB/T 2260 style; pick one no real county has (e.g. 520599) */
  code: string;
  /** marked as a sample, e.g. 示例县 */
  name: string;
  /** where the town's centre lies, WGS84 */
  centre: { lon: number; lat: number };
  communities: number;
  /** grids in all, shared as evenly as whole numbers allow (communities × grids per community) */
  grids: number;
  /** a grid's area on average, m² (Dafang's: about 270,000) */
  gridAreaM2?: number;
  /** default 4 */
  communitiesPerStreetOffice?: number;
}

export interface SyntheticDataset extends Dataset {
  organisation: Organisation & { county: { code: string; name: string; synthetic: true } };
}

const CELLS_PER_GRID = 8;
/** the town's width over its height, in cells */
const ASPECT = 1.3;
const DEFAULTS = { gridAreaM2: 250_000, communitiesPerStreetOffice: 4 };

/** A spec that cannot make a county; the message names every problem. */
export class SyntheticSpecError extends Error {}

/** Every way the spec is unusable, at once, so a caller fixes them in one go. */
export function checkSpec(spec: SyntheticCountySpec): string[] {
  const errors: string[] = [];
  const whole = (key: string, v: unknown, lo: number, hi: number) => {
    if (typeof v !== 'number' || !Number.isInteger(v) || v < lo || v > hi) errors.push(`${key} must be a whole number from ${lo} to ${hi} (got ${JSON.stringify(v ?? null)})`);
  };
  whole('seed', spec.seed, Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER);
  if (typeof spec.code !== 'string' || !/^\d{6}$/.test(spec.code)) errors.push(`code must be 6 digits (got ${JSON.stringify(spec.code ?? null)})`);
  if (typeof spec.name !== 'string' || spec.name.trim() === '') errors.push('name must be a non-empty string');
  const { lon, lat } = spec.centre ?? {};
  if (typeof lon !== 'number' || !(lon >= -179 && lon <= 179)) errors.push(`centre.lon must be from -179 to 179 (got ${JSON.stringify(lon ?? null)})`);
  if (typeof lat !== 'number' || !(lat >= -80 && lat <= 80)) errors.push(`centre.lat must be from -80 to 80 (got ${JSON.stringify(lat ?? null)})`);
  const perOffice = spec.communitiesPerStreetOffice ?? DEFAULTS.communitiesPerStreetOffice;
  whole('communitiesPerStreetOffice', perOffice, 1, 999);
  whole('communities', spec.communities, 1, 999 * 999);
  whole('grids', spec.grids, 1, 10_000_000);
  const area = spec.gridAreaM2 ?? DEFAULTS.gridAreaM2;
  if (typeof area !== 'number' || !(area >= 1_000 && area <= 100_000_000)) errors.push(`gridAreaM2 must be from 1,000 to 100,000,000 (got ${JSON.stringify(area)})`);
  if (errors.length > 0) return errors;
  if (spec.grids < spec.communities) errors.push(`grids (${spec.grids}) must be at least communities (${spec.communities}): every community is gridded`);
  if (Math.ceil(spec.grids / spec.communities) > 999) errors.push(`${Math.ceil(spec.grids / spec.communities)} grids in a community do not fit a 3-digit sequence number`);
  if (Math.ceil(spec.communities / perOffice) > 999) errors.push(`${Math.ceil(spec.communities / perOffice)} street offices do not fit a 3-digit number`);
  return errors;
}

/** n shared out as evenly as whole numbers allow: the first n % parts get one more */
const shares = (n: number, parts: number) => Array.from({ length: parts }, (_, i) => Math.floor(n / parts) + (i < n % parts ? 1 : 0));

const code3 = (n: number) => String(n).padStart(3, '0');

export function syntheticCounty(spec: SyntheticCountySpec): SyntheticDataset {
  const errors = checkSpec(spec);
  if (errors.length > 0) throw new SyntheticSpecError(`synthetic county ${spec.code ?? ''}: ${errors.join('; ')}`);
  const { seed, code } = spec;
  const perOffice = spec.communitiesPerStreetOffice ?? DEFAULTS.communitiesPerStreetOffice;
  const cell = Math.sqrt((spec.gridAreaM2 ?? DEFAULTS.gridAreaM2) / CELLS_PER_GRID);

  const layout = rngFor(seed, 'layout');
  // which communities get the odd extra grid, and which offices the odd extra community
  const gridCounts = shuffled(layout, shares(spec.grids, spec.communities));
  const officeSizes = shares(spec.communities, Math.ceil(spec.communities / perOffice));
  const officeGrids: number[][] = [];
  for (let at = 0, o = 0; o < officeSizes.length; at += officeSizes[o], o++) officeGrids.push(gridCounts.slice(at, at + officeSizes[o]));

  const totalCells = spec.grids * CELLS_PER_GRID;
  const cols = Math.max(2, Math.round(Math.sqrt(totalCells * ASPECT)));
  const rows = Math.max(2, Math.ceil(totalCells / cols));
  const lattice = makeLattice(rngFor(seed, 'lattice'), cols, rows, cell, localProjection(spec.centre.lon, spec.centre.lat));
  const polygon = (r: CellRect): Polygon => {
    const ring: Position[] = rectRing(r).map(([i, j]) => lattice.point(i, j));
    return { type: 'Polygon', coordinates: [[...ring, ring[0]]] };
  };

  const names = shuffled(rngFor(seed, 'names'), PLACE_WORDS);
  let named = 0;
  const nextName = () => placeName(names, named++);

  const streetOffices: StreetOffice[] = [];
  const communities: Feature<Polygon, CommunityProps>[] = [];
  const grids: { props: Omit<GridProps, 'areaId'>; rect: CellRect }[] = [];
  const officeRects = splitRect(layout, { x0: 0, y0: 0, x1: cols, y1: rows }, officeGrids.map((g) => g.reduce((s, n) => s + n, 0)));
  readingOrder(officeRects).forEach((o, oi) => {
    const office = streetOffice(code, oi + 1, `${nextName()}街道`);
    streetOffices.push(office);
    const communityRects = splitRect(layout, officeRects[o], officeGrids[o]);
    readingOrder(communityRects).forEach((c, ci) => {
      const id = `${code}-c${code3(communities.length + 1)}`;
      const name = `${nextName()}社区`;
      const props: CommunityProps = { id, code: `${office.code}${code3(ci + 1)}`, name, streetOfficeId: office.id, streetOfficeGuessed: false, gridded: true };
      communities.push({ type: 'Feature', properties: props, geometry: polygon(communityRects[c]) });
      const gridRects = splitRect(layout, communityRects[c], Array<number>(officeGrids[o][c]).fill(1));
      readingOrder(gridRects).forEach((g, gi) => {
        grids.push({ props: { id: `${id}-${gi + 1}`, code: `${props.code}${code3(gi + 1)}`, name: `${name}第${gi + 1}网格`, communityId: id }, rect: gridRects[g] });
      });
    });
  });

  const org = buildOrganisation({ seed, countyCode: code, gridIds: grids.map((g) => g.props.id) });
  return {
    communities: { type: 'FeatureCollection', features: communities },
    grids: {
      type: 'FeatureCollection',
      features: grids.map((g) => ({ type: 'Feature', properties: { ...g.props, areaId: org.areaOf.get(g.props.id)! }, geometry: polygon(g.rect) })),
    },
    zones: { type: 'FeatureCollection', features: buildZones({ seed, countyCode: code, lattice, grids: spec.grids }) },
    organisation: {
      county: { code, name: spec.name, synthetic: true },
      streetOffices,
      areas: org.areas,
      units: org.units,
      gridUnits: org.gridUnits,
      people: org.people,
    },
    problems: buildProblems({ seed, countyCode: code, lattice, grids: grids.map((g) => ({ id: g.props.id, rect: g.rect })) }),
  };
}
