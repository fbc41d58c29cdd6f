import { PMTiles, TileType as ReaderTileType, type Source } from 'pmtiles';
import { describe, expect, it } from 'vitest';
import { Compression, HEADER_BYTES, TileType, tileId, writePmtiles, type ArchiveTile } from './pmtiles-writer.ts';

/** The archive as the `pmtiles` package's reader sees it: an independent check of the layout. */
function reader(bytes: Uint8Array): PMTiles {
  const source: Source = {
    getKey: () => 'memory',
    getBytes: async (offset, length) => ({ data: bytes.slice(offset, offset + length).buffer }),
  };
  return new PMTiles(source);
}

const tile = (z: number, x: number, y: number, text: string): ArchiveTile => ({ z, x, y, data: new TextEncoder().encode(text) });
const text = (data: ArrayBuffer | undefined) => (data ? new TextDecoder().decode(data) : undefined);
const base = { metadata: { name: 'test' }, tileType: TileType.mvt, tileCompression: Compression.none, bounds: [105.5, 27.1, 105.7, 27.2] as const, center: [105.6, 27.15, 12] as const };

describe('tileId', () => {
  it('numbers zoom 0, then zoom 1 along the Hilbert curve, then zoom 2 from 5', () => {
    // the v3 specification's examples: 0/0/0 is 0; zoom 1 runs (0,0) (0,1) (1,1) (1,0); zoom 2 starts at 1 + 4
    expect(tileId(0, 0, 0)).toBe(0);
    expect([tileId(1, 0, 0), tileId(1, 0, 1), tileId(1, 1, 1), tileId(1, 1, 0)]).toEqual([1, 2, 3, 4]);
    expect(tileId(2, 0, 0)).toBe(5);
    // the last tile of zoom 2 is the one before zoom 3 starts at 1 + 4 + 16 = 21
    expect(Math.max(...[0, 1, 2, 3].flatMap((x) => [0, 1, 2, 3].map((y) => tileId(2, x, y))))).toBe(20);
  });

  it('refuses a tile outside its zoom', () => {
    expect(() => tileId(2, 4, 0)).toThrow('outside zoom 2');
  });
});

describe('writePmtiles', () => {
  it('writes an archive the pmtiles reader reads back tile by tile, with its header and metadata', async () => {
    const tiles = [tile(10, 837, 425, 'a'), tile(11, 1675, 851, 'bb'), tile(11, 1674, 851, 'a'), tile(12, 3350, 1702, 'ccc')];
    const bytes = writePmtiles({ ...base, tiles, metadata: { name: '大方', attribution: '示意' } });
    const archive = reader(bytes);
    const header = await archive.getHeader();
    expect(header).toMatchObject({ specVersion: 3, minZoom: 10, maxZoom: 12, tileType: ReaderTileType.Mvt, clustered: true, rootDirectoryOffset: HEADER_BYTES, numAddressedTiles: 4, numTileContents: 3 });
    expect(header.minLon).toBeCloseTo(105.5, 6);
    expect(header.maxLat).toBeCloseTo(27.2, 6);
    expect(header.centerZoom).toBe(12);
    for (const t of tiles) expect(text((await archive.getZxy(t.z, t.x, t.y))?.data)).toBe(new TextDecoder().decode(t.data));
    expect(await archive.getZxy(11, 0, 0)).toBeUndefined();
    expect(await archive.getMetadata()).toEqual({ name: '大方', attribution: '示意' });
  });

  it('stores a repeated tile once and runs of it as one entry', async () => {
    // four tiles along the curve with one content: one stored copy, one directory entry
    const ids = [[2, 0, 0], [2, 1, 0], [2, 1, 1], [2, 0, 1]] as const;
    const tiles = ids.map(([z, x, y]) => tile(z, x, y, 'sea'));
    const bytes = writePmtiles({ ...base, tiles });
    const header = await reader(bytes).getHeader();
    expect(header.numTileContents).toBe(1);
    expect(header.numTileEntries).toBe(1);
    expect(header.tileDataLength).toBe(3);
    for (const [z, x, y] of ids) expect(text((await reader(bytes).getZxy(z, x, y))?.data)).toBe('sea');
  });

  it('moves a directory too big for the first 16 KiB into leaves the reader follows', async () => {
    // a tenth of zoom 9's tiles, picked and sized by a fixed pseudo-random sequence: entries that do not compress away
    let seed = 7;
    const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    const tiles: ArchiveTile[] = [];
    for (let x = 0; x < 512; x++) for (let y = 0; y < 512; y++) if (next() < 0.1) tiles.push(tile(9, x, y, `${x}:${y}:`.padEnd(8 + Math.floor(next() * 200), '.')));
    const probes = [tiles[0], tiles[9_000], tiles[17_000], tiles.at(-1)!];
    const bytes = writePmtiles({ ...base, tiles });
    const archive = reader(bytes);
    const header = await archive.getHeader();
    expect(header.leafDirectoryLength).toBeGreaterThan(0);
    expect(header.rootDirectoryLength + HEADER_BYTES).toBeLessThanOrEqual(16_384);
    for (const t of probes) expect(text((await archive.getZxy(9, t.x, t.y))?.data)).toBe(new TextDecoder().decode(t.data));
    const missing = [...Array(512).keys()].find((y) => !tiles.some((t) => t.x === 0 && t.y === y))!;
    expect(await archive.getZxy(9, 0, missing)).toBeUndefined();
  });

  it('refuses an empty archive and a tile given twice', () => {
    expect(() => writePmtiles({ ...base, tiles: [] })).toThrow('at least one tile');
    expect(() => writePmtiles({ ...base, tiles: [tile(3, 1, 1, 'a'), tile(3, 1, 1, 'b')] })).toThrow('3/1/1 is given twice');
  });
});
