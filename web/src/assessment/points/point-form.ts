import type { AssessmentKind, AssessmentPointFeature, AssessmentPointInput } from '@wangge/geodata';

export interface PointDraft {
  kind: AssessmentKind;
  name: string;
  /** a point's coordinates as typed; '' for a polygon (its outline is not edited here) */
  lon: string;
  lat: string;
}

const DECIMALS = 6;

export function draftOf(f: AssessmentPointFeature): PointDraft {
  const g = f.geometry;
  const [lon, lat] = g.type === 'Point' ? g.coordinates.map((v) => v.toFixed(DECIMALS)) : ['', ''];
  return { kind: f.properties.kind, name: f.properties.name, lon, lat };
}

/** The request a draft makes, or what is wrong with it (a message key): a name, and a point's numbers in range. */
export function inputOf(f: AssessmentPointFeature, d: PointDraft): { ok: true; input: AssessmentPointInput } | { ok: false; problem: 'noName' | 'badLonLat' } {
  const name = d.name.trim();
  if (!name) return { ok: false, problem: 'noName' };
  if (f.geometry.type !== 'Point') return { ok: true, input: { kind: d.kind, name, geometry: f.geometry } };
  const lon = Number(d.lon);
  const lat = Number(d.lat);
  if (d.lon.trim() === '' || d.lat.trim() === '' || !Number.isFinite(lon) || !Number.isFinite(lat) || Math.abs(lon) > 180 || Math.abs(lat) > 90) return { ok: false, problem: 'badLonLat' };
  return { ok: true, input: { kind: d.kind, name, geometry: { type: 'Point', coordinates: [lon, lat] } } };
}
