import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CRS, DATASET_FILES, readDataset, type Crs, type DatasetFiles, type DatasetReading } from '@wangge/geodata';
import type { Store } from '../db/store.ts';
import { seedDataset } from './seed-dataset.ts';

/** Beyond this a file is not a county's grid plan but a mistake (a whole province, a raster). */
const MAX_FILE_BYTES = 50 * 1024 * 1024;

/** geodata/dafang/ names its GeoJSON *.geo.json (for JSON imports); either spelling is read. */
function candidates(name: string): string[] {
  return name.endsWith('.geojson') ? [name, name.replace(/\.geojson$/, '.geo.json')] : [name];
}

function readJson(folder: string, name: string, required: boolean, errors: string[]): unknown {
  const path = candidates(name).map((n) => join(folder, n)).find((p) => existsSync(p));
  if (!path) {
    if (required) errors.push(`${name}: missing from ${folder}`);
    return undefined;
  }
  const size = statSync(path).size;
  if (size > MAX_FILE_BYTES) {
    errors.push(`${name}: ${(size / 1048576).toFixed(0)} MB is more than the ${MAX_FILE_BYTES / 1048576} MB a county's dataset file may be`);
    return undefined;
  }
  try {
    return JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''));
  } catch (e) {
    errors.push(`${name}: not JSON (${(e as Error).message})`);
    return undefined;
  }
}

/**
 * A county's dataset folder (the files geodata/dafang/ has: communities, grids and organisation,
 * optionally zones and problems), read and checked. Nothing is loaded when any error is found.
 */
export function readDatasetFolder(folder: string, crs: Crs = CRS.wgs84): DatasetReading {
  if (!existsSync(folder) || !statSync(folder).isDirectory()) return { dataset: null, errors: [`${folder}: not a folder`], warnings: [] };
  const errors: string[] = [];
  const files: DatasetFiles = {
    communities: readJson(folder, DATASET_FILES.communities, true, errors),
    grids: readJson(folder, DATASET_FILES.grids, true, errors),
    organisation: readJson(folder, DATASET_FILES.organisation, true, errors),
    zones: readJson(folder, DATASET_FILES.zones, false, errors),
    problems: readJson(folder, DATASET_FILES.problems, false, errors),
  };
  if (errors.length > 0) return { dataset: null, errors, warnings: [] };
  return readDataset(files, crs);
}

export class DatasetError extends Error {
  constructor(
    readonly folder: string,
    readonly errors: string[],
  ) {
    super(`the dataset in ${folder} has ${errors.length} error${errors.length === 1 ? '' : 's'}; nothing was loaded:\n  ${errors.join('\n  ')}`);
  }
}

export interface FolderSeedResult {
  seeded: boolean;
  /** the dataset the database holds: this one, or the one it held already */
  dataset: string;
  warnings: string[];
}

/**
 * Seeds an empty database from a county's folder, in one transaction: no made-up report history
 * and no demo accounts (a real county creates its own with `npm run user`). A database seeded
 * before is left as it is.
 */
export async function seedFromFolder(store: Store, folder: string, now: number, crs: Crs = CRS.wgs84): Promise<FolderSeedResult> {
  const reading = readDatasetFolder(folder, crs);
  if (!reading.dataset) throw new DatasetError(folder, reading.errors);
  const { county } = reading.dataset.organisation;
  const r = await seedDataset(store, `${county.name} (${county.code})`, reading.dataset, now, { historyWeeks: 0 });
  return { ...r, warnings: reading.warnings };
}
