import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { openSqliteStore } from './sqlite-store.ts';

/**
 * A SQLite file made by an older release, holding data, then opened by this one: the migrations
 * that rewrite old rows are checked on such a file (PostgreSQL deployments start at this release).
 */
function oldDatabase(migrationsKept: number, rows: string): string {
  const migrations = join(dirname(fileURLToPath(import.meta.url)), '../../drizzle');
  const old = mkdtempSync(join(tmpdir(), 'wangge-migrations-'));
  cpSync(migrations, old, { recursive: true });
  const journalPath = join(old, 'meta/_journal.json');
  const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as { entries: { tag: string }[] };
  writeFileSync(journalPath, JSON.stringify({ ...journal, entries: journal.entries.slice(0, migrationsKept) }));
  const file = join(mkdtempSync(join(tmpdir(), 'wangge-db-')), 'old.db');
  const sqlite = new Database(file);
  migrate(drizzle(sqlite), { migrationsFolder: old });
  sqlite.exec(rows);
  sqlite.close();
  return file;
}

describe('SQLite migrations of existing data', () => {
  it('links photos stored before the column existed to the last step up to their upload, and keeps their order', async () => {
    const file = oldDatabase(
      1,
      `insert into street_offices values ('S', '1', 'S');
      insert into problems (id, lon, lat, category, description, status, created_at, updated_at) values ('P', 100, 30, '其他', 'x', 'fixed', 1000, 3000);
      insert into problem_events (id, problem_id, to_status, action, at) values (1, 'P', 'reported', 'file', 1000), (2, 'P', 'assigned', 'assign', 2000), (3, 'P', 'fixed', 'fix', 3000);
      insert into photos (id, owner_kind, owner_id, path, mime, bytes, created_at) values
        ('early', 'problem', 'P', 'a', 'image/png', 1, 500), ('first', 'problem', 'P', 'b', 'image/png', 1, 1000),
        ('mid', 'problem', 'P', 'c', 'image/png', 1, 2500), ('late', 'problem', 'P', 'd', 'image/png', 1, 9000),
        ('report', 'report', '1', 'e', 'image/png', 1, 2500), ('same-time', 'problem', 'P', 'f', 'image/png', 1, 500);`,
    );
    const store = openSqliteStore(file);
    const rows = store.client.prepare('select id, event_id as e, seq from photos order by created_at, seq').all();
    expect(rows).toEqual([
      { id: 'early', e: 1, seq: 1 },
      { id: 'same-time', e: 1, seq: 6 },
      { id: 'first', e: 1, seq: 2 },
      { id: 'mid', e: 2, seq: 3 },
      { id: 'report', e: null, seq: 5 },
      { id: 'late', e: 3, seq: 4 },
    ]);
    await store.close();
  });
});
