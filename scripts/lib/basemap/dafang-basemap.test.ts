import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { PMTiles, type Source } from 'pmtiles';
import { describe, expect, it } from 'vitest';
import { dafang } from '../../../geodata/src/dafang.ts';
import { dafangBasemapArchive } from './dafang-basemap.ts';
import { latToTileY, lonToTileX } from './vector-tiles.ts';

const SHIPPED = fileURLToPath(new URL('../../../geodata/dafang/basemap.pmtiles', import.meta.url));

function reader(bytes: Uint8Array): PMTiles {
  const source: Source = { getKey: () => 'file', getBytes: async (offset, length) => ({ data: bytes.slice(offset, offset + length).buffer }) };
  return new PMTiles(source);
}

describe("Dafang's illustrative basemap", () => {
  const shipped = new Uint8Array(readFileSync(SHIPPED));

  it('is what the builder makes from the embedded dataset (rebuild with npm run build-basemap)', () => {
    expect(Buffer.from(dafangBasemapArchive(dafang)).equals(shipped)).toBe(true);
  });

  it('is small enough to ship and says it is illustrative', async () => {
    expect(shipped.length).toBeLessThan(1024 * 1024);
    const archive = reader(shipped);
    expect(await archive.getHeader()).toMatchObject({ minZoom: 10, maxZoom: 16 });
    expect((await archive.getMetadata()) as { attribution: string }).toMatchObject({ attribution: expect.stringContaining('示意底图') });
  });

  it("holds 红旗路 as a road with its label, and the town's streets, at zoom 16", async () => {
    const road = dafang.zones.features.find((f) => f.properties.name === '红旗路')!;
    const [lon, lat] = road.geometry.type === 'Polygon' ? road.geometry.coordinates[0][0] : road.geometry.coordinates[0][0][0];
    // the reader hands the tile unzipped
    const found = await reader(shipped).getZxy(16, lonToTileX(lon, 16), latToTileY(lat, 16));
    const tile = new VectorTile(new PbfReader(new Uint8Array(found!.data)));
    expect(Object.keys(tile.layers)).toEqual(expect.arrayContaining(['land', 'streets', 'roads']));
    const roads = Array.from({ length: tile.layers.roads.length }, (_, i) => tile.layers.roads.feature(i).properties.name);
    expect(roads).toContain('红旗路');
    expect(tile.layers.streets.feature(0).type).toBe(2);
  });
});
