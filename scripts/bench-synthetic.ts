/**
 * npx tsx scripts/bench-synthetic.ts [--counties 100] [--grids 300] [--check 5] — how fast the
 * synthetic scale city is generated (100 counties × 300 grids = 30,000 grids by default), how big
 * it is as dataset files, and how long the dataset reader's checks (coverage included) take on a
 * few of its counties, as load-dataset runs them. Prints numbers, asserts nothing.
 */
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { readDataset } from '@wangge/geodata';
import { demoCityNeighbours, scaleCitySpecs } from '@wangge/geodata/synthetic/city';
import { syntheticCounty } from '@wangge/geodata/synthetic/county';
import { arrayText, featureCollectionText, recordsText } from './lib/geodata/write.ts';

const { values } = parseArgs({ options: { counties: { type: 'string', default: '100' }, grids: { type: 'string', default: '300' }, check: { type: 'string', default: '5' } } });
const COUNTIES = Number(values.counties);
const GRIDS = Number(values.grids);
const CHECK = Number(values.check);

const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))];

console.log(`load average ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
let t0 = performance.now();
demoCityNeighbours();
console.log(`demo city's two neighbours: ${(performance.now() - t0).toFixed(0)} ms (first call, cold)`);

const specs = scaleCitySpecs({ counties: COUNTIES, gridsPerCounty: GRIDS });
const each: number[] = [];
let bytes = 0;
let serialising = 0;
let people = 0;
let zones = 0;
let problems = 0;
const sample = [];
t0 = performance.now();
for (const [i, spec] of specs.entries()) {
  const t = performance.now();
  const d = syntheticCounty(spec);
  each.push(performance.now() - t);
  people += d.organisation.people.length;
  zones += d.zones.features.length;
  problems += d.problems.length;
  const s = performance.now();
  bytes += featureCollectionText(d.communities).length + featureCollectionText(d.grids).length + featureCollectionText(d.zones).length;
  bytes += recordsText({ ...d.organisation }).length + arrayText(d.problems).length;
  serialising += performance.now() - s;
  if (i < CHECK) sample.push(d);
}
const total = performance.now() - t0 - serialising;
console.log(
  `scale city: ${COUNTIES} counties, ${COUNTIES * GRIDS} grids, ${people} people, ${zones} zones, ${problems} problems — ` +
    `generated in ${total.toFixed(0)} ms (a county: p50 ${quantile(each, 0.5).toFixed(1)} ms, max ${Math.max(...each).toFixed(1)} ms); ` +
    `${(bytes / 1e6).toFixed(1)} M characters of dataset files, serialised in ${serialising.toFixed(0)} ms`,
);

const reads: number[] = [];
for (const d of sample) {
  const files = JSON.parse(JSON.stringify(d));
  const t = performance.now();
  const r = readDataset(files);
  reads.push(performance.now() - t);
  if (r.errors.length || r.warnings.length) console.log(`${d.organisation.county.code}: ${r.errors.length} errors, ${r.warnings.length} warnings`);
}
console.log(`dataset reader on ${sample.length} counties of ${GRIDS} grids: p50 ${quantile(reads, 0.5).toFixed(0)} ms, max ${Math.max(...reads).toFixed(0)} ms a county`);
