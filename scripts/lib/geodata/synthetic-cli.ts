/**
 * `npm run build-geodata -- --synthetic …` and `-- --city …`: synthetic counties written as
 * dataset folders, with how long generating and writing took.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { scaleCitySpecs } from '@wangge/geodata/synthetic/city';
import { SyntheticSpecError, syntheticCounty, type SyntheticCountySpec } from '@wangge/geodata/synthetic/county';
import { writeCountyFolder } from './write-folder.ts';

export const SYNTHETIC_USAGE = `usage:
  npm run build-geodata                       rebuild geodata/dafang/
  npm run build-geodata -- --synthetic <folder> [--seed N] [--code 520599] [--name 示例县]
        [--grids 32] [--communities ⌈grids/4⌉] [--lon 106.0] [--lat 27.0]
      one synthetic county, as a folder load-dataset reads
  npm run build-geodata -- --city <folder> [--counties 100] [--grids 300] [--seed 1]
      the scale benchmark's city: one folder per county, <folder>/<code>/
  The same seed writes the same bytes. Everything written is marked synthetic.`;

const OPTIONS = {
  synthetic: { type: 'string' },
  city: { type: 'string' },
  seed: { type: 'string' },
  code: { type: 'string' },
  name: { type: 'string' },
  grids: { type: 'string' },
  communities: { type: 'string' },
  counties: { type: 'string' },
  lon: { type: 'string' },
  lat: { type: 'string' },
  help: { type: 'boolean' },
} as const;

class UsageError extends Error {}

function whole(flag: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^-?\d+$/.test(value)) throw new UsageError(`--${flag} must be a whole number (got "${value}")`);
  return Number(value);
}

function decimal(flag: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n)) throw new UsageError(`--${flag} must be a number (got "${value}")`);
  return n;
}

const ms = (t0: number) => `${(performance.now() - t0).toFixed(0)} ms`;

function writeOne(folder: string, spec: SyntheticCountySpec): void {
  const t0 = performance.now();
  const d = syntheticCounty(spec);
  const built = ms(t0);
  const t1 = performance.now();
  writeCountyFolder(folder, d);
  console.log(
    `${folder}: ${d.organisation.county.name} (${spec.code}, synthetic) — ${d.communities.features.length} communities, ${d.grids.features.length} grids, ` +
      `${d.zones.features.length} zones, ${d.organisation.people.length} people, ${d.problems.length} problems; built in ${built}, written in ${ms(t1)}`,
  );
}

function writeCity(folder: string, counties: number, grids: number, seed: number): void {
  const specs = scaleCitySpecs({ counties, gridsPerCounty: grids, seed });
  let building = 0;
  let writing = 0;
  let people = 0;
  for (const spec of specs) {
    const t0 = performance.now();
    const d = syntheticCounty(spec);
    building += performance.now() - t0;
    const t1 = performance.now();
    writeCountyFolder(resolve(folder, spec.code), d);
    writing += performance.now() - t1;
    people += d.organisation.people.length;
  }
  console.log(
    `${folder}: ${specs.length} synthetic counties (${specs[0].code} … ${specs[specs.length - 1].code}), ${counties * grids} grids, ${people} people; ` +
      `built in ${building.toFixed(0)} ms (${(building / specs.length).toFixed(1)} ms a county), written in ${writing.toFixed(0)} ms`,
  );
}

/** exit status: 0 written, 2 bad arguments */
export function syntheticMain(argv: string[]): number {
  try {
    const { values, positionals } = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true });
    if (values.help) {
      console.log(SYNTHETIC_USAGE);
      return 0;
    }
    if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
    if ((values.synthetic === undefined) === (values.city === undefined)) throw new UsageError('give either --synthetic <folder> or --city <folder>');
    const seed = whole('seed', values.seed, 1);
    if (values.city !== undefined) {
      for (const flag of ['code', 'name', 'communities', 'lon', 'lat'] as const) if (values[flag] !== undefined) throw new UsageError(`--${flag} is for --synthetic, not --city`);
      writeCity(resolve(values.city), whole('counties', values.counties, 100), whole('grids', values.grids, 300), seed);
      return 0;
    }
    if (values.counties !== undefined) throw new UsageError('--counties is for --city, not --synthetic');
    const grids = whole('grids', values.grids, 32);
    writeOne(resolve(values.synthetic!), {
      seed,
      code: values.code ?? '520599',
      name: values.name ?? '示例县',
      centre: { lon: decimal('lon', values.lon, 106.0), lat: decimal('lat', values.lat, 27.0) },
      grids,
      communities: whole('communities', values.communities, Math.max(1, Math.ceil(grids / 4))),
    });
    return 0;
  } catch (err) {
    // parseArgs says what is wrong with a flag in a TypeError with an ERR_PARSE_ARGS_* code
    const badFlag = err instanceof TypeError && String((err as { code?: string }).code).startsWith('ERR_PARSE_ARGS');
    if (!(err instanceof UsageError || err instanceof SyntheticSpecError || badFlag)) throw err;
    console.error(`build-geodata: ${(err as Error).message}\n${SYNTHETIC_USAGE}`);
    return 2;
  }
}
