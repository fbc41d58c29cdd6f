/**
 * Field-by-field reading of untrusted JSON, collecting every problem with the place it was found
 * (`grids.geojson: feature 3 (G4): code …`) instead of stopping at the first, so a county's data
 * team can fix a file in one pass.
 */
export class Problems {
  readonly errors: string[] = [];
  readonly warnings: string[] = [];

  error(where: string, message: string): void {
    this.errors.push(`${where}: ${message}`);
  }

  warn(where: string, message: string): void {
    this.warnings.push(`${where}: ${message}`);
  }
}

export type Json = Record<string, unknown>;

export function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A non-empty string field, or an error naming it. */
export function text(p: Problems, where: string, obj: Json, key: string): string {
  const v = obj[key];
  if (typeof v === 'string' && v.trim() !== '') return v;
  p.error(where, `${key} must be a non-empty string (got ${JSON.stringify(v ?? null)})`);
  return '';
}

/** A string of digits; `length` when the code scheme fixes it. */
export function digits(p: Problems, where: string, obj: Json, key: string, length?: number): string {
  const v = text(p, where, obj, key);
  if (v === '') return v;
  if (!/^\d+$/.test(v) || (length !== undefined && v.length !== length)) {
    p.error(where, `${key} "${v}" must be ${length ?? 'some'} digits`);
  }
  return v;
}

export function flag(p: Problems, where: string, obj: Json, key: string, fallback: boolean): boolean {
  const v = obj[key];
  if (v === undefined) return fallback;
  if (typeof v === 'boolean') return v;
  p.error(where, `${key} must be true or false (got ${JSON.stringify(v)})`);
  return fallback;
}

export function list(p: Problems, where: string, obj: Json, key: string): unknown[] {
  const v = obj[key];
  if (Array.isArray(v)) return v;
  p.error(where, `${key} must be a list`);
  return [];
}

/** Each id (or code) once: a second use is an error naming both places. */
export function uniqueIds(p: Problems, file: string, items: { id: string; where: string }[], what = 'id'): Set<string> {
  const seen = new Map<string, string>();
  for (const { id, where } of items) {
    if (id === '') continue;
    const first = seen.get(id);
    if (first) p.error(`${file}: ${where}`, `${what} "${id}" is used already by ${first}`);
    else seen.set(id, where);
  }
  return new Set(seen.keys());
}
