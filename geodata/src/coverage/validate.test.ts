import { describe, expect, it } from 'vitest';
import { collection, polygon, rectRing, ring } from '../test/coverage-fixtures.ts';
import { checkCoverage } from './check.ts';
import { geometryIssue } from './validate.ts';

const cases: [string, unknown, string | null][] = [
  ['a square', polygon('a', [rectRing(0, 0, 100, 100)]).geometry, null],
  ['a square with a hole', polygon('a', [rectRing(0, 0, 100, 100), rectRing(20, 20, 40, 40).reverse()]).geometry, null],
  ['a bowtie', polygon('a', [ring([[0, 0], [100, 100], [100, 0], [0, 100]])]).geometry, 'self-intersection'],
  ['a hole outside its shell', polygon('a', [rectRing(0, 0, 100, 100), rectRing(200, 0, 240, 40).reverse()]).geometry, 'hole-outside-shell'],
  ['an unclosed ring', { type: 'Polygon', coordinates: [rectRing(0, 0, 100, 100).slice(0, 4)] }, 'unclosed-ring'],
  ['three positions', { type: 'Polygon', coordinates: [[[105.6, 27.1], [105.7, 27.1], [105.6, 27.1]]] }, 'too-few-positions'],
  ['a longitude of 200', { type: 'Polygon', coordinates: [[[200, 27.1], [105.7, 27.1], [105.7, 27.2], [200, 27.1]]] }, 'out-of-range'],
  ['a line', { type: 'LineString', coordinates: [[0, 0], [1, 1]] }, 'not-polygon'],
];

describe('geometryIssue', () => {
  it.each(cases)('%s', (_, geometry, reason) => {
    const issue = geometryIssue(geometry);
    expect(issue?.reason ?? null).toBe(reason);
    // the same verdict, and place, as the full check lists under invalid
    const full = checkCoverage({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: { id: 'g' }, geometry }] });
    expect(full.invalid.map((i) => [i.reason, i.at])).toEqual(issue ? [[issue.reason, issue.at]] : []);
  });
});
