import { gzipSync } from 'node:zlib';
import { GeoJSONVT } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import type { FeatureCollection } from 'geojson';
import type { ArchiveTile } from './pmtiles-writer.ts';

/** MVT's usual grid: 4096 units a tile side, 64 of them drawn past each edge so lines join across tiles. */
const EXTENT = 4096;
const BUFFER = 64;

/** The x or y of the zoom-z tile holding a longitude or latitude (web mercator). */
export function lonToTileX(lon: number, z: number): number {
  return Math.min(2 ** z - 1, Math.floor(((lon + 180) / 360) * 2 ** z));
}

export function latToTileY(lat: number, z: number): number {
  const rad = (lat * Math.PI) / 180;
  return Math.min(2 ** z - 1, Math.floor(((1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2) * 2 ** z));
}

/**
 * Cuts named GeoJSON layers into Mapbox Vector Tiles (gzipped) for every tile of minzoom..maxzoom
 * over `bounds` that holds any feature; each tile carries one MVT layer per GeoJSON layer it touches.
 */
export function vectorTiles(layers: Record<string, FeatureCollection>, bounds: readonly [number, number, number, number], minzoom: number, maxzoom: number): ArchiveTile[] {
  const indexes = Object.entries(layers).map(([name, data]) => [name, new GeoJSONVT(data, { maxZoom: maxzoom, indexMaxZoom: maxzoom, extent: EXTENT, buffer: BUFFER })] as const);
  const [west, south, east, north] = bounds;
  const tiles: ArchiveTile[] = [];
  for (let z = minzoom; z <= maxzoom; z++) {
    for (let x = lonToTileX(west, z); x <= lonToTileX(east, z); x++) {
      for (let y = latToTileY(north, z); y <= latToTileY(south, z); y++) {
        const found: Record<string, NonNullable<ReturnType<GeoJSONVT['getTile']>>> = {};
        for (const [name, index] of indexes) {
          const tile = index.getTile(z, x, y);
          if (tile && tile.features.length > 0) found[name] = tile;
        }
        if (Object.keys(found).length === 0) continue;
        tiles.push({ z, x, y, data: new Uint8Array(gzipSync(fromGeojsonVt(found, { version: 2, extent: EXTENT }))) });
      }
    }
  }
  return tiles;
}
