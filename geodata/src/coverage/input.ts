import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { FeatureId } from './types.ts';

/** properties.id, else feature.id, else the index (an id of 0 is an id). */
export function featureId(feature: { id?: unknown; properties?: unknown } | null | undefined, index: number): FeatureId {
  const p = feature?.properties as Record<string, unknown> | null | undefined;
  const own = p?.id;
  if (typeof own === 'string' || typeof own === 'number') return own;
  const fid = feature?.id;
  if (typeof fid === 'string' || typeof fid === 'number') return fid;
  return index;
}

export type PolygonCollection = FeatureCollection<Polygon | MultiPolygon>;

export type CoverageInput = { ok: true; fc: PolygonCollection } | { ok: false; message: string };

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * File-level check for the CLI and the API: can this text be used at all? Problems with a single
 * grid (a bowtie, an unclosed ring) are not refused here; checkCoverage reports them as defects.
 */
export function parseCoverageInput(text: string): CoverageInput {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { ok: false, message: `not JSON: ${(e as Error).message}` };
  }
  return checkCoverageInput(data);
}

export function checkCoverageInput(data: unknown): CoverageInput {
  if (!isObject(data)) return { ok: false, message: 'not a GeoJSON object' };
  if (data.type !== 'FeatureCollection') {
    return { ok: false, message: `not a FeatureCollection (type is ${JSON.stringify(data.type ?? null)})` };
  }
  if (!Array.isArray(data.features)) return { ok: false, message: 'FeatureCollection has no features array' };
  let positions = 0;
  let swapped = 0;
  for (let i = 0; i < data.features.length; i++) {
    const f: unknown = data.features[i];
    if (!isObject(f) || f.type !== 'Feature') return { ok: false, message: `feature ${i} is not a Feature` };
    const g = f.geometry;
    const id = featureId(f, i);
    if (!isObject(g)) return { ok: false, message: `feature ${i} (id ${id}) has no geometry` };
    if (g.type !== 'Polygon' && g.type !== 'MultiPolygon') {
      return { ok: false, message: `feature ${i} (id ${id}) is a ${String(g.type)}, not a Polygon or MultiPolygon` };
    }
    if (!Array.isArray(g.coordinates)) return { ok: false, message: `feature ${i} (id ${id}) has no coordinates` };
    const polys = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates) as unknown[];
    for (const poly of polys) {
      if (!Array.isArray(poly)) continue;
      for (const ring of poly) {
        if (!Array.isArray(ring)) continue;
        for (const p of ring) {
          if (!Array.isArray(p) || typeof p[0] !== 'number' || typeof p[1] !== 'number') continue;
          positions++;
          if (looksSwapped(p[0], p[1])) swapped++;
        }
      }
    }
  }
  if (positions > 0 && swapped === positions) {
    return {
      ok: false,
      message: 'every coordinate has latitude and longitude swapped: GeoJSON positions are [longitude, latitude]',
    };
  }
  return { ok: true, fc: data as unknown as PolygonCollection };
}

/** [lon, lat] that is impossible as given but valid as [lat, lon] */
export function looksSwapped(lon: number, lat: number): boolean {
  return Math.abs(lon) <= 90 && Math.abs(lat) > 90 && Math.abs(lat) <= 180;
}
