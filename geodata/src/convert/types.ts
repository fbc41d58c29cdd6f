import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';

export type PolygonFeatures = FeatureCollection<Polygon | MultiPolygon>;

export interface ReadOptions {
  /** refuse input larger than this many bytes, and zips that unpack to more (default 50 MB) */
  maxBytes?: number;
}

export interface WriteOptions {
  /** the layer's name: KML document name, Shapefile file names inside the zip (default "grids") */
  name?: string;
}

/** One file format, as every converter has it: the same shape for every format (docs/FORMATS.md). */
export interface Converter {
  readonly label: string;
  /** lower-case, with the dot: ".kml" */
  readonly extensions: readonly string[];
  readonly mimeType: string;
  read(bytes: Uint8Array, options?: ReadOptions): PolygonFeatures;
  write(fc: PolygonFeatures, options?: WriteOptions): Uint8Array;
}

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

export const CONVERT_ERRORS = {
  tooLarge: 'too-large',
  malformed: 'malformed',
  notPolygon: 'not-polygon',
  unsupportedCrs: 'unsupported-crs',
  empty: 'empty',
} as const;
export type ConvertErrorCode = (typeof CONVERT_ERRORS)[keyof typeof CONVERT_ERRORS];

/** A file that cannot be imported; the message names the problem for the planner. */
export class ConvertError extends Error {
  readonly code: ConvertErrorCode;

  constructor(code: ConvertErrorCode, message: string) {
    super(message);
    this.name = 'ConvertError';
    this.code = code;
  }
}

export function checkSize(bytes: Uint8Array, options: ReadOptions | undefined, what: string): number {
  const max = options?.maxBytes ?? DEFAULT_MAX_BYTES;
  if (!(bytes instanceof Uint8Array)) throw new ConvertError(CONVERT_ERRORS.malformed, `${what}: expected the file's bytes`);
  if (bytes.length > max) {
    throw new ConvertError(CONVERT_ERRORS.tooLarge, `${what} is ${megabytes(bytes.length)}, over the ${megabytes(max)} limit`);
  }
  if (bytes.length === 0) throw new ConvertError(CONVERT_ERRORS.empty, `${what} is empty`);
  return max;
}

export function megabytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${n} bytes`;
}

/** UTF-8 text of a file, byte-order mark dropped; invalid UTF-8 is a malformed file. */
export function utf8(bytes: Uint8Array, what: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new ConvertError(CONVERT_ERRORS.malformed, `${what} is not UTF-8 text`);
  }
}
