import { geometryBBox } from '@wangge/geodata';
import type { SyntheticDataset } from '@wangge/geodata/synthetic/county';
import { mulberry32 } from '@wangge/geodata/synthetic/prng';
import { pointInGrid } from './place.ts';

export type Who = 'leader' | 'staff';

export interface Scenario {
  name: string;
  /** the city-wide leader, or the first county's staff (its planner) */
  who: Who;
  path: (client: number, n: number) => string;
}

const POINTS = 1000;

/**
 * The six reads measured: a county's status map and the city overview for `week`, locate at a
 * point inside a grid, the pins of a community's bbox (as the map asks for them), the overdue list
 * and the problem stats of the staff's county. The leader's requests go to every county in turn.
 */
export function scenarios(counties: readonly SyntheticDataset[], week: string): Scenario[] {
  const random = mulberry32(7);
  const ids = counties.map((d) => d.organisation.county.code);
  const staffCounty = ids[0];
  const points = Array.from({ length: POINTS }, (_, i) => {
    const d = counties[i % counties.length];
    const [lon, lat] = pointInGrid(d.grids.features[Math.floor(random() * d.grids.features.length)], random);
    return `lon=${lon.toFixed(6)}&lat=${lat.toFixed(6)}&county=${d.organisation.county.code}`;
  });
  const boxes = counties.flatMap((d) => d.communities.features.map((f) => `bbox=${geometryBBox(f.geometry).map((x) => x.toFixed(5)).join(',')}&county=${d.organisation.county.code}`));
  const pick = <T>(xs: readonly T[], client: number, n: number) => xs[(client * 7919 + n) % xs.length];
  return [
    { name: "a county's status map", who: 'leader', path: (c, n) => `/api/status?week=${week}&county=${pick(ids, c, n)}` },
    { name: 'city overview', who: 'leader', path: () => `/api/city/status?week=${week}` },
    { name: 'locate', who: 'leader', path: (c, n) => `/api/locate?${pick(points, c, n)}` },
    { name: 'pins in a bbox', who: 'leader', path: (c, n) => `/api/problems?fields=pin&limit=5000&${pick(boxes, c, n)}` },
    { name: 'overdue list', who: 'staff', path: () => `/api/overdue?week=${week}&county=${staffCounty}` },
    { name: 'problem stats (8 weeks)', who: 'staff', path: () => `/api/problems/stats?weeks=8&week=${week}&county=${staffCounty}` },
  ];
}
