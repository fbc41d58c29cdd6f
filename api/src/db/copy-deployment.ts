import { createHash } from 'node:crypto';
import { asc, count, getTableColumns, getTableName, gt, is, sql, Table, type Column } from 'drizzle-orm';
import { getTableConfig as pgTableConfig, type PgTable } from 'drizzle-orm/pg-core';
import { getTableConfig as sqliteTableConfig, type SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Q, Store } from './store.ts';

/** One table as the copy sees it: its drizzle key in `store.t`, SQL name, key columns and parents. */
export interface TableInfo {
  key: string;
  name: string;
  /** the primary key's property names, in order */
  pk: string[];
  /** an auto-numbered id (its sequence is moved past the copied ids on PostgreSQL) */
  serial: string | null;
  /** the tables this one's foreign keys point at (by key), itself excluded */
  parents: string[];
  /** each foreign key: its column, the table (by key) and the column it points at (property names) */
  refs: { column: string; parent: string; parentColumn: string }[];
}

export interface TableCopy {
  table: string;
  rows: number;
  /** sha256 over the table's rows as the services read them, the same on both sides or the copy is undone */
  checksum: string;
}

/** The target already holds a deployment: copying into it would mix two. */
export class TargetNotEmptyError extends Error {
  constructor(readonly tables: { table: string; rows: number }[]) {
    super(`the target database is not empty (${tables.map((t) => `${t.table}: ${t.rows} rows`).join(', ')}): copy into a new database`);
  }
}

/** A table read back from the target differs from the source: nothing was kept. */
export class CopyMismatchError extends Error {}

export type AnyTable = SQLiteTable;

/** A table of the store by its key in `store.t`. */
export function tableOf(q: Q, key: string): AnyTable {
  return (q.t as unknown as Record<string, AnyTable>)[key]!;
}

export function tableConfig(dialect: Q['dialect'], table: AnyTable) {
  return dialect === 'postgres' ? pgTableConfig(table as unknown as PgTable) : sqliteTableConfig(table);
}

/** The store's tables in an order where every parent comes before the tables that point at it. */
export function tablesInOrder(store: Q): TableInfo[] {
  const entries = (Object.entries(store.t) as [string, unknown][]).filter((e): e is [string, AnyTable] => is(e[1], Table));
  const keyOf = new Map(entries.map(([key, table]) => [getTableName(table), key]));
  const infos = new Map<string, TableInfo>();
  for (const [key, table] of entries) {
    const config = tableConfig(store.dialect, table);
    const columns = getTableColumns(table) as Record<string, Column>;
    const propOf = (c: { name: string }) => Object.keys(columns).find((p) => columns[p]!.name === c.name)!;
    const composite = config.primaryKeys[0]?.columns.map(propOf);
    const single = Object.keys(columns).filter((p) => columns[p]!.primary);
    // the kit's serial is our only one-column integer primary key
    const serial = single.length === 1 && columns[single[0]!]!.dataType === 'number' ? single[0]! : null;
    const refs = config.foreignKeys.map((fk) => {
      const r = fk.reference();
      const parent = keyOf.get(getTableName(r.foreignTable))!;
      const parentColumns = getTableColumns(r.foreignTable) as Record<string, Column>;
      const parentColumn = Object.keys(parentColumns).find((p) => parentColumns[p]!.name === r.foreignColumns[0]!.name)!;
      return { column: propOf(r.columns[0]!), parent, parentColumn };
    });
    const parents = new Set(refs.map((r) => r.parent));
    parents.delete(key);
    infos.set(key, { key, name: getTableName(table), pk: composite ?? single, serial, parents: [...parents], refs });
  }
  const ordered: TableInfo[] = [];
  const placed = new Set<string>();
  const place = (key: string, path: string[]) => {
    if (placed.has(key)) return;
    if (path.includes(key)) throw new Error(`foreign keys form a cycle: ${[...path, key].join(' → ')}`);
    for (const parent of infos.get(key)!.parents) place(parent, [...path, key]);
    placed.add(key);
    ordered.push(infos.get(key)!);
  };
  for (const key of infos.keys()) place(key, []);
  return ordered;
}

const PAGE = 2000;

