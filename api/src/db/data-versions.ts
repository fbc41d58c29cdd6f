import { rawRows } from './query.ts';
import type { Q } from './store.ts';

/**
 * Data versions: a number per county (scope = its id) and one for what every county reads
 * (scope '*'), raised by triggers on every write to the rows a week's status is worked out from,
 * inside the writing transaction. A process that kept something worked out under a version knows it
 * still holds while the database answers the same version, whichever process or tool wrote since.
 * Kept outside the drizzle schema (like PostGIS's columns): no copy or count of the domain tables
 * sees it. Created by each store when it opens; every statement does nothing once done.
 */

/** Tables whose rows name a county: a write raises that county's version (a row with none raises '*'). A week's figures read them all (the places by name). */
const BY_COUNTY = ['weekly_reports', 'grids', 'units', 'county_settings', 'week_closures', 'street_offices', 'communities', 'areas'] as const;
/** Tables read by every county's status: a write raises '*'. */
const SHARED = ['grid_versions', 'grid_units', 'exempt_weeks', 'counties'] as const;

const TABLE = `CREATE TABLE IF NOT EXISTS "data_versions" ("scope" text PRIMARY KEY, "version" bigint NOT NULL)`;
const raise = (scope: string) => `INSERT INTO "data_versions" VALUES (${scope}, 1) ON CONFLICT ("scope") DO UPDATE SET "version" = "data_versions"."version" + 1`;

/** The table and its triggers on SQLite (row triggers only there). */
export function sqliteDataVersionsSql(): string {
  const statements = [TABLE];
  for (const table of [...BY_COUNTY, ...SHARED]) {
    const county = (BY_COUNTY as readonly string[]).includes(table);
    for (const [event, row] of [['INSERT', 'NEW'], ['UPDATE', 'NEW'], ['DELETE', 'OLD']] as const) {
      const body = !county ? raise(`'*'`) : event === 'UPDATE' ? `${raise(`coalesce(OLD."county_id", '*')`)}; ${raise(`coalesce(NEW."county_id", '*')`)}` : raise(`coalesce(${row}."county_id", '*')`);
      statements.push(`CREATE TRIGGER IF NOT EXISTS "${table}_version_${event.toLowerCase()}" AFTER ${event} ON "${table}" BEGIN ${body}; END`);
    }
  }
  return statements.map((s) => `${s};`).join('\n');
}

/**
 * The table, its trigger functions and triggers on PostgreSQL: one raise per statement, from its
 * transition tables (a row trigger raising one row thousands of times in a bulk load's transaction
 * slows with each raise, as every update walks the row's versions left by the ones before).
 */
export function pgDataVersionsSql(): string {
  const fromRows = (rows: string) => `INSERT INTO "data_versions" SELECT DISTINCT coalesce("county_id", '*'), 1 FROM ${rows} ON CONFLICT ("scope") DO UPDATE SET "version" = "data_versions"."version" + 1`;
  const fn = (name: string, body: string) => `CREATE OR REPLACE FUNCTION "${name}"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  ${body};
  RETURN NULL;
END
$$`;
  const statements = [
    TABLE,
    fn('raise_data_version', raise(`'*'`)),
    fn('raise_data_version_new', fromRows('"new_rows"')),
    fn('raise_data_version_old', fromRows('"old_rows"')),
    fn('raise_data_version_both', `${fromRows('(SELECT "county_id" FROM "old_rows" UNION SELECT "county_id" FROM "new_rows") AS "both"')}`),
  ];
  const trigger = (name: string, table: string, event: string, rows: string, fnName: string) =>
    `CREATE OR REPLACE TRIGGER "${name}" AFTER ${event} ON "${table}"${rows ? ` REFERENCING ${rows}` : ''} FOR EACH STATEMENT EXECUTE FUNCTION "${fnName}"()`;
  for (const table of BY_COUNTY) {
    statements.push(trigger(`${table}_insert_version`, table, 'INSERT', 'NEW TABLE AS "new_rows"', 'raise_data_version_new'));
    statements.push(trigger(`${table}_update_version`, table, 'UPDATE', 'OLD TABLE AS "old_rows" NEW TABLE AS "new_rows"', 'raise_data_version_both'));
    statements.push(trigger(`${table}_delete_version`, table, 'DELETE', 'OLD TABLE AS "old_rows"', 'raise_data_version_old'));
    statements.push(trigger(`${table}_truncate_version`, table, 'TRUNCATE', '', 'raise_data_version'));
  }
  for (const table of SHARED) statements.push(trigger(`${table}_version`, table, 'INSERT OR UPDATE OR DELETE OR TRUNCATE', '', 'raise_data_version'));
  return statements.map((s) => `${s};`).join('\n');
}

async function versionRows(q: Q, scopes: readonly string[] | null): Promise<{ scope: string; version: number | string }[]> {
  const where = scopes === null ? '' : ` where scope in (${scopes.map((_, i) => (q.dialect === 'sqlite' ? '?' : `$${i + 1}`)).join(', ')})`;
  // the table is outside the drizzle schema: the text goes to the driver as written
  const query = { toSQL: () => ({ sql: `select scope, version from data_versions${where} order by scope`, params: [...(scopes ?? [])] }) };
  return (await rawRows<[string, number | string]>(q, query)).map(([scope, version]) => ({ scope, version }));
}

/** The county's version and the shared one, as one key (no county: the shared one alone). */
export async function dataVersion(q: Q, countyId: string | null): Promise<string> {
  const rows = await versionRows(q, [countyId ?? '*', '*']);
  const of = (scope: string) => String(rows.find((r) => r.scope === scope)?.version ?? 0);
  return `${of(countyId ?? '*')}/${of('*')}`;
}

/** Every scope's version, as one key: it changes with any write a week's status reads, in any county. */
export async function allDataVersions(q: Q): Promise<string> {
  return (await versionRows(q, null)).map((r) => `${r.scope}:${r.version}`).join(',');
}

/**
 * Whether something worked out through `q` may be kept under the version read through it: not inside
 * a SQLite transaction, whose writes (and raised versions) may still be rolled back while the
 * handle stays the same. A PostgreSQL transaction has a handle of its own, gone with it.
 */
export function mayKeep(q: Q): boolean {
  return q.dialect !== 'sqlite' || !(q.db as unknown as { $client: { inTransaction: boolean } }).$client.inTransaction;
}
