import { gzipSync } from 'node:zlib';
import { createHash } from 'node:crypto';

/**
 * A PMTiles v3 archive writer: header, root and leaf directories, JSON metadata and tile data, as
 * the v3 specification lays them out. Directories and metadata are gzipped; tiles are stored as
 * given (say how in `tileCompression`). Identical tiles are stored once, and runs of consecutive
 * tile ids with the same content take one directory entry.
 */

export const HEADER_BYTES = 127;
/** the header and the root directory must fit in the first 16 KiB a reader fetches */
const ROOT_MAX = 16_384 - HEADER_BYTES;

export const Compression = { none: 1, gzip: 2 } as const;
export const TileType = { mvt: 1 } as const;

export interface ArchiveTile {
  z: number;
  x: number;
  y: number;
  data: Uint8Array;
}

export interface ArchiveOptions {
  tiles: readonly ArchiveTile[];
  metadata: Record<string, unknown>;
  tileType: number;
  tileCompression: number;
  /** west, south, east, north in degrees */
  bounds: readonly [number, number, number, number];
  center: readonly [number, number, number];
}

interface Entry {
  tileId: number;
  offset: number;
  length: number;
  runLength: number;
}

/** Rotates a quadrant of the Hilbert curve (the v3 tile id order). */
function rotate(n: number, xy: [number, number], rx: number, ry: number): void {
  if (ry === 0) {
    if (rx === 1) {
      xy[0] = n - 1 - xy[0];
      xy[1] = n - 1 - xy[1];
    }
    const t = xy[0];
    xy[0] = xy[1];
    xy[1] = t;
  }
}

/** The v3 tile id: the tiles of all lower zooms first, then the tile's position on zoom z's Hilbert curve. */
export function tileId(z: number, x: number, y: number): number {
  if (z > 26) throw new Error(`zoom ${z} is past the 26 that tile ids cover`);
  const n = 2 ** z;
  if (x < 0 || y < 0 || x >= n || y >= n) throw new Error(`tile ${z}/${x}/${y} is outside zoom ${z}`);
  let acc = (4 ** z - 1) / 3;
  const xy: [number, number] = [x, y];
  for (let s = n / 2; s >= 1; s /= 2) {
    const rx = xy[0] & s ? 1 : 0;
    const ry = xy[1] & s ? 1 : 0;
    acc += s * s * ((3 * rx) ^ ry);
    rotate(s, xy, rx, ry);
  }
  return acc;
}

function writeVarint(out: number[], value: number): void {
  if (!Number.isSafeInteger(value) || value < 0) throw new Error(`varint ${value} is not a non-negative safe integer`);
  let v = value;
  while (v >= 0x80) {
    out.push((v % 0x80) | 0x80);
    v = Math.floor(v / 0x80);
  }
  out.push(v);
}

/** A directory: count, then ids as deltas, run lengths, lengths, and offsets (0 = right after the previous entry, else offset + 1). */
export function serializeDirectory(entries: readonly Entry[]): Uint8Array {
  const out: number[] = [];
  writeVarint(out, entries.length);
  let last = 0;
  for (const e of entries) {
    writeVarint(out, e.tileId - last);
    last = e.tileId;
  }
  for (const e of entries) writeVarint(out, e.runLength);
  for (const e of entries) writeVarint(out, e.length);
  entries.forEach((e, i) => {
    const prev = entries[i - 1];
    writeVarint(out, i > 0 && e.offset === prev.offset + prev.length ? 0 : e.offset + 1);
  });
  return gzipSync(Uint8Array.from(out));
}

/** Root alone when it fits; else leaves of `size` entries each, the root pointing at them (run length 0). */
function directories(entries: Entry[]): { root: Uint8Array; leaves: Uint8Array } {
  const root = serializeDirectory(entries);
  if (root.length <= ROOT_MAX) return { root, leaves: new Uint8Array(0) };
  for (let size = 4096; ; size *= 2) {
    const leafParts: Uint8Array[] = [];
    const rootEntries: Entry[] = [];
    let offset = 0;
    for (let i = 0; i < entries.length; i += size) {
      const leaf = serializeDirectory(entries.slice(i, i + size));
      rootEntries.push({ tileId: entries[i].tileId, offset, length: leaf.length, runLength: 0 });
      leafParts.push(leaf);
      offset += leaf.length;
    }
    const leafRoot = serializeDirectory(rootEntries);
    if (leafRoot.length <= ROOT_MAX) return { root: leafRoot, leaves: Buffer.concat(leafParts) };
  }
}

function setUint64(view: DataView, at: number, value: number): void {
  view.setBigUint64(at, BigInt(value), true);
}

/** The whole archive as bytes. Throws on no tiles or on two tiles at one z/x/y. */
export function writePmtiles(options: ArchiveOptions): Uint8Array {
  if (options.tiles.length === 0) throw new Error('a PMTiles archive needs at least one tile');
  const sorted = options.tiles.map((t) => ({ id: tileId(t.z, t.x, t.y), tile: t })).sort((a, b) => a.id - b.id);
  const entries: Entry[] = [];
  const parts: Uint8Array[] = [];
  const stored = new Map<string, { offset: number; length: number }>();
  let dataLength = 0;
  sorted.forEach(({ id, tile }, i) => {
    if (i > 0 && sorted[i - 1].id === id) throw new Error(`tile ${tile.z}/${tile.x}/${tile.y} is given twice`);
    const hash = createHash('sha256').update(tile.data).digest('hex');
    let place = stored.get(hash);
    if (!place) {
      place = { offset: dataLength, length: tile.data.length };
      stored.set(hash, place);
      parts.push(tile.data);
      dataLength += tile.data.length;
    }
    const last = entries.at(-1);
    if (last && last.offset === place.offset && last.tileId + last.runLength === id) last.runLength += 1;
    else entries.push({ tileId: id, offset: place.offset, length: place.length, runLength: 1 });
  });

  const { root, leaves } = directories(entries);
  const metadata = gzipSync(Buffer.from(JSON.stringify(options.metadata)));
  const rootOffset = HEADER_BYTES;
  const metadataOffset = rootOffset + root.length;
  const leavesOffset = metadataOffset + metadata.length;
  const dataOffset = leavesOffset + leaves.length;

  const header = new Uint8Array(HEADER_BYTES);
  const view = new DataView(header.buffer);
  header.set(Buffer.from('PMTiles'), 0);
  header[7] = 3;
  const sections: [number, number][] = [
    [rootOffset, root.length],
    [metadataOffset, metadata.length],
    [leavesOffset, leaves.length],
    [dataOffset, dataLength],
  ];
  sections.forEach(([offset, length], i) => {
    setUint64(view, 8 + 16 * i, offset);
    setUint64(view, 16 + 16 * i, length);
  });
  setUint64(view, 72, sorted.length);
  setUint64(view, 80, entries.length);
  setUint64(view, 88, stored.size);
  header[96] = 1;
  header[97] = Compression.gzip;
  header[98] = options.tileCompression;
  header[99] = options.tileType;
  header[100] = Math.min(...options.tiles.map((t) => t.z));
  header[101] = Math.max(...options.tiles.map((t) => t.z));
  const [west, south, east, north] = options.bounds;
  [west, south, east, north].forEach((deg, i) => view.setInt32(102 + 4 * i, Math.round(deg * 1e7), true));
  const [lon, lat, zoom] = options.center;
  header[118] = zoom;
  view.setInt32(119, Math.round(lon * 1e7), true);
  view.setInt32(123, Math.round(lat * 1e7), true);
  return new Uint8Array(Buffer.concat([header, root, metadata, leaves, ...parts]));
}
