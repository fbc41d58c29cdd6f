import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Basemap } from '@wangge/geodata';
import { BASEMAP_ARCHIVE_PATH, readBasemapArchive } from './basemap-archive.ts';

const TIANDITU_HOSTS = [0, 1, 2, 3, 4, 5, 6, 7].map((n) => `https://t${n}.tianditu.gov.cn`);

/** 天地图's WMTS in web mercator (`_w`): `vec` is the street map, `cva` its Chinese labels. */
function tiandituLayer(layer: 'vec' | 'cva', key: string): { tiles: string[] } {
  const query = `SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=${layer}&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=${encodeURIComponent(key)}`;
  return { tiles: TIANDITU_HOSTS.map((host) => `${host}/${layer}_w/wmts?${query}`) };
}

/**
 * WANGGE_BASEMAP's raster choices: unset or `none` (no tiles), `osm`,
 * `tianditu` (needs WANGGE_TIANDITU_KEY) or an XYZ URL template with {z}, {x} and {y}, credited with
 * WANGGE_BASEMAP_ATTRIBUTION. Throws a message naming the variable that is wrong.
 */
export function basemapFromEnv(env: NodeJS.ProcessEnv): Basemap | null {
  const value = env.WANGGE_BASEMAP?.trim() ?? '';
  if (value === '' || value === 'none') return null;
  if (value === 'osm') {
    return { name: 'osm', layers: [{ tiles: ['https://tile.openstreetmap.org/{z}/{x}/{y}.png'] }], attribution: '© OpenStreetMap contributors', maxzoom: 19 };
  }
  if (value === 'tianditu') {
    const key = env.WANGGE_TIANDITU_KEY?.trim();
    if (!key) throw new Error('WANGGE_BASEMAP=tianditu needs WANGGE_TIANDITU_KEY (a 天地图 browser key from console.tianditu.gov.cn)');
    return { name: 'tianditu', layers: [tiandituLayer('vec', key), tiandituLayer('cva', key)], attribution: '© 天地图 tianditu.gov.cn', maxzoom: 18 };
  }
  if (/^https?:\/\//.test(value)) {
    for (const part of ['{z}', '{x}', '{y}']) {
      if (!value.includes(part)) throw new Error(`WANGGE_BASEMAP "${value}" is a URL without ${part}: give an XYZ template such as https://host/{z}/{x}/{y}.png`);
    }
    const attribution = env.WANGGE_BASEMAP_ATTRIBUTION?.trim();
    if (!attribution) throw new Error('WANGGE_BASEMAP is a custom tile URL: set WANGGE_BASEMAP_ATTRIBUTION to the credit its provider requires');
    return { name: 'custom', layers: [{ tiles: [value] }], attribution, maxzoom: 19 };
  }
  throw new Error(`WANGGE_BASEMAP "${value}" must be none, osm, tianditu, pmtiles:<file> or an https://…/{z}/{x}/{y} tile URL`);
}

/** The configured basemap, and the PMTiles file the app serves for it (null for none and raster tiles). */
export interface BasemapSetting {
  basemap: Basemap | null;
  archiveFile: string | null;
}

/** Dafang's illustrative vector basemap, shipped in the repository (npm run build-basemap). */
export const DAFANG_BASEMAP_FILE = 'geodata/dafang/basemap.pmtiles';

function pmtilesBasemap(file: string, env: NodeJS.ProcessEnv): BasemapSetting {
  const archive = readBasemapArchive(file, 'WANGGE_BASEMAP');
  const attribution = env.WANGGE_BASEMAP_ATTRIBUTION?.trim() || archive.attribution;
  if (!attribution) throw new Error(`WANGGE_BASEMAP pmtiles:${file} has no attribution in its metadata: set WANGGE_BASEMAP_ATTRIBUTION to the credit its source requires`);
  return { basemap: { name: 'pmtiles', layers: [], archive: BASEMAP_ARCHIVE_PATH, attribution, maxzoom: archive.maxzoom }, archiveFile: file };
}

/**
 * WANGGE_BASEMAP as basemapFromEnv reads it, plus `pmtiles:<file>` (relative to the repository
 * root): a PMTiles v3 archive of vector tiles the app serves itself, so the basemap needs no
 * internet. Unset, a deployment that seeds Dafang gets `defaultArchive` (Dafang's illustrative
 * basemap) when that file is there, and no basemap otherwise.
 */
export function basemapSettingFromEnv(env: NodeJS.ProcessEnv, repoRoot: string, defaultArchive: string | null): BasemapSetting {
  const value = env.WANGGE_BASEMAP?.trim() ?? '';
  if (value.startsWith('pmtiles:')) {
    const path = value.slice('pmtiles:'.length).trim();
    if (!path) throw new Error('WANGGE_BASEMAP "pmtiles:" names no file: give pmtiles:<path to the .pmtiles file>');
    return pmtilesBasemap(resolve(repoRoot, path), env);
  }
  if (value === '' && defaultArchive && existsSync(resolve(repoRoot, defaultArchive))) return pmtilesBasemap(resolve(repoRoot, defaultArchive), env);
  return { basemap: basemapFromEnv(env), archiveFile: null };
}
