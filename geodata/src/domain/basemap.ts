/**
 * An optional basemap under the app's own layers: raster tiles (OSM, 天地图 or a custom XYZ
 * template) or a vector PMTiles archive the app serves itself (no internet needed; Dafang ships an
 * illustrative one). Only WGS84 web-mercator tile sets belong here: 天地图's `_w` sets are CGCS2000,
 * which matches WGS84 at map scale, while 高德/腾讯 (GCJ-02) and 百度 (BD-09) tiles are shifted by
 * hundreds of metres and would put every grid in the wrong street.
 */
export interface Basemap {
  /** what the server was configured with: a preset or a custom XYZ template */
  name: 'osm' | 'tianditu' | 'custom' | 'pmtiles';
  /** raster tile layers, drawn bottom up (天地图 comes as a picture layer and a separate label layer); none for a PMTiles basemap */
  layers: { tiles: string[] }[];
  /** a PMTiles basemap's archive of vector tiles, on the app's own origin (read with HTTP range requests) */
  archive?: string;
  /** shown on the map: tile providers require it */
  attribution: string;
  maxzoom: number;
}
