import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';
import type { Dataset } from '../../../geodata/src/dataset/types.ts';
import { geometryBBox, extend, type BBox } from '../../../geodata/src/geometry/bbox.ts';
import { labelPoints } from '../../../web/src/map/label-points.ts';
import { basemapArchive } from './build-archive.ts';
import { sharedEdgeLines } from './street-lines.ts';

/** How far past the data the basemap's land reaches, in degrees (about 1.5 km at Dafang's latitude). */
const MARGIN = 0.015;

export const ILLUSTRATIVE_ATTRIBUTION = '示意底图 · 由本县内置示意数据生成，非测绘成果 (illustrative)';

export interface BasemapLayers {
  layers: Record<string, FeatureCollection>;
  bounds: BBox;
  center: [number, number];
}

const collection = (features: Feature[]): FeatureCollection => ({ type: 'FeatureCollection', features });
const feature = (geometry: Geometry, properties: Record<string, string> = {}): Feature => ({ type: 'Feature', properties, geometry });

/**
 * The layers of an illustrative basemap drawn from a county's own dataset, for a county with no
 * survey basemap: `land` (the area the basemap covers), `streets` (the edges of the town fabric the
 * grids were cut along, each drawn once), `roads` (the main-road zones, named), `landmarks` (markets,
 * hospitals, parks… as areas, with their kind) and `labels` (a point inside each road and landmark,
 * named).
 */
export function illustrativeLayers(dataset: Pick<Dataset, 'communities' | 'grids' | 'zones'>): BasemapLayers {
  const all = [...dataset.communities.features, ...dataset.grids.features, ...dataset.zones.features];
  if (all.length === 0) throw new Error('the dataset has no communities, grids or zones to draw a basemap from');
  const box = all.reduce<BBox>((b, f) => extend(b, geometryBBox(f.geometry)), [Infinity, Infinity, -Infinity, -Infinity]);
  const bounds: BBox = [box[0] - MARGIN, box[1] - MARGIN, box[2] + MARGIN, box[3] + MARGIN];
  const [w, s, e, n] = bounds;
  const land = feature({ type: 'Polygon', coordinates: [[[w, s], [e, s], [e, n], [w, n], [w, s]]] });
  const streets = sharedEdgeLines([...dataset.communities.features, ...dataset.grids.features]).map((line) => feature(line));
  const named = (f: Feature<Polygon | MultiPolygon, { name: string; kind: string }>) => feature(f.geometry, { name: f.properties.name, kind: f.properties.kind });
  const roads = dataset.zones.features.filter((f) => f.properties.kind === 'road').map(named);
  const landmarks = dataset.zones.features.filter((f) => f.properties.kind !== 'road').map(named);
  const labels = labelPoints(collection([...roads, ...landmarks]) as FeatureCollection<Polygon | MultiPolygon, Record<string, string>>);
  return {
    layers: { land: collection([land]), streets: collection(streets), roads: collection(roads), landmarks: collection(landmarks), labels },
    bounds,
    center: [(box[0] + box[2]) / 2, (box[1] + box[3]) / 2],
  };
}

/** Dafang's illustrative basemap archive, z10–z16 (what geodata/dafang/basemap.pmtiles holds). */
export function dafangBasemapArchive(dataset: Pick<Dataset, 'communities' | 'grids' | 'zones'>, minzoom = 10, maxzoom = 16): Uint8Array {
  const { layers, bounds, center } = illustrativeLayers(dataset);
  return basemapArchive({
    layers,
    bounds,
    center,
    minzoom,
    maxzoom,
    name: '大方县示意底图',
    description: 'Illustrative basemap drawn from the embedded Dafang dataset, not a survey: the town fabric the grids follow, main roads and landmarks.',
    attribution: ILLUSTRATIVE_ATTRIBUTION,
  });
}
