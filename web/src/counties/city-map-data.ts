import { STATUS_COLORS, type CityMapResponse, type CityStatusResponse } from '@wangge/geodata';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { shareStatus } from './city-share.ts';

export interface CountyArea {
  countyId: string;
  name: string;
  colour: string;
  /** the name and the on-time share, one per line */
  label: string;
}

/** The outlines with each county's colour and label from the week's figures (a county without figures is drawn as nothing due). */
export function cityAreas(outlines: CityMapResponse, status: CityStatusResponse | null, noneDue: string): FeatureCollection<Polygon | MultiPolygon, CountyArea> {
  const figures = new Map((status?.counties ?? []).map((c) => [c.countyId, c]));
  return {
    type: 'FeatureCollection',
    features: outlines.features.map((f) => {
      const share = figures.get(f.properties.countyId)?.onTimeShare ?? null;
      const shown = share === null ? noneDue : `${Math.round(share * 100)}%`;
      return {
        type: 'Feature',
        id: f.id,
        geometry: f.geometry,
        properties: { countyId: f.properties.countyId, name: f.properties.name, colour: STATUS_COLORS[shareStatus(share)], label: `${f.properties.name}\n${shown}` },
      };
    }),
  };
}
