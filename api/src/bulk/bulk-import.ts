import type { BulkKind, ImportPreview, ImportResult } from '@wangge/geodata';
import type { Q, Store } from '../db/store.ts';
import { uniqueViolation } from '../db/unique-violation.ts';
import { badRequest, conflict } from '../http/errors.ts';
import { keyedRows, type KeyedRow } from './columns.ts';
import { readTable } from './read-table.ts';
import { previewRosters, writeRosters } from './rosters-import.ts';
import { previewUnits, writeUnits } from './units-import.ts';

export interface UploadedFile {
  name: string;
  bytes: Uint8Array;
}

const rowsOf = async (kind: BulkKind, file: UploadedFile) => keyedRows(kind, await readTable(file.name, file.bytes));

function plan(q: Q, kind: BulkKind, keyed: KeyedRow[]) {
  return kind === 'units' ? planUnits(q, keyed) : planRosters(q, keyed);
}

async function planUnits(q: Q, keyed: KeyedRow[]) {
  const { preview, writes } = await previewUnits(q, keyed);
  return { preview, write: (tx: Q, by: string, now: number) => writeUnits(tx, writes, by, now) };
}

async function planRosters(q: Q, keyed: KeyedRow[]) {
  const { preview, writes } = await previewRosters(q, keyed);
  return { preview, write: (tx: Q, by: string, now: number) => writeRosters(tx, writes, by, now) };
}

/** POST /api/{units,rosters}/import?dryRun=1: every row's fate and problems; nothing is written. */
export async function previewImport(store: Store, kind: BulkKind, file: UploadedFile): Promise<ImportPreview> {
  return (await plan(store, kind, await rowsOf(kind, file))).preview;
}

/**
 * POST /api/{units,rosters}/import?digest=: the previewed file, in one transaction. The preview is
 * worked out again inside it; one that differs from what was shown (the file or the data changed
 * since) is refused as stale_preview, and a file with any error row is refused whole.
 */
export async function applyImport(store: Store, kind: BulkKind, file: UploadedFile, digest: string, by: string, now: number): Promise<ImportResult> {
  const keyed = await rowsOf(kind, file);
  try {
    return await store.tx(async (tx) => {
      const { preview, write } = await plan(tx, kind, keyed);
      if (preview.digest !== digest) throw conflict('the file or the data changed since the preview: preview it again', 'stale_preview');
      if (preview.counts.error > 0) throw badRequest(`${preview.counts.error} rows have errors: fix them and preview again`, 'import_has_errors', { errors: preview.counts.error });
      await write(tx, by, now);
      return { kind, counts: preview.counts };
    });
  } catch (err) {
    if (uniqueViolation(err)) throw conflict('another change took a unit name this import sets: preview it again', 'stale_preview');
    throw err;
  }
}
