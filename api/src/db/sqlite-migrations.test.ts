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

  it('records the photos of reports stored before versions kept them, in upload order', async () => {
    const file = oldDatabase(
      4,
      `insert into street_offices values ('S', '1', 'S');
      insert into communities (id, code, name, street_office_id, geometry, min_lon, min_lat, max_lon, max_lat) values ('C', '1', 'C', 'S', '{}', 0, 0, 1, 1);
      insert into areas values ('A', 'A', 'x', '1');
      insert into units values ('U', 'U', 'x', '1');
      insert into grids (id, code, name, community_id, area_id, geometry, updated_at, min_lon, min_lat, max_lon, max_lat) values ('G', '1', 'G', 'C', 'A', '{}', 0, 0, 0, 1, 1);
      insert into weekly_reports (id, unit_id, grid_id, week, submitted_at, updated_at) values (1, 'U', 'G', '2026-11-13', 1, 1), (2, 'U', 'G', '2026-11-20', 2, 2);
      insert into photos (id, owner_kind, owner_id, path, mime, bytes, created_at, seq) values
        ('second', 'report', '1', 'a', 'image/png', 1, 5, 2), ('first', 'report', '1', 'b', 'image/png', 1, 5, 1), ('problem', 'problem', '1', 'c', 'image/png', 1, 5, 1);`,
    );
    const store = openSqliteStore(file);
    const rows = store.client.prepare('select id, photo_ids as p, requirements as r from weekly_reports order by id').all();
    expect(rows).toEqual([
      { id: 1, p: '["first","second"]', r: null },
      { id: 2, p: '[]', r: null },
    ]);
    await store.close();
  });

  it('gives problems assigned before owners existed their grid’s lead unit as owner, and accounts a name', async () => {
    const file = oldDatabase(
      6,
      `insert into street_offices values ('S', '1', 'S');
      insert into communities (id, code, name, street_office_id, geometry, min_lon, min_lat, max_lon, max_lat) values ('C', '1', 'C', 'S', '{}', 0, 0, 1, 1);
      insert into areas values ('A', 'A', '副县长', '1');
      insert into units (id, name, contact_name, contact_phone) values ('U1', '甲局', 'x', '1'), ('U2', '乙局', 'x', '1'), ('U3', '丙局', 'x', '1');
      insert into grids (id, code, name, community_id, area_id, geometry, updated_at, min_lon, min_lat, max_lon, max_lat) values ('G', '1', 'G', 'C', 'A', '{}', 0, 0, 0, 1, 1);
      insert into grid_units (grid_id, unit_id, lead) values ('G', 'U1', 0), ('G', 'U2', 1);
      insert into problems (id, lon, lat, category, description, status, grid_id, created_at, updated_at) values
        ('lead', 0.5, 0.5, '其他', 'x', 'in_progress', 'G', 1, 1), ('zone', 0.5, 0.5, '其他', 'x', 'assigned', null, 1, 1), ('new', 0.5, 0.5, '其他', 'x', 'reported', 'G', 1, 1);
      insert into problem_units values ('lead', 'U1'), ('lead', 'U2'), ('zone', 'U3'), ('zone', 'U1'), ('new', 'U2');
      insert into users (id, username, password_hash, role, unit_id, created_at) values ('r', 'reporter-u2', 'h', 'reporter', 'U2', 1), ('i', 'inspector', 'h', 'inspector', null, 1);`,
    );
    const store = openSqliteStore(file);
    expect(store.client.prepare('select id, owner_unit_id as owner from problems order by id').all()).toEqual([
      // G's lead unit among those routed
      { id: 'lead', owner: 'U2' },
      { id: 'new', owner: null },
      // no grid: the first routed unit
      { id: 'zone', owner: 'U1' },
    ]);
    expect(store.client.prepare("select problem_id as p, unit_id as u, role, routed from problem_units order by problem_id, unit_id").all()).toEqual([
      { p: 'lead', u: 'U1', role: 'routed', routed: 1 },
      { p: 'lead', u: 'U2', role: 'owner', routed: 1 },
      { p: 'new', u: 'U2', role: 'routed', routed: 1 },
      { p: 'zone', u: 'U1', role: 'owner', routed: 1 },
      { p: 'zone', u: 'U3', role: 'routed', routed: 1 },
    ]);
    expect(store.client.prepare('select username, display_name as name from users order by username').all()).toEqual([
      { username: 'inspector', name: 'inspector' },
      { username: 'reporter-u2', name: '乙局填报员' },
    ]);
    await store.close();
  });
  it('makes the one county of an older database a county row, moves its settings, and gives every row and its planners and reporters that county', async () => {
    const file = oldDatabase(
      8,
      `insert into meta values ('county', '{"code":"520521","name":"大方县"}'), ('first_week', '2026-09-04'), ('close_grace_hours', '24'),
        ('report_requirements', '{"minPhotos":2}'), ('problem_deadline_hours', '{"环境卫生":12}'), ('seeded_dataset', 'dafang');
      insert into street_offices values ('S', '520521001', 'S');
      insert into communities (id, code, name, street_office_id, geometry, min_lon, min_lat, max_lon, max_lat) values
        ('C1', '520521001001', 'C1', 'S', '{}', 105.5, 27.1, 105.6, 27.2), ('C2', '520521001002', 'C2', 'S', '{}', 105.55, 27.05, 105.7, 27.15);
      insert into areas values ('A', 'A', '副县长', '1');
      insert into units (id, name, contact_name, contact_phone) values ('U', '甲局', 'x', '1');
      insert into grids (id, code, name, community_id, area_id, geometry, updated_at, min_lon, min_lat, max_lon, max_lat) values ('G', '520521001001001', 'G', 'C1', 'A', '{}', 0, 105.5, 27.1, 105.6, 27.2);
      insert into zones (id, name, kind, geometry, min_lon, min_lat, max_lon, max_lat) values ('Z', 'Z', 'market', '{}', 0, 0, 1, 1);
      insert into weekly_reports (id, unit_id, grid_id, week, submitted_at, updated_at) values (1, 'U', 'G', '2026-11-13', 1, 1);
      insert into problems (id, lon, lat, category, description, status, created_at, updated_at) values ('P', 105.55, 27.15, '其他', 'x', 'reported', 1, 1);
      insert into week_closures values ('2026-11-06', 5, '{}');
      insert into users (id, username, password_hash, role, unit_id, created_at) values
        ('a', 'admin', 'h', 'admin', null, 1), ('p', 'planner', 'h', 'planner', null, 1), ('l', 'leader', 'h', 'leader', null, 1),
        ('i', 'inspector', 'h', 'inspector', null, 1), ('r', 'reporter-u', 'h', 'reporter', 'U', 1);`,
    );
    const store = openSqliteStore(file);
    const one = (sql: string) => store.client.prepare(sql).all();
    expect(one('select id, code, name, synthetic, min_lon, min_lat, max_lon, max_lat from counties')).toEqual([
      { id: 'dafang', code: '520521', name: '大方县', synthetic: 0, min_lon: 105.5, min_lat: 27.05, max_lon: 105.7, max_lat: 27.2 },
    ]);
    expect(one('select * from county_settings')).toEqual([
      { county_id: 'dafang', first_week: '2026-09-04', close_grace_hours: 24, report_requirements: '{"minPhotos":2}', problem_deadlines: '{"环境卫生":12}', score_weights: null },
    ]);
    for (const table of ['street_offices', 'communities', 'areas', 'units', 'grids', 'zones', 'weekly_reports', 'problems', 'week_closures']) {
      expect(one(`select distinct county_id as c from ${table}`), table).toEqual([{ c: 'dafang' }]);
    }
    expect(one('select username, county_id as c from users order by username')).toEqual([
      { username: 'admin', c: null },
      { username: 'inspector', c: null },
      { username: 'leader', c: null },
      { username: 'planner', c: 'dafang' },
      { username: 'reporter-u', c: 'dafang' },
    ]);
    expect(one('select key from meta order by key')).toEqual([{ key: 'seeded_dataset' }]);
    await store.close();
  });

  it('gives each 通报 its county (the one it names, else the first), the score weights to every county, and robots their unit\'s county', async () => {
    const file = oldDatabase(
      13,
      `insert into counties (id, code, name, created_at, min_lon, min_lat, max_lon, max_lat) values ('a', '100001', '甲县', 0, 0, 0, 1, 1), ('b', '100002', '乙县', 0, 1, 0, 2, 1);
      insert into county_settings (county_id, first_week) values ('a', '2026-09-04');
      insert into meta values ('score_weights', '{"onTime":60,"fixedOnTime":30,"rework":10}');
      insert into units (id, county_id, name, contact_name, contact_phone) values ('UB', 'b', '乙局', 'x', '1');
      insert into bulletins (week, comment, issued_at, body) values ('2026-11-06', null, 5, '{"countyName":"乙县","week":"2026-11-06"}'), ('2026-11-13', '意见', null, null);
      insert into webhooks (id, url, kind, unit_id, county_id, created_at) values ('wu', 'http://u', 'json', 'UB', null, 0), ('wc', 'http://c', 'json', null, null, 0);
      insert into display_tokens (id, name, token_hash, created_at) values ('D', 'wall', 'h', 0);`,
    );
    const store = openSqliteStore(file);
    const all = (sql: string) => store.client.prepare(sql).all();
    expect(all('select county_id as c, week, comment from bulletins order by week')).toEqual([
      { c: 'b', week: '2026-11-06', comment: null },
      { c: 'a', week: '2026-11-13', comment: '意见' },
    ]);
    expect(all('select county_id as c, first_week as f, score_weights as w from county_settings order by county_id')).toEqual([
      { c: 'a', f: '2026-09-04', w: '{"onTime":60,"fixedOnTime":30,"rework":10}' },
      { c: 'b', f: null, w: '{"onTime":60,"fixedOnTime":30,"rework":10}' },
    ]);
    expect(all("select key from meta where key = 'score_weights'")).toEqual([]);
    // with two counties a robot or token bound to nothing cannot be placed: it stays without one
    expect(all('select id, county_id as c from webhooks order by id')).toEqual([
      { id: 'wc', c: null },
      { id: 'wu', c: 'b' },
    ]);
    expect(all('select county_id as c from display_tokens')).toEqual([{ c: null }]);
    await store.close();
  });

  it('gives the robots and wall tokens of a one-county deployment that county', async () => {
    const file = oldDatabase(
      13,
      `insert into counties (id, code, name, created_at, min_lon, min_lat, max_lon, max_lat) values ('a', '100001', '甲县', 0, 0, 0, 1, 1);
      insert into webhooks (id, url, kind, unit_id, county_id, created_at) values ('wc', 'http://c', 'json', null, null, 0);
      insert into display_tokens (id, name, token_hash, created_at) values ('D', 'wall', 'h', 0);`,
    );
    const store = openSqliteStore(file);
    expect(store.client.prepare('select county_id as c from webhooks').all()).toEqual([{ c: 'a' }]);
    expect(store.client.prepare('select county_id as c from display_tokens').all()).toEqual([{ c: 'a' }]);
    await store.close();
  });

  it('gives an empty deployment no county and keeps it working', async () => {
    const store = openSqliteStore(oldDatabase(8, ''));
    expect(store.client.prepare('select count(*) as n from counties').get()).toEqual({ n: 0 });
    await store.close();
  });

  it('numbers the mock-assessment rounds made before seq existed per county, by time and then id', async () => {
    const round = (id: string, county: string, at: number) => `('${id}', '${county}', 'r', '2026-11-30', '2026-12-04', '["market"]', 1, 1, '{"market":1}', '{}', ${at})`;
    const file = oldDatabase(
      17,
      `insert into counties (id, code, name, created_at, min_lon, min_lat, max_lon, max_lat) values ('a', '100001', '甲县', 0, 0, 0, 1, 1), ('b', '100002', '乙县', 0, 1, 0, 2, 1);
      insert into assessment_rounds (id, county_id, name, from_day, to_day, kinds, per_community, seed, checklist_versions, draw, created_at) values
        ${[round('AR2', 'a', 5), round('AR1', 'a', 5), round('AR0', 'a', 9), round('AR9', 'a', 1), round('B1', 'b', 5)].join(', ')};`,
    );
    const store = openSqliteStore(file);
    expect(store.client.prepare('select id, seq from assessment_rounds order by county_id, seq').all()).toEqual([
      { id: 'AR9', seq: 1 },
      { id: 'AR1', seq: 2 },
      { id: 'AR2', seq: 3 },
      { id: 'AR0', seq: 4 },
      { id: 'B1', seq: 1 },
    ]);
    await store.close();
  });
});
