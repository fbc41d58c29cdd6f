import type { Feature, FeatureCollection, Polygon, Position } from 'geojson';
import { checkCoverage, checkGridGeometry, geometryIssue, MAX_GRID_VERTICES } from '@wangge/geodata';
import { OVER_BUDGET, scanPairs } from '@wangge/geodata/coverage/pairs';
import { planeToLonLat } from './plane.ts';
import { median, type Row } from './table.ts';

/**
 * One grid shaped to hurt the validity test, timed four ways: the validity test alone (as the
 * check runs it: ingest, projection, simplicity), the same by the pairwise test the check used
 * before the sweep (run without its budget, sawtooth only), the save path (checkGridGeometry: cap,
 * sanitising, validity, crowding) and the whole coverage check of the one grid.
 */

/** teeth 20 m wide and 5 cm apart, vertex i at (20 (i mod 2), 0.05 i), closed round the left */
function sawtoothPlane(n: number): [number, number][] {
  const pts: [number, number][] = [];
  for (let i = 0; i < n - 2; i++) pts.push([20 * (i % 2), 0.05 * i]);
  pts.push([-20, 0.05 * (n - 3)], [-20, 0]);
  return pts;
}

function circlePlane(n: number, radiusM = 500): [number, number][] {
  return Array.from({ length: n }, (_, i) => [radiusM * Math.cos((2 * Math.PI * i) / n), radiusM * Math.sin((2 * Math.PI * i) / n)]);
}

function asGrid(pts: [number, number][]): FeatureCollection<Polygon> {
  const toLonLat = planeToLonLat();
  const ring: Position[] = pts.map(([x, y]) => toLonLat(x, y));
  ring.push([...ring[0]]);
  const f: Feature<Polygon> = { type: 'Feature', properties: { id: 'G1' }, geometry: { type: 'Polygon', coordinates: [ring] } };
  return { type: 'FeatureCollection', features: [f] };
}

/** median ms of `runs` calls, after one untimed call unless the case is too slow to repeat */
function time<T>(runs: number, fn: () => T, warm = true): [number, T] {
  let out = warm ? fn() : (undefined as T);
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    out = fn();
    ms.push(performance.now() - t);
  }
  return [median(ms), out];
}

export interface ValidityOptions {
  sawteeth: number[];
  /** the previous pairwise test only up to this many vertices: it is quadratic */
  previousUpTo: number;
  circle: number;
  runs: number;
}

export function validityRows(opts: ValidityOptions): Row[] {
  const rows: Row[] = [];
  const row = (vertices: number, data: string, tool: string, medianMs: number, note: string): Row => ({ n: 1, vertices, data, tool, medianMs, score: null, note });
  for (const n of opts.sawteeth) {
    const pts = sawtoothPlane(n);
    const fc = asGrid(pts);
    const data = 'sawtooth (every edge spans one x range)';
    const [validMs, issue] = time(opts.runs, () => geometryIssue(fc.features[0].geometry));
    rows.push(row(n, data, 'validity test (sweep)', validMs, issue ? `NOT valid: ${issue.reason}` : 'valid, as it is'));
    const [saveMs, saved] = time(opts.runs, () => checkGridGeometry('G1', fc.features[0].geometry));
    rows.push(row(n, data, 'checkGridGeometry (API save)', saveMs, saved.ok ? 'accepted' : `refused: ${saved.code}`));
    if (n <= opts.previousUpTo) {
      const xy = Float64Array.from(pts.flat());
      // quadratic: 32,000 vertices took 2.9 s when the hardening issue measured it
      const [prevMs, prev] = time(1, () => scanPairs(xy, [0], [n], Infinity), n < 10000);
      rows.push(row(n, data, 'previous pairwise test', prevMs, `${prev === null ? 'valid' : prev === OVER_BUDGET ? '?' : 'NOT valid'}; simplicity only, no ingest`));
    }
    const [checkMs, report] = time(Math.min(opts.runs, 3), () => checkCoverage(fc));
    rows.push(row(n, data, 'wangge checkCoverage', checkMs, report.invalid.length === 0 ? 'valid; every edge noded (teeth 5 cm apart)' : `NOT valid: ${report.invalid[0].reason}`));
  }
  const fc = asGrid(circlePlane(opts.circle));
  const data = 'circle';
  const [validMs, issue] = time(Math.min(opts.runs, 3), () => geometryIssue(fc.features[0].geometry));
  rows.push(row(opts.circle, data, 'validity test (star-shaped: linear)', validMs, issue ? `NOT valid: ${issue.reason}` : 'valid'));
  // the CLI's path for such a file (the API refuses it first): one cold run
  const [checkMs, report] = time(1, () => checkCoverage(fc), false);
  rows.push(row(opts.circle, data, 'wangge checkCoverage', checkMs, `${report.invalid.length === 0 ? 'valid' : `NOT valid: ${report.invalid[0].reason}`}; one cold run`));
  const [saveMs, saved] = time(opts.runs, () => checkGridGeometry('G1', fc.features[0].geometry));
  rows.push(row(opts.circle, data, 'checkGridGeometry (API save)', saveMs, saved.ok ? 'accepted' : `refused: ${saved.code} (cap ${MAX_GRID_VERTICES})`));
  return rows;
}
