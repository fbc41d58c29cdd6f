import { describe, expect, it } from 'vitest';
import type { ConfigResponse } from '@wangge/geodata';
import { basemapFromEnv } from './basemap.ts';
import { createApp } from './app.ts';
import { fixedClock } from './clock.ts';
import { openSqliteStore } from './db/sqlite-store.ts';

describe('basemapFromEnv', () => {
  it('is none unless configured', () => {
    expect(basemapFromEnv({})).toBeNull();
    expect(basemapFromEnv({ WANGGE_BASEMAP: 'none' })).toBeNull();
    expect(basemapFromEnv({ WANGGE_BASEMAP: '  ' })).toBeNull();
  });

  it('knows OpenStreetMap, credited', () => {
    const osm = basemapFromEnv({ WANGGE_BASEMAP: 'osm' });
    expect(osm).toEqual({ name: 'osm', layers: [{ tiles: ['https://tile.openstreetmap.org/{z}/{x}/{y}.png'] }], attribution: '© OpenStreetMap contributors', maxzoom: 19 });
  });

  it('builds 天地图 street map and labels from the key, over its eight hosts', () => {
    const tdt = basemapFromEnv({ WANGGE_BASEMAP: 'tianditu', WANGGE_TIANDITU_KEY: 'k&1' })!;
    expect(tdt.layers).toHaveLength(2);
    expect(tdt.layers[0].tiles).toHaveLength(8);
    expect(tdt.layers[0].tiles[3]).toBe(
      'https://t3.tianditu.gov.cn/vec_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=vec&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=k%261',
    );
    expect(tdt.layers[1].tiles[0]).toContain('/cva_w/wmts?');
    expect(tdt.layers[1].tiles[0]).toContain('LAYER=cva');
  });

  it('takes a custom XYZ template with its credit', () => {
    const custom = basemapFromEnv({ WANGGE_BASEMAP: 'https://gis.example.gov.cn/tiles/{z}/{x}/{y}.png', WANGGE_BASEMAP_ATTRIBUTION: '县自然资源局' });
    expect(custom).toEqual({ name: 'custom', layers: [{ tiles: ['https://gis.example.gov.cn/tiles/{z}/{x}/{y}.png'] }], attribution: '县自然资源局', maxzoom: 19 });
  });

  it('names the variable that is wrong', () => {
    expect(() => basemapFromEnv({ WANGGE_BASEMAP: 'tianditu' })).toThrow(/WANGGE_TIANDITU_KEY/);
    expect(() => basemapFromEnv({ WANGGE_BASEMAP: 'gaode' })).toThrow(/WANGGE_BASEMAP "gaode" must be none, osm, tianditu/);
    expect(() => basemapFromEnv({ WANGGE_BASEMAP: 'https://h/{z}/{x}.png', WANGGE_BASEMAP_ATTRIBUTION: 'x' })).toThrow(/without \{y\}/);
    expect(() => basemapFromEnv({ WANGGE_BASEMAP: 'https://h/{z}/{x}/{y}.png' })).toThrow(/WANGGE_BASEMAP_ATTRIBUTION/);
  });

  it('reaches the web app through GET /api/config', async () => {
    const basemap = basemapFromEnv({ WANGGE_BASEMAP: 'osm' });
    const app = createApp({ store: openSqliteStore(':memory:'), clock: fixedClock('2026-11-25T02:00:00Z'), basemap });
    const config = (await (await app.request('/api/config')).json()) as ConfigResponse;
    expect(config.basemap).toEqual(basemap);
  });
});
