/**
 * Dafang County's embedded dataset (geodata/dafang/, built by `npm run build-geodata`): the nine
 * gridded urban communities of the 2018 plan, their 30 grids, special responsibility zones,
 * organisation and sample problems. The boundaries are illustrative — no public ones exist —
 * but placed on the real county seat; names, codes and departments follow the plan.
 *
 * The GeoJSON is imported from the *.geo.json files (the *.geojson names beside them are links
 * for GIS tools): Node, Vite and TypeScript only import JSON by a .json extension.
 */
import communities from '../dafang/communities.geo.json' with { type: 'json' };
import grids from '../dafang/grids.geo.json' with { type: 'json' };
import zones from '../dafang/zones.geo.json' with { type: 'json' };
import organisation from '../dafang/organisation.json' with { type: 'json' };
import problems from '../dafang/problems.json' with { type: 'json' };
import type { Dataset } from './dataset/types.ts';

// JSON imports type "Polygon" as string; the shapes are checked by dataset/dafang.test.ts.
export const dafang: Dataset = {
  communities: communities as unknown as Dataset['communities'],
  grids: grids as unknown as Dataset['grids'],
  zones: zones as unknown as Dataset['zones'],
  organisation: organisation as unknown as Dataset['organisation'],
  problems: problems as unknown as Dataset['problems'],
};
