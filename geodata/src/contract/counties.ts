import type { BBox } from '../geometry/bbox.ts';

/** One county of the deployment (GET /api/counties). */
export interface CountyInfo {
  id: string;
  /** 6 digits, GB/T 2260 */
  code: string;
  name: string;
  /** generated for demos and tests: no name, number or boundary in it is real */
  synthetic: boolean;
  /** [west, south, east, north] of its communities */
  bbox: BBox;
  /** grids in force */
  grids: number;
}

export type CountiesResponse = CountyInfo[];

/** One county's week in GET /api/city/status: the reports due and how many came on time. */
export interface CountyWeekFigures {
  countyId: string;
  code: string;
  name: string;
  /** false: the county's week is still open, its figures may change */
  closed: boolean;
  /** the county had not started by this week: nothing was due */
  notStarted: boolean;
  grids: number;
  /** (unit, grid) reports by status */
  counts: Record<'on_time' | 'late' | 'missing' | 'pending' | 'not_due' | 'exempt', number>;
  /** on-time reports over those due (on time, late, missing); null when none was due */
  onTimeShare: number | null;
}

/** GET /api/city/status?week= (city-wide accounts) */
export interface CityStatusResponse {
  week: string;
  counties: CountyWeekFigures[];
}

/** GET /api/city/map: each county's outline (its communities' union), for the city overview's map. */
export type CityMapResponse = import('geojson').FeatureCollection<import('geojson').Polygon | import('geojson').MultiPolygon, { countyId: string; code: string; name: string }>;
