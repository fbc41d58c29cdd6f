/** The part of shpjs (no types of its own) that the tests use to read our Shapefiles independently. */
declare module 'shpjs' {
  import type { FeatureCollection, Geometry } from 'geojson';

  type Layer = FeatureCollection<Geometry, Record<string, unknown>> & { fileName: string };
  export function parseZip(zip: ArrayBuffer | Uint8Array): Promise<Layer | Layer[]>;
}
