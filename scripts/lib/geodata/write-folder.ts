/**
 * Writes a county dataset as a folder `npm run load-dataset` reads (the file names the reader
 * expects, the same diff-friendly text as geodata/dafang/), so a synthetic county is loaded and
 * checked exactly as a real county's files are.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATASET_FILES } from '@wangge/geodata';
import type { Dataset } from '@wangge/geodata';
import { arrayText, featureCollectionText, recordsText } from './write.ts';

export function writeCountyFolder(dir: string, d: Dataset): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, DATASET_FILES.communities), featureCollectionText(d.communities));
  writeFileSync(join(dir, DATASET_FILES.grids), featureCollectionText(d.grids));
  writeFileSync(join(dir, DATASET_FILES.zones), featureCollectionText(d.zones));
  writeFileSync(join(dir, DATASET_FILES.organisation), recordsText({ ...d.organisation }));
  writeFileSync(join(dir, DATASET_FILES.problems), arrayText(d.problems));
}
