/**
 * Bulk import and export of units and rosters as Excel (.xlsx) or CSV:
 * GET /api/units/export?format=xlsx|csv · POST /api/units/import?dryRun=1 (the preview) and
 * POST /api/units/import?digest=… (apply the previewed file); the same under /api/rosters.
 * The file goes as multipart/form-data in a field "file".
 */
export type BulkKind = 'units' | 'rosters';
export const BULK_KINDS: readonly BulkKind[] = ['units', 'rosters'];
export type BulkFormat = 'xlsx' | 'csv';
export const BULK_FORMATS: readonly BulkFormat[] = ['xlsx', 'csv'];

/** What applying the file would do to a row; `error` rows stop the whole import. */
export type RowFate = 'new' | 'changed' | 'unchanged' | 'error';
export const ROW_FATES: readonly RowFate[] = ['new', 'changed', 'unchanged', 'error'];

/**
 * Why a row cannot be imported. Codes: bad_field (missing or too long), bad_phone, bad_date,
 * bad_role, bad_period (ends before it starts), unknown_grid, unknown_unit, unit_retired,
 * unit_name_taken, duplicate_unit, duplicate_person, two_managers, period_mismatch (rows of one
 * period name different ends), overlapping_period.
 */
export interface RowProblem {
  code: string;
  /** the column (a key of the kind's columns) */
  field: string;
  message: string;
  /** figures for the UI to word: the value, the other line, the clashing period */
  details?: Record<string, string | number | null>;
}

export interface PreviewRow {
  /** the line of the file (the header is line 1) */
  line: number;
  fate: RowFate;
  /** the row's cells by column key, trimmed */
  values: Record<string, string>;
  problems: RowProblem[];
  /** a changed row: what it replaces, by column key */
  was: Record<string, string> | null;
}

/** A person the import takes out of a post: left out of a period the file restates, or an open period the file's new one ends. */
export interface RosterRemoval {
  gridCode: string;
  role: 'manager' | 'supervisor';
  name: string;
  phone: string;
  /** removed: no longer in that period at all; ended: the post ends on `on` */
  how: 'removed' | 'ended';
  on: string | null;
}

export interface ImportPreview {
  kind: BulkKind;
  /** the file's rows with content, in order */
  rows: PreviewRow[];
  counts: Record<RowFate, number>;
  /** rosters only: the people the import takes out of posts */
  removals: RosterRemoval[];
  /** send back to apply; a file or data changed since the preview is refused (stale_preview) */
  digest: string;
}

export interface ImportResult {
  kind: BulkKind;
  counts: Record<RowFate, number>;
}

/** The largest file taken, and the most rows: a county's units and rosters are hundreds, not tens of thousands. */
export const IMPORT_MAX_BYTES = 2_000_000;
export const IMPORT_MAX_ROWS = 5000;

/** Columns by key, each with the header the export writes; an import also takes the key itself as a header. */
export const UNIT_COLUMNS = { id: '编号', name: '单位名称', contactName: '联系人', contactPhone: '联系电话', grids: '责任网格（只读）' } as const;
export const ROSTER_COLUMNS = {
  gridCode: '网格编号',
  gridName: '网格名称（只读）',
  role: '岗位',
  name: '姓名',
  phone: '电话',
  from: '开始日期',
  to: '结束日期',
} as const;
/** Columns the export writes for reading only; an import ignores them. */
export const READ_ONLY_COLUMNS: readonly string[] = ['grids', 'gridName'];
/** The role cell: the export writes the Chinese word; the key is taken too. */
export const ROSTER_ROLE_WORDS = { manager: '网格管理员', supervisor: '监督员' } as const;

export function columnsOf(kind: BulkKind): Record<string, string> {
  return kind === 'units' ? UNIT_COLUMNS : ROSTER_COLUMNS;
}
