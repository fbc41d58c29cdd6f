import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Store } from '../db/store.ts';
import { errorOf, loginAs, sqlExec, sqlRow, tinyApp } from '../test/fixture.ts';
import { complete, png, sendReport } from '../test/reports.ts';

/**
 * What another transaction committing between a submission's checks and its insert looks like:
 * a trigger inserts the clashing row just before the submission's own, in its transaction, so
 * the unique index refuses the submission's row on either backend, every time.
 */
async function clashBefore(store: Store, table: 'weekly_reports' | 'photos', clash: string): Promise<void> {
  if (store.dialect === 'sqlite') {
    // SQLite fires no trigger from inside a trigger (recursive_triggers is off)
    await sqlExec(store, `create trigger clash before insert on ${table} begin ${clash}; end`);
    return;
  }
  await sqlExec(store, `create function clash() returns trigger language plpgsql as $$ begin if pg_trigger_depth() = 1 then ${clash}; end if; return new; end $$`);
  await sqlExec(store, `create trigger clash before insert on ${table} for each row execute function clash()`);
}

describe('submissions that race', () => {
  it('answers 409 when another first submission of the same report lands between the check and the insert', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wangge-race-'));
    const { app, store } = await tinyApp('2026-11-23T11:00:00+08:00', dir);
    await clashBefore(store, 'weekly_reports', "insert into weekly_reports (unit_id, grid_id, week, submitted_at, updated_at, revision) values ('U3', 'G3', '2026-11-20', 0, 0, 1)");
    const res = await sendReport(app, await loginAs(app, 'reporter-u3'), complete('G3'), [png(1)]);
    expect(res.status).toBe(409);
    expect(await errorOf(res)).toEqual({
      code: 'report_exists',
      message: "市场监管局's report for grid 999999002001001 in week 2026-11-20 was submitted by someone else at the same moment; reload it, then send revision: 1 to change it",
    });
    expect(await sqlRow(store, 'select count(*) as n from weekly_reports')).toEqual({ n: 0 });
    expect(readdirSync(dir)).toEqual([]);
  });

  it('answers 422 when the same picture reaches another report at the same moment, removing the file it wrote', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wangge-race-'));
    const { app, store } = await tinyApp('2026-11-23T11:00:00+08:00', dir);
    // the other report's row holds the same bytes (its sha256) by the time this one's photo row goes in
    await clashBefore(store, 'photos', "insert into photos (id, owner_kind, owner_id, path, mime, bytes, created_at, sha256) values ('other', 'report', '999', 'other.png', 'image/png', 64, 0, new.sha256)");
    const res = await sendReport(app, await loginAs(app, 'reporter-u3'), complete('G3'), [png(1)]);
    expect(res.status).toBe(422);
    expect(await errorOf(res)).toEqual({ code: 'photo_reused', message: 'a photo of this submission was attached to another report at the same moment: a report needs photos taken for it' });
    expect(await sqlRow(store, 'select count(*) as n from weekly_reports')).toEqual({ n: 0 });
    expect(await sqlRow(store, 'select count(*) as n from photos')).toEqual({ n: 0 });
    // the file was written before its row was refused, and removed again
    expect(readdirSync(dir)).toEqual([]);
  });
});
