import { convertCollection, ConvertError, converterFor, CRS, type ConvertErrorCode, type Crs, type PolygonFeatures } from '@wangge/geodata';
import type { EditGrid } from '../types.ts';
import { detectCrs, type Detected } from './detect-crs.ts';

/** What the browser will read: a county's grids are a few hundred kB; 20 MB is a mistake. */
export const IMPORT_MAX_BYTES = 20 * 1024 * 1024;
export const IMPORT_MAX_GRIDS = 2000;

export const IMPORT_ERRORS = { unknownFormat: 'unknown-format', tooMany: 'too-many' } as const;
export type ImportErrorCode = ConvertErrorCode | (typeof IMPORT_ERRORS)[keyof typeof IMPORT_ERRORS];

/** The coordinate system the planner chose, or "auto": detect it against the stored grids. */
export type CrsChoice = Crs | 'auto';

export type ImportRead =
  | { ok: true; fc: PolygonFeatures; format: string; crs: Crs; detected: Detected | null }
  | { ok: false; code: ImportErrorCode; message: string };

/**
 * A file's polygons in WGS84, or why it cannot be imported. The format comes from the name (else
 * the first bytes); with "auto" the coordinate system is the one that fits the stored grids
 * (WGS84 when nothing fits).
 */
export function readImport(fileName: string, bytes: Uint8Array, choice: CrsChoice, stored: readonly EditGrid[]): ImportRead {
  const converter = converterFor(fileName, bytes);
  if (!converter) return { ok: false, code: IMPORT_ERRORS.unknownFormat, message: fileName };
  let fc: PolygonFeatures;
  try {
    fc = converter.read(bytes, { maxBytes: IMPORT_MAX_BYTES });
  } catch (err) {
    if (err instanceof ConvertError) return { ok: false, code: err.code, message: err.message };
    return { ok: false, code: 'malformed', message: err instanceof Error ? err.message : String(err) };
  }
  if (fc.features.length > IMPORT_MAX_GRIDS) return { ok: false, code: IMPORT_ERRORS.tooMany, message: String(fc.features.length) };
  const detected = choice === 'auto' ? detectCrs(fc, stored) : null;
  const crs = choice === 'auto' ? (detected?.crs ?? CRS.wgs84) : choice;
  return { ok: true, fc: crs === CRS.wgs84 ? fc : convertCollection(fc, crs, CRS.wgs84), format: converter.label, crs, detected };
}
