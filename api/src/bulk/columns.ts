import { createHash } from 'node:crypto';
import { READ_ONLY_COLUMNS, ROW_FATES, columnsOf, type BulkKind, type PreviewRow, type RosterRemoval, type RowFate } from '@wangge/geodata';
import { badRequest } from '../http/errors.ts';
import type { Table } from './read-table.ts';

export interface KeyedRow {
  line: number;
  values: Record<string, string>;
}

const REQUIRED: Record<BulkKind, string[]> = {
  units: ['name', 'contactName', 'contactPhone'],
  rosters: ['gridCode', 'role', 'name', 'phone', 'from'],
};

/**
 * The table's rows by column key. A header is the export's (单位名称) or the key itself (name), in
 * any case; other columns are ignored, the export's read-only ones too. A missing column is
 * refused by name (bad_header), as is a column named twice.
 */
export function keyedRows(kind: BulkKind, table: Table): KeyedRow[] {
  const columns = columnsOf(kind);
  const byHeader = new Map<string, string>();
  for (const [key, label] of Object.entries(columns)) {
    byHeader.set(key.toLowerCase(), key);
    byHeader.set(label.toLowerCase(), key);
  }
  const keys = table.header.map((h) => byHeader.get(h.trim().toLowerCase()) ?? null);
  const twice = keys.find((k, i) => k !== null && keys.indexOf(k) !== i);
  if (twice) throw badRequest(`the column ${columns[twice]} (${twice}) appears twice in the header`, 'bad_header', { twice: columns[twice] });
  const missing = REQUIRED[kind].filter((k) => !keys.includes(k));
  if (missing.length) {
    throw badRequest(`the header lacks ${missing.map((k) => `${columns[k]} (${k})`).join(', ')}`, 'bad_header', { missing: missing.map((k) => columns[k]).join('、') });
  }
  const kept = Object.keys(columns).filter((k) => !READ_ONLY_COLUMNS.includes(k));
  return table.rows
    .map((r) => ({ line: r.line, values: Object.fromEntries(kept.map((k) => [k, keys.includes(k) ? (r.cells[keys.indexOf(k)] ?? '') : ''])) }))
    .filter((r) => Object.values(r.values).some((v) => v !== ''));
}

export function countFates(rows: PreviewRow[]): Record<RowFate, number> {
  const counts = Object.fromEntries(ROW_FATES.map((f) => [f, 0])) as Record<RowFate, number>;
  for (const r of rows) counts[r.fate]++;
  return counts;
}

/** What the preview showed, as a fingerprint: the apply must find the same, or the preview is stale. */
export function previewDigest(kind: BulkKind, rows: PreviewRow[], removals: RosterRemoval[]): string {
  return createHash('sha256').update(JSON.stringify({ kind, rows, removals })).digest('hex').slice(0, 32);
}
