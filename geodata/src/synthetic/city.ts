/**
 * Synthetic counties placed as a city: the demo city's two neighbours of Dafang, and the many
 * counties of the scale benchmark. Only specs and datasets: writing them anywhere is the caller's.
 */
import { SyntheticSpecError, syntheticCounty, type SyntheticCountySpec, type SyntheticDataset } from './county.ts';
import { hash32 } from './prng.ts';

/**
 * Dafang's two synthetic neighbours in the demo city (WANGGE_SEED=demo-city): one east and one
 * west of its town, each about 8 km² like Dafang's, a few km clear of Dafang's communities
 * (which span 105.586–105.624 E, 27.132–27.163 N), under codes and names no real county has.
 */
export const DEMO_CITY_NEIGHBOURS: readonly SyntheticCountySpec[] = [
  { seed: 1, code: '520598', name: '示例东县', centre: { lon: 105.676, lat: 27.15 }, communities: 8, grids: 32 },
  { seed: 2, code: '520597', name: '示例西县', centre: { lon: 105.536, lat: 27.144 }, communities: 6, grids: 30 },
];

export function demoCityNeighbours(): SyntheticDataset[] {
  return DEMO_CITY_NEIGHBOURS.map(syntheticCounty);
}

export interface ScaleCityOptions {
  /** default 100 */
  counties?: number;
  /** default 300 */
  gridsPerCounty?: number;
  /** default 10 grids a community */
  gridsPerCommunity?: number;
  seed?: number;
  /** the block's centre; default 106.6 E, 26.6 N, clear of Dafang */
  centre?: { lon: number; lat: number };
}

/** A GB/T 2260-style code per county, in made-up prefectures 90–99 of Guizhou (52), counties 10–99. */
export function scaleCountyCode(i: number): string {
  if (!Number.isInteger(i) || i < 0 || i >= 900) throw new SyntheticSpecError(`a scale city holds 1 to 900 counties (county index ${i})`);
  return `52${90 + Math.floor(i / 90)}${10 + (i % 90)}`;
}

const GRID_AREA_M2 = 250_000;
/** centre-to-centre spacing as a multiple of a county's size, so towns never touch */
const SPACING = 1.6;

/**
 * The scale benchmark's city: `counties` synthetic counties on a square-ish lattice, each with its
 * own seed (derived from `seed`), code and name. Specs only: generate each with syntheticCounty
 * when it is needed, so a benchmark holds one county at a time if it likes.
 */
export function scaleCitySpecs(options: ScaleCityOptions = {}): SyntheticCountySpec[] {
  const { counties = 100, gridsPerCounty = 300, gridsPerCommunity = 10, seed = 1, centre = { lon: 106.6, lat: 26.6 } } = options;
  if (!Number.isInteger(counties) || counties < 1 || counties > 900) throw new SyntheticSpecError(`counties must be a whole number from 1 to 900 (got ${counties})`);
  if (!Number.isInteger(gridsPerCounty) || gridsPerCounty < 1) throw new SyntheticSpecError(`gridsPerCounty must be a whole number ≥ 1 (got ${gridsPerCounty})`);
  if (!Number.isInteger(gridsPerCommunity) || gridsPerCommunity < 1) throw new SyntheticSpecError(`gridsPerCommunity must be a whole number ≥ 1 (got ${gridsPerCommunity})`);
  const across = Math.ceil(Math.sqrt(counties));
  const down = Math.ceil(counties / across);
  // a town is ~1.3 times as wide as tall; its lattice outline bulges a little beyond its area's square
  const widthM = Math.sqrt(gridsPerCounty * GRID_AREA_M2 * 1.3);
  const heightM = widthM / 1.3;
  const mPerDegLat = 110_900;
  const mPerDegLon = 111_320 * Math.cos((centre.lat * Math.PI) / 180);
  const dLon = (SPACING * widthM) / mPerDegLon;
  const dLat = (SPACING * heightM) / mPerDegLat;
  return Array.from({ length: counties }, (_, i) => {
    const col = i % across;
    const row = Math.floor(i / across);
    return {
      seed: hash32(`${seed}:county:${i}`),
      code: scaleCountyCode(i),
      name: `示例县${String(i + 1).padStart(3, '0')}`,
      centre: { lon: round6(centre.lon + (col - (across - 1) / 2) * dLon), lat: round6(centre.lat + ((down - 1) / 2 - row) * dLat) },
      communities: Math.max(1, Math.round(gridsPerCounty / gridsPerCommunity)),
      grids: gridsPerCounty,
      gridAreaM2: GRID_AREA_M2,
    };
  });
}

const round6 = (v: number) => Math.round(v * 1e6) / 1e6;
