import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { openPgStore, openSqliteStore } from '@wangge/api';
import { copyDeployment, CopyMismatchError, TargetNotEmptyError, type TableCopy } from '@wangge/api/db/copy-deployment';
import { copyCounty, CountyCopyRefused } from '@wangge/api/db/copy-county';

const USAGE = `usage: npm run migrate-db -- --from <file.db> --to postgres://user:pw@host:5432/db [--county <id or code>] [--photos <dir>] [--photos-to <dir>]
  Moves a SQLite deployment (WANGGE_DB) into an empty PostgreSQL + PostGIS database, in one
  transaction: every table's rows are read back and compared with the source by count and
  checksum before anything is kept. The SQLite file is brought to the app's current schema first
  (as npm start would do) and otherwise only read.
  --county     add just this county of the file to a deployment that holds others (the target may
               hold data; its reports, steps and audit entries are renumbered; ids the target
               uses already, or accounts it lacks, are refused by name)
  --photos     the deployment's photo folder (default: photos/ beside the file, as WANGGE_PHOTOS)
  --photos-to  copy the photo files there too (the folder WANGGE_PHOTOS will name afterwards);
               without it, the rows are moved and the folder is left where it is
exit 0: moved · 1: a table differed after the copy or a photo file is missing, nothing kept · 2: bad arguments or a target that is not empty`;

function fail(message: string): number {
  console.error(`${message}\n${USAGE}`);
  return 2;
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { from: { type: 'string' }, to: { type: 'string' }, county: { type: 'string' }, photos: { type: 'string' }, 'photos-to': { type: 'string' }, help: { type: 'boolean' } } });
  if (values.help) return fail('');
  if (!values.from) return fail('--from: the SQLite file to move is missing');
  if (!values.to || !/^postgres(ql)?:\/\//.test(values.to)) return fail(`--to: ${values.to ? `"${values.to}" is not` : 'give'} a postgres:// URL`);
  const from = resolve(values.from);
  if (!existsSync(from)) return fail(`--from: ${from} does not exist`);
  const photoDir = resolve(values.photos ?? join(dirname(from), 'photos'));

  const source = openSqliteStore(from);
  const target = await openPgStore(values.to, { poolSize: 2 });
  try {
    const photos = await source.db.select({ path: source.t.photos.path }).from(source.t.photos);
    const missing = photos.filter((p) => !existsSync(join(photoDir, p.path)));
    if (missing.length) {
      console.error(`${missing.length} of ${photos.length} photo files are not in ${photoDir} (e.g. ${missing[0]!.path}): give the deployment's folder with --photos; nothing was moved`);
      return 1;
    }
    const started = performance.now();
    const line = (c: TableCopy) => console.log(`${c.table.padEnd(24)} ${String(c.rows).padStart(9)} rows  sha256 ${c.checksum.slice(0, 16)}  same in both`);
    let copied: TableCopy[];
    if (values.county) {
      const county = await copyCounty(source, target, values.county, line);
      copied = county.tables;
      console.log(`not moved (the deployment's own, not a county's): ${county.skipped.join(', ')}`);
      for (const w of county.warnings) console.log(`warning: ${w}`);
    } else copied = await copyDeployment(source, target, line);
    const rows = copied.reduce((n, c) => n + c.rows, 0);
    console.log(`moved ${rows} rows in ${copied.length} tables in ${((performance.now() - started) / 1000).toFixed(1)} s; every table read back and matched`);
    const moved = values.county ? new Set((await target.db.select({ path: target.t.photos.path }).from(target.t.photos)).map((p) => p.path)) : null;
    const files = moved ? photos.filter((p) => moved.has(p.path)) : photos;
    if (values['photos-to']) {
      const into = resolve(values['photos-to']);
      mkdirSync(into, { recursive: true });
      for (const p of files) copyFileSync(join(photoDir, p.path), join(into, p.path));
      console.log(`copied ${files.length} photo files to ${into}: start the app with WANGGE_PHOTOS=${into}`);
    } else if (files.length) {
      console.log(`${files.length} photos stay in ${photoDir}: start the app with WANGGE_PHOTOS=${photoDir} (or copy the folder and name the copy)`);
    }
    console.log('next: start the app with WANGGE_DATABASE_URL set to the target');
    return 0;
  } catch (e) {
    if (e instanceof TargetNotEmptyError) {
      console.error(`refused: ${e.message}`);
      return 2;
    }
    if (e instanceof CountyCopyRefused) {
      console.error(`refused: ${e.message}`);
      return 2;
    }
    if (e instanceof CopyMismatchError) {
      console.error(e.message);
      return 1;
    }
    throw e;
  } finally {
    await source.close();
    await target.close();
  }
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(`migrate-db: ${(e as Error).message}; nothing was kept`);
    process.exit(1);
  },
);
