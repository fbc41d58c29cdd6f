import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

/** Where the app serves a configured PMTiles basemap (WANGGE_BASEMAP=pmtiles:<file>), with range requests. */
export const BASEMAP_ARCHIVE_PATH = '/api/basemap.pmtiles';

export interface BasemapArchive {
  file: string;
  minzoom: number;
  maxzoom: number;
  /** the credit in the archive's metadata, when it has one */
  attribution: string | null;
}

const HEADER_BYTES = 127;
const MVT = 1;
const COMPRESSION = { 0: 'unknown', 1: 'none', 2: 'gzip', 3: 'brotli', 4: 'zstd' } as const;

function readAt(fd: number, offset: number, length: number): Buffer {
  const buf = Buffer.alloc(length);
  const n = readSync(fd, buf, 0, length, offset);
  return buf.subarray(0, n);
}

/**
 * Checks that `file` is a PMTiles v3 archive of vector tiles and reads its zooms and credit from
 * the header and metadata. Throws a message that names `variable` and says what is wrong.
 */
export function readBasemapArchive(file: string, variable: string): BasemapArchive {
  const problem = (what: string) => new Error(`${variable} pmtiles:${file}: ${what}`);
  let size: number;
  try {
    const stat = statSync(file);
    if (!stat.isFile()) throw problem('is not a file');
    size = stat.size;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw problem('no such file');
    throw e;
  }
  const fd = openSync(file, 'r');
  try {
    const header = readAt(fd, 0, HEADER_BYTES);
    if (header.length < HEADER_BYTES || header.toString('latin1', 0, 7) !== 'PMTiles') throw problem('is not a PMTiles archive');
    if (header[7] !== 3) throw problem(`is PMTiles version ${header[7]}; version 3 is needed`);
    if (header[99] !== MVT) throw problem('holds no vector (MVT) tiles: a PMTiles basemap must be vector tiles');
    const metadataOffset = Number(header.readBigUInt64LE(24));
    const metadataLength = Number(header.readBigUInt64LE(32));
    const dataEnd = Number(header.readBigUInt64LE(56)) + Number(header.readBigUInt64LE(64));
    if (metadataOffset + metadataLength > size || dataEnd > size) throw problem(`is cut short (${size} bytes; its header says ${Math.max(dataEnd, metadataOffset + metadataLength)})`);
    const compression = header[97] as keyof typeof COMPRESSION;
    let metadata: { attribution?: unknown } = {};
    if (metadataLength > 0) {
      const raw = readAt(fd, metadataOffset, metadataLength);
      if (compression !== 1 && compression !== 2) throw problem(`its directories are compressed with ${COMPRESSION[compression] ?? compression}; gzip or none is needed`);
      try {
        metadata = JSON.parse((compression === 2 ? gunzipSync(raw) : raw).toString('utf8')) as typeof metadata;
      } catch {
        throw problem('its metadata is not readable JSON');
      }
    }
    const attribution = typeof metadata.attribution === 'string' && metadata.attribution.trim() ? metadata.attribution.trim() : null;
    return { file, minzoom: header[100], maxzoom: header[101], attribution };
  } finally {
    closeSync(fd);
  }
}
