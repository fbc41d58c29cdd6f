import type { MultiPolygon, Polygon } from 'geojson';

export type { CoverageReport } from '@wangge/geodata';
export type MultiPolygonOrPolygon = Polygon | MultiPolygon;