/** A table's rows, a page at a time in primary-key order (by key for a one-column key, else by offset). */
export async function* pages(q: Q, info: TableInfo): AsyncGenerator<Record<string, unknown>[]> {
  const table = (q.t as unknown as Record<string, AnyTable>)[info.key]!;
  const columns = getTableColumns(table) as Record<string, Column>;
  const order = info.pk.map((p) => asc(columns[p]!));
  const keyed = info.pk.length === 1 ? columns[info.pk[0]!]! : null;
  let last: unknown = undefined;
  for (let offset = 0; ; offset += PAGE) {
    const base = q.db.select().from(table);
    const page = (keyed
      ? await (last === undefined ? base : base.where(gt(keyed, last))).orderBy(...order).limit(PAGE)
      : await base.orderBy(...order).limit(PAGE).offset(offset)) as Record<string, unknown>[];
    if (page.length === 0) return;
    yield page;
    if (keyed) last = page[page.length - 1]![info.pk[0]!];
    if (page.length < PAGE) return;
  }
}

/** A value in one spelling whatever the backend: JSON objects with their keys sorted (jsonb reorders them). */
export function canonical(value: unknown): unknown {
  if (value === undefined) return null;
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') return Object.fromEntries(Object.keys(value).sort().map((k) => [k, canonical((value as Record<string, unknown>)[k])]));
  return value;
}

/** Collects rows into one checksum: each row hashed, the hashes sorted (so the backends' orders of text keys do not matter), hashed again. */
export class RowsChecksum {
  private readonly hashes: string[] = [];
  add(row: Record<string, unknown>): void {
    this.hashes.push(createHash('sha256').update(JSON.stringify(canonical(row))).digest('hex'));
  }
  result(): { rows: number; checksum: string } {
    this.hashes.sort();
    const all = createHash('sha256');
    for (const h of this.hashes) all.update(h);
    return { rows: this.hashes.length, checksum: all.digest('hex') };
  }
}

async function checksum(q: Q, info: TableInfo): Promise<{ rows: number; checksum: string }> {
  const sum = new RowsChecksum();
  for await (const page of pages(q, info)) for (const row of page) sum.add(row);
  return sum.result();
}

export async function rowCount(q: Q, info: TableInfo): Promise<number> {
  const table = (q.t as unknown as Record<string, AnyTable>)[info.key]!;
  const [row] = await q.db.select({ n: count() }).from(table);
  return Number(row?.n ?? 0);
}

/** The largest number of bound values one INSERT may carry on either backend, with room to spare. */
export const MAX_PARAMS = 30_000;

/**
 * Copies every row of every table from one deployment into an empty one (normally a SQLite file
 * into PostgreSQL), in one transaction of the target read from one snapshot of the source. Before
 * committing, each table is read back through the services' own column mapping and compared with
 * the source by row count and checksum; any difference undoes the whole copy.
 */
export async function copyDeployment(from: Store, to: Store, onTable: (copy: TableCopy) => void = () => {}): Promise<TableCopy[]> {
  const order = tablesInOrder(from);
  const full = await Promise.all(order.map(async (info) => ({ table: info.name, rows: await rowCount(to, info) })));
  const occupied = full.filter((t) => t.rows > 0);
  if (occupied.length) throw new TargetNotEmptyError(occupied);
  return from.tx(
    (src) =>
      to.tx(async (dst) => {
        const copied: TableCopy[] = [];
        for (const info of order) {
          const target = (dst.t as unknown as Record<string, AnyTable>)[info.key]!;
          const per = Math.max(1, Math.floor(MAX_PARAMS / Object.keys(getTableColumns(target)).length));
          const sent = new RowsChecksum();
          for await (const page of pages(src, info)) {
            for (let i = 0; i < page.length; i += per) await dst.db.insert(target).values(page.slice(i, i + per) as never);
            for (const row of page) sent.add(row);
          }
          if (info.serial && dst.dialect === 'postgres') await moveSequence(dst, info);
          const before = sent.result();
          const after = await checksum(dst, info);
          if (before.rows !== after.rows || before.checksum !== after.checksum) {
            throw new CopyMismatchError(`table ${info.name} differs after the copy (source ${before.rows} rows, ${before.checksum.slice(0, 12)}; target ${after.rows} rows, ${after.checksum.slice(0, 12)}): nothing was kept`);
          }
          const copy = { table: info.name, rows: before.rows, checksum: before.checksum };
          copied.push(copy);
          onTable(copy);
        }
        return copied;
      }),
    { readOnly: true },
  );
}

/** The next auto-numbered id after the copied ones, so new rows do not collide with them. */
export async function moveSequence(q: Q, info: TableInfo): Promise<void> {
  const table = (q.t as unknown as Record<string, AnyTable>)[info.key]!;
  const column = (getTableColumns(table) as Record<string, Column>)[info.serial!]!;
  // an aggregate answers one row even for an empty table, so the sequence is always set
  await q.db.select({ next: sql`setval(pg_get_serial_sequence(${info.name}, ${column.name}), coalesce(max(${column}), 0) + 1, false)` }).from(table);
}
