/**
 * An optional raster basemap under the app's own layers (none by default; OSM or 天地图 by
 * configuration). Only WGS84 web-mercator tile sets belong here: 天地图's `_w` sets are CGCS2000,
 * which matches WGS84 at map scale, while 高德/腾讯 (GCJ-02) and 百度 (BD-09) tiles are shifted by
 * hundreds of metres and would put every grid in the wrong street.
 */
export interface Basemap {
  /** what the server was configured with: a preset or a custom XYZ template */
  name: 'osm' | 'tianditu' | 'custom';
  /** drawn bottom up; 天地图 comes as a picture layer and a separate label layer */
  layers: { tiles: string[] }[];
  /** shown on the map: tile providers require it */
  attribution: string;
  maxzoom: number;
}
