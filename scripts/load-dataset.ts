import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { configFromEnv, openStore } from '@wangge/api';
import { isCrs } from '@wangge/geodata';
import { readDatasetFolder } from '@wangge/api/seed/dataset-folder';
import { CountyExistsError, loadCounty } from '@wangge/api/seed/county-load';

const USAGE = `usage: npm run load-dataset -- <folder> [--check] [--replace] [--crs wgs84|gcj02|bd09]
  <folder> holds a county's dataset in the shape of geodata/dafang/: communities.geojson,
  grids.geojson, organisation.json, and optionally zones.geojson and problems.json.
  --check    only check the files: exit 0 when they can be loaded, 1 when not
  --replace  the county (by its code) is loaded already: put this dataset in its place, keeping
             its accounts and settings (reporters whose unit is gone are disabled)
  --crs      the files' coordinates: wgs84 (default), gcj02 (高德/腾讯) or bd09 (百度); stored as WGS84
  without --check the county is added to the deployment (WANGGE_DATABASE_URL, else WANGGE_DB,
  default data/wangge.db), beside any counties it holds, in one transaction.
exit 0: loaded (or loadable) · 1: the files have errors, nothing written · 2: bad arguments or the county is loaded already`;

const root = resolve(fileURLToPath(import.meta.url), '../..');

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { check: { type: 'boolean' }, replace: { type: 'boolean' }, crs: { type: 'string', default: 'wgs84' }, help: { type: 'boolean' } } });
  if (values.help || positionals.length !== 1) {
    console.error(USAGE);
    return 2;
  }
  const crs = values.crs;
  if (!isCrs(crs)) {
    console.error(`--crs "${crs}" must be wgs84, gcj02 or bd09\n${USAGE}`);
    return 2;
  }
  const folder = resolve(process.cwd(), positionals[0]);
  if (values.check) {
    const r = readDatasetFolder(folder, crs);
    for (const w of r.warnings) console.log(`warning: ${w}`);
    if (!r.dataset) {
      for (const e of r.errors) console.error(`error: ${e}`);
      console.error(`${r.errors.length} error(s): ${folder} cannot be loaded`);
      return 1;
    }
    const d = r.dataset;
    console.log(`ok: ${d.organisation.county.name} — ${d.communities.features.length} communities, ${d.grids.features.length} grids, ${d.zones.features.length} zones, ${d.organisation.units.length} units, ${d.organisation.people.length} people; ${r.warnings.length} warning(s)`);
    return 0;
  }
  const config = configFromEnv(root, { ...process.env, WANGGE_SEED: 'none' });
  const store = await openStore(config);
  const where = config.databaseUrl ? 'the PostgreSQL database' : config.dbFile;
  try {
    const reading = readDatasetFolder(folder, crs);
    for (const w of reading.warnings) console.log(`warning: ${w}`);
    if (!reading.dataset) {
      for (const e of reading.errors) console.error(`error: ${e}`);
      console.error(`${reading.errors.length} error(s): nothing was loaded`);
      return 1;
    }
    const { county } = reading.dataset.organisation;
    const name = `${county.name} (${county.code})`;
    try {
      const r = await loadCounty(store, name, reading.dataset, config.clock(), { replace: values.replace === true });
      console.log(`${r.replaced ? 'replaced' : 'loaded'} ${name} into ${where} as county "${r.countyId}"; add an account with: npm run user -- add <name> --role admin --password <pw>`);
      for (const u of r.disabledAccounts) console.log(`  disabled ${u}: its unit is not in the new dataset`);
      return 0;
    } catch (err) {
      if (!(err instanceof CountyExistsError)) throw err;
      console.error(`${where} holds the dataset "${name}" already: nothing loaded (${err.message})`);
      return 2;
    }
  } finally {
    await store.close();
  }
}

try {
  process.exit(await main());
} catch (err) {
  console.error(`load-dataset: ${(err as Error).message}`);
  process.exit(2);
}
