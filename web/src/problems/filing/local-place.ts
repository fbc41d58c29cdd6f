import { featureAt, type CommunitiesResponse, type GridsResponse, type LocateResponse } from '@wangge/geodata';

export type Place = Pick<LocateResponse, 'grid' | 'community' | 'streetOffice'>;

/**
 * Where a pin is, worked out on the phone from the grids and communities it holds (the cached ones
 * when offline): the answer the server would give, for when it cannot be asked.
 */
export function localPlace(grids: GridsResponse | null, communities: CommunitiesResponse | null, lon: number, lat: number): Place {
  const grid = grids ? featureAt(grids.features, lon, lat) : null;
  const community = communities ? featureAt(communities.features, lon, lat) : null;
  const c = community?.properties;
  return {
    grid: grid?.properties ?? null,
    community: c ? { id: c.id, code: c.code, name: c.name } : null,
    streetOffice: c ? { id: c.streetOfficeId, code: '', name: c.streetOfficeName } : null,
  };
}
