import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ConfigResponse } from '@wangge/geodata';
import { createApp } from './app.ts';
import { basemapSettingFromEnv, DAFANG_BASEMAP_FILE } from './basemap.ts';
import { fixedClock } from './clock.ts';
import { openSqliteStore } from './db/sqlite-store.ts';
import { parseRange } from './http/file-range.ts';

const ROOT = resolve(fileURLToPath(import.meta.url), '../../..');
const SHIPPED = join(ROOT, DAFANG_BASEMAP_FILE);
const bytes = readFileSync(SHIPPED);

/** A header-only PMTiles v3 archive of vector tiles with no metadata (and so no credit). */
function bareArchive(tileType = 1): string {
  const header = Buffer.alloc(127);
  header.write('PMTiles', 0, 'latin1');
  header[7] = 3;
  header[97] = 2;
  header[99] = tileType;
  header[101] = 14;
  const file = join(mkdtempSync(join(tmpdir(), 'wangge-basemap-')), 'bare.pmtiles');
  writeFileSync(file, header);
  return file;
}

describe('WANGGE_BASEMAP=pmtiles:<file>', () => {
  it('serves the archive from the app, credited as its metadata says', () => {
    const setting = basemapSettingFromEnv({ WANGGE_BASEMAP: `pmtiles:${DAFANG_BASEMAP_FILE}` }, ROOT, null);
    expect(setting.archiveFile).toBe(SHIPPED);
    expect(setting.basemap).toEqual({ name: 'pmtiles', layers: [], archive: '/api/basemap.pmtiles', attribution: expect.stringContaining('示意底图'), maxzoom: 16 });
  });

  it("is Dafang's illustrative basemap when unset and the file is there, none when it is not or when set to none", () => {
    expect(basemapSettingFromEnv({}, ROOT, DAFANG_BASEMAP_FILE).archiveFile).toBe(SHIPPED);
    expect(basemapSettingFromEnv({}, '/nowhere', DAFANG_BASEMAP_FILE)).toEqual({ basemap: null, archiveFile: null });
    expect(basemapSettingFromEnv({}, ROOT, null)).toEqual({ basemap: null, archiveFile: null });
    expect(basemapSettingFromEnv({ WANGGE_BASEMAP: 'none' }, ROOT, DAFANG_BASEMAP_FILE)).toEqual({ basemap: null, archiveFile: null });
    expect(basemapSettingFromEnv({ WANGGE_BASEMAP: 'osm' }, ROOT, DAFANG_BASEMAP_FILE).basemap?.name).toBe('osm');
  });

  it('names the variable when the file is missing, not PMTiles, not vector tiles or uncredited', () => {
    expect(() => basemapSettingFromEnv({ WANGGE_BASEMAP: 'pmtiles:data/none.pmtiles' }, ROOT, null)).toThrow(`WANGGE_BASEMAP pmtiles:${ROOT}/data/none.pmtiles: no such file`);
    expect(() => basemapSettingFromEnv({ WANGGE_BASEMAP: 'pmtiles:' }, ROOT, null)).toThrow('WANGGE_BASEMAP "pmtiles:" names no file');
    expect(() => basemapSettingFromEnv({ WANGGE_BASEMAP: 'pmtiles:package.json' }, ROOT, null)).toThrow('package.json: is not a PMTiles archive');
    expect(() => basemapSettingFromEnv({ WANGGE_BASEMAP: `pmtiles:${bareArchive(2)}` }, ROOT, null)).toThrow('holds no vector (MVT) tiles');
    const bare = bareArchive();
    expect(() => basemapSettingFromEnv({ WANGGE_BASEMAP: `pmtiles:${bare}` }, ROOT, null)).toThrow(/no attribution .* set WANGGE_BASEMAP_ATTRIBUTION/);
    expect(basemapSettingFromEnv({ WANGGE_BASEMAP: `pmtiles:${bare}`, WANGGE_BASEMAP_ATTRIBUTION: '县自然资源局' }, ROOT, null).basemap).toMatchObject({ attribution: '县自然资源局', maxzoom: 14 });
  });
});

describe('parseRange', () => {
  it('reads a range, an open range and a suffix, clipped to the file', () => {
    expect(parseRange('bytes=0-126', 1000)).toEqual({ start: 0, end: 126 });
    expect(parseRange('bytes=900-', 1000)).toEqual({ start: 900, end: 999 });
    expect(parseRange('bytes=-10', 1000)).toEqual({ start: 990, end: 999 });
    expect(parseRange('bytes=990-5000', 1000)).toEqual({ start: 990, end: 999 });
    expect(parseRange('bytes=-5000', 1000)).toEqual({ start: 0, end: 999 });
  });

  it('refuses a range past the end, backwards, several at once or malformed', () => {
    for (const bad of ['bytes=1000-', 'bytes=5-4', 'bytes=0-1,5-6', 'bytes=-0', 'bytes=-', 'items=0-1', 'bytes=a-b']) expect(parseRange(bad, 1000)).toBeNull();
  });
});

describe('GET /api/basemap.pmtiles', () => {
  const { basemap, archiveFile } = basemapSettingFromEnv({}, ROOT, DAFANG_BASEMAP_FILE);
  const app = createApp({ store: openSqliteStore(':memory:'), clock: fixedClock('2026-11-25T02:00:00Z'), basemap, basemapArchive: archiveFile });
  const get = (headers: Record<string, string> = {}) => app.request('/api/basemap.pmtiles', { headers });

  it('answers a range with 206, its bytes and where they sit in the file', async () => {
    const res = await get({ range: 'bytes=0-126' });
    expect(res.status).toBe(206);
    expect(res.headers.get('content-range')).toBe(`bytes 0-126/${bytes.length}`);
    expect(res.headers.get('content-length')).toBe('127');
    expect(res.headers.get('accept-ranges')).toBe('bytes');
    expect(res.headers.get('etag')).toMatch(/^".+"$/);
    expect(Buffer.from(await res.arrayBuffer()).equals(bytes.subarray(0, 127))).toBe(true);
    const tail = await get({ range: 'bytes=-16' });
    expect(Buffer.from(await tail.arrayBuffer()).equals(bytes.subarray(bytes.length - 16))).toBe(true);
  });

  it('answers the whole file without a range, and 304 to its own ETag', async () => {
    const res = await get();
    expect(res.status).toBe(200);
    expect(Buffer.from(await res.arrayBuffer()).equals(bytes)).toBe(true);
    expect((await get({ 'if-none-match': res.headers.get('etag')! })).status).toBe(304);
  });

  it('answers 416 with the file size to a range it cannot serve', async () => {
    for (const range of [`bytes=${bytes.length}-`, 'bytes=0-1,4-5', 'bytes=x']) {
      const res = await get({ range });
      expect(res.status).toBe(416);
      expect(res.headers.get('content-range')).toBe(`bytes */${bytes.length}`);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('bad_range');
    }
  });

  it('is named in /api/config, and absent without a PMTiles basemap', async () => {
    const config = (await (await app.request('/api/config')).json()) as ConfigResponse;
    expect(config.basemap).toMatchObject({ name: 'pmtiles', archive: '/api/basemap.pmtiles' });
    const plain = createApp({ store: openSqliteStore(':memory:'), clock: fixedClock('2026-11-25T02:00:00Z') });
    expect((await plain.request('/api/basemap.pmtiles')).status).toBe(404);
  });
});
