import type { FeatureCollection } from 'geojson';
import type { BBox } from '../../../geodata/src/geometry/bbox.ts';
import { Compression, TileType, writePmtiles } from './pmtiles-writer.ts';
import { vectorTiles } from './vector-tiles.ts';

export interface BasemapArchiveOptions {
  layers: Record<string, FeatureCollection>;
  bounds: BBox;
  center: [number, number];
  minzoom: number;
  maxzoom: number;
  name: string;
  description: string;
  attribution: string;
}

/** A PMTiles v3 archive of gzipped vector tiles, its metadata listing the layers (TileJSON's vector_layers). */
export function basemapArchive(o: BasemapArchiveOptions): Uint8Array {
  if (!(o.minzoom >= 0 && o.minzoom <= o.maxzoom && o.maxzoom <= 22)) throw new Error(`zooms ${o.minzoom}–${o.maxzoom} must run from 0 to at most 22, low to high`);
  const tiles = vectorTiles(o.layers, o.bounds, o.minzoom, o.maxzoom);
  if (tiles.length === 0) throw new Error('the layers hold no feature inside the bounds: no tile to write');
  const vectorLayers = Object.keys(o.layers).map((id) => ({ id, fields: Object.fromEntries([...new Set(o.layers[id].features.flatMap((f) => Object.keys(f.properties ?? {})))].map((k) => [k, 'String'])), minzoom: o.minzoom, maxzoom: o.maxzoom }));
  return writePmtiles({
    tiles,
    metadata: { name: o.name, description: o.description, attribution: o.attribution, type: 'baselayer', format: 'pbf', vector_layers: vectorLayers },
    tileType: TileType.mvt,
    tileCompression: Compression.gzip,
    bounds: o.bounds,
    center: [o.center[0], o.center[1], Math.min(o.maxzoom, Math.max(o.minzoom, 14))],
  });
}
