import type { Basemap } from '@wangge/geodata';

const TIANDITU_HOSTS = [0, 1, 2, 3, 4, 5, 6, 7].map((n) => `https://t${n}.tianditu.gov.cn`);

/** 天地图's WMTS in web mercator (`_w`): `vec` is the street map, `cva` its Chinese labels. */
function tiandituLayer(layer: 'vec' | 'cva', key: string): { tiles: string[] } {
  const query = `SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=${layer}&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=${encodeURIComponent(key)}`;
  return { tiles: TIANDITU_HOSTS.map((host) => `${host}/${layer}_w/wmts?${query}`) };
}

/**
 * WANGGE_BASEMAP: unset or `none` (the default: no tiles, the map works with no internet), `osm`,
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
  throw new Error(`WANGGE_BASEMAP "${value}" must be none, osm, tianditu or an https://…/{z}/{x}/{y} tile URL`);
}
