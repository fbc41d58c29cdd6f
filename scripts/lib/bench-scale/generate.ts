import { scaleCitySpecs } from '@wangge/geodata/synthetic/city';
import { syntheticCounty, type SyntheticDataset } from '@wangge/geodata/synthetic/county';
import type { ScaleSize } from './size.ts';

/** The seeded report history submits about this share of a week's grid–unit pairs. */
const SUBMITTED_SHARE = 0.85;

export interface GeneratedCity {
  counties: SyntheticDataset[];
  /** weeks of report history per county, chosen to reach about `size.reports` reports */
  historyWeeks: number;
}

/** The synthetic scale city: `size.counties` seeded counties of `size.gridsPerCounty` grids. */
export function generateCity(size: ScaleSize): GeneratedCity {
  const counties = scaleCitySpecs({ counties: size.counties, gridsPerCounty: size.gridsPerCounty }).map(syntheticCounty);
  const pairs = counties.reduce((n, d) => n + d.organisation.gridUnits.length, 0);
  return { counties, historyWeeks: Math.max(1, Math.ceil(size.reports / (pairs * SUBMITTED_SHARE))) };
}
