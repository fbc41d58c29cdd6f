import { and, eq } from 'drizzle-orm';
import { checkCoverage, geometryBBox, type CoverageReport } from '@wangge/geodata';
import type { MultiPolygon, Polygon } from 'geojson';
import type { Db } from '../db/client.ts';
import * as t from '../db/schema.ts';
import { HttpError, badRequest, conflict, notFound } from '../http/errors.ts';
import { audit } from './audit.ts';
import { coverageOf, storedGridShapes } from './coverage.ts';

export interface GridChange {
  id: string;
  geometry: unknown;
  /** the version the edit is based on */
  version: unknown;
}

const defectArea = (r: CoverageReport) => r.summary.overlapAreaM2 + r.summary.gapAreaM2 + r.summary.outsideAreaM2;

/** A geometry a grid may take: a valid Polygon or MultiPolygon, or a 400 naming what is wrong. */
export function validGridGeometry(id: string, geometry: unknown): Polygon | MultiPolygon {
  const g = geometry as { type?: unknown; coordinates?: unknown } | null;
  if (!g || typeof g !== 'object' || (g.type !== 'Polygon' && g.type !== 'MultiPolygon') || !Array.isArray(g.coordinates)) {
    throw badRequest(`grid ${id}: geometry must be a GeoJSON Polygon or MultiPolygon`, 'bad_geometry');
  }
  const report = checkCoverage({ type: 'FeatureCollection', features: [{ type: 'Feature', id, properties: { id }, geometry: g as Polygon }] });
  const bad = report.invalid[0];
  if (bad) throw badRequest(`grid ${id}: invalid geometry (${bad.reason}${bad.at ? ` at ${bad.at.join(', ')}` : ''})`, 'bad_geometry');
  return g as Polygon | MultiPolygon;
}

/**
 * Saves new geometries for grids in one transaction. Each change must name the version it was
 * based on (409 when another save came first). The coverage is re-checked: a change that adds
 * gaps, overlaps or spill-over is refused (422) unless the planner confirms it.
 */
export function saveGridGeometries(db: Db, changes: GridChange[], userId: string, now: number, confirmWorse: boolean) {
  if (changes.length === 0) throw badRequest('no grid changes given', 'bad_field');
  const seen = new Set<string>();
  const checked = changes.map((c) => {
    if (typeof c.id !== 'string' || c.id === '') throw badRequest('each change needs a grid id', 'bad_field');
    if (seen.has(c.id)) throw badRequest(`grid ${c.id} is changed twice in one save`, 'bad_field');
    seen.add(c.id);
    if (typeof c.version !== 'number' || !Number.isInteger(c.version)) throw badRequest(`grid ${c.id}: version must be the whole number the edit is based on`, 'bad_field');
    const row = db.select().from(t.grids).where(and(eq(t.grids.id, c.id), t.activeGrid)).get();
    if (!row) throw notFound(`grid "${c.id}" does not exist (or was retired)`);
    if (row.version !== c.version) throw conflict(`grid ${row.code} was saved by someone else (version ${row.version}, your edit is based on ${c.version}); reload, then re-apply your drawing`);
    return { row, geometry: validGridGeometry(c.id, c.geometry) };
  });
  const current = storedGridShapes(db);
  const before = coverageOf(db, current);
  const replaced = new Map(checked.map((c) => [c.row.id, c.geometry]));
  const after = coverageOf(db, current.map((g) => ({ ...g, geometry: replaced.get(g.id) ?? g.geometry })));
  const worse = after.summary.invalidCount > before.summary.invalidCount || defectArea(after) > defectArea(before) + 1;
  if (worse && !confirmWorse) {
    const s = after.summary;
    throw new HttpError(
      422,
      'coverage_worse',
      `this change leaves ${s.gapCount} gap(s) of ${s.gapAreaM2.toFixed(1)} m², ${s.overlapCount} overlap(s) of ${s.overlapAreaM2.toFixed(1)} m² and ${s.outsideCount} spill-over(s) of ${s.outsideAreaM2.toFixed(1)} m² (before: ${defectArea(before).toFixed(1)} m² in all); confirm to save anyway`,
    );
  }
  const saved = db.transaction((tx) =>
    checked.map(({ row, geometry }) => {
      const [minLon, minLat, maxLon, maxLat] = geometryBBox(geometry);
      const next = tx
        .update(t.grids)
        .set({ geometry: JSON.stringify(geometry), minLon, minLat, maxLon, maxLat, version: row.version + 1, updatedAt: now })
        .where(eq(t.grids.id, row.id))
        .returning()
        .get();
      audit(tx as unknown as Db, { at: now, userId, entity: 'grid', entityId: row.id, action: 'reshape', before: { version: row.version, geometry: JSON.parse(row.geometry) }, after: { version: next.version, geometry } });
      return next;
    }),
  );
  return { saved, coverage: after.summary };
}
