/**
 * GEOS as a whole process, for the bench's whole-process column: node geos-process.mjs
 * <grids.json> <boundary.json> (both already in the equal-area plane) prints what it found as
 * JSON. The bench bundles this file first, so GEOS starts as fast as node can start it.
 */
import { readFileSync } from 'node:fs';
import type { FeatureCollection, Polygon } from 'geojson';
import * as geos from './geos.ts';

const read = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as FeatureCollection<Polygon>;
const { found } = await geos.run(read(process.argv[2]), read(process.argv[3]));
process.stdout.write(JSON.stringify(found));
