import type { BulkKind, PreviewRow, RosterRemoval, RowProblem } from '@wangge/geodata';
import type { T } from '../i18n/lang.ts';
import type { MessageKey } from '../i18n/zh.ts';

const COLUMNS = ['id', 'name', 'contactName', 'contactPhone', 'gridCode', 'role', 'phone', 'from', 'to'] as const;
type Column = (typeof COLUMNS)[number];
const isColumn = (f: string): f is Column => (COLUMNS as readonly string[]).includes(f);

const WORDED = new Set([
  'bad_field',
  'bad_phone',
  'bad_date',
  'bad_role',
  'bad_period',
  'unknown_grid',
  'unknown_unit',
  'unit_retired',
  'unit_name_taken',
  'duplicate_unit',
  'duplicate_person',
  'two_managers',
  'period_mismatch',
]);

/** A column's name as the preview's header says it: a unit's name is the unit's, a roster's a person's. */
export function columnLabel(t: T, kind: BulkKind, field: string): string {
  if (kind === 'units' && field === 'name') return t('bulk.column.unitName');
  return isColumn(field) ? t(`bulk.column.${field}`) : field;
}

/** A row's problem in the user's language, from its code and figures; an unknown code keeps the server's English. */
export function problemText(t: T, kind: BulkKind, p: RowProblem): string {
  const d = p.details ?? {};
  const params: Record<string, string | number> = {
    column: columnLabel(t, kind, p.field),
    value: d.value ?? '',
    line: d.line ?? '',
    name: d.name ?? '',
    from: d.from ?? t('bulk.since'),
    to: d.to ?? t('bulk.openEnd'),
  };
  if (p.code === 'overlapping_period') return t(d.line !== undefined ? 'bulk.problem.overlapping_period.line' : 'bulk.problem.overlapping_period.stored', params);
  if (WORDED.has(p.code)) return t(`bulk.problem.${p.code}` as MessageKey, params);
  return p.message;
}

/** What a changed row replaces, as one line of its old cells. */
export function wasText(row: PreviewRow): string | null {
  if (!row.was) return null;
  return Object.entries(row.was)
    .filter(([k, v]) => k !== 'id' && v !== '')
    .map(([, v]) => v)
    .join(' · ');
}

export function removalText(t: T, r: RosterRemoval): string {
  return t(`bulk.removal.${r.how}`, { grid: r.gridCode, role: t(`bulk.role.${r.role}`), name: r.name, on: r.on ?? t('bulk.since') });
}
