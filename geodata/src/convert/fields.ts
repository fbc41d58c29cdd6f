/**
 * Grid properties in formats that only hold flat text: the names the app uses, their Shapefile
 * (DBF) column names — ten characters at most — and which ones are lists. Lists are written
 * joined by LIST_SEPARATOR and split again on reading, so unit lists survive a round trip.
 */
export const LIST_SEPARATOR = ';';

export interface FieldSpec {
  key: string;
  dbf: string;
  list?: boolean;
}

export const GRID_FIELDS: readonly FieldSpec[] = Object.freeze([
  { key: 'id', dbf: 'id' },
  { key: 'code', dbf: 'code' },
  { key: 'name', dbf: 'name' },
  { key: 'communityId', dbf: 'community' },
  { key: 'communityName', dbf: 'comm_name' },
  { key: 'streetOfficeId', dbf: 'office' },
  { key: 'streetOfficeName', dbf: 'office_nam' },
  { key: 'areaId', dbf: 'area' },
  { key: 'areaName', dbf: 'area_name' },
  { key: 'units', dbf: 'units', list: true },
  { key: 'unitIds', dbf: 'unit_ids', list: true },
  { key: 'unitNames', dbf: 'unit_names', list: true },
  { key: 'version', dbf: 'version' },
]);

const byKey = new Map(GRID_FIELDS.map((f) => [f.key, f]));
const byDbf = new Map(GRID_FIELDS.map((f) => [f.dbf.toLowerCase(), f]));

export function isListField(key: string): boolean {
  return byKey.get(key)?.list === true;
}

/** The property a column name stands for (known columns case-insensitively, others as they are). */
export function keyForColumn(column: string): string {
  return byDbf.get(column.toLowerCase())?.key ?? column;
}

/** A value as flat text: lists joined, objects as JSON, null/undefined as null. */
export function flatText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.map((v) => (typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v))).join(LIST_SEPARATOR);
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/**
 * Text read back: lists split (an empty text is an empty list; a JSON array, as mapshaper writes
 * lists into KML, is read as one), other text as it is.
 */
export function fromText(key: string, text: string): unknown {
  if (!isListField(key)) return text;
  if (text.startsWith('[')) {
    try {
      const list: unknown = JSON.parse(text);
      if (Array.isArray(list)) return list.map((v) => (typeof v === 'string' ? v : JSON.stringify(v)));
    } catch {
      // not JSON after all: a list whose first item starts with '['
    }
  }
  return text === '' ? [] : text.split(LIST_SEPARATOR);
}

/**
 * Column names for a set of property keys: known keys by the table, others cut to ten ASCII
 * characters and made unique with a number.
 */
export function dbfColumns(keys: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  const used = new Set<string>();
  for (const key of keys) {
    let name = byKey.get(key)?.dbf ?? (key.replace(/[^A-Za-z0-9_]/g, '_').slice(0, 10) || 'field');
    for (let n = 1; used.has(name.toLowerCase()); n++) name = `${name.slice(0, 10 - String(n).length)}${n}`;
    used.add(name.toLowerCase());
    out.set(key, name);
  }
  return out;
}
