import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildDafang } from './build-geodata.ts';
import { arrayText, featureCollectionText, recordsText } from './lib/geodata/write.ts';

const file = (name: string) => readFileSync(fileURLToPath(new URL(`../geodata/dafang/${name}`, import.meta.url)), 'utf8');

describe('npm run build-geodata', () => {
  it('rebuilds the committed Dafang files byte for byte (deterministic, and nobody forgot to rebuild)', () => {
    const d = buildDafang();
    expect(featureCollectionText(d.communities)).toBe(file('communities.geo.json'));
    expect(featureCollectionText(d.grids)).toBe(file('grids.geo.json'));
    expect(featureCollectionText(d.zones)).toBe(file('zones.geo.json'));
    expect(recordsText({ ...d.organisation })).toBe(file('organisation.json'));
    expect(arrayText(d.problems)).toBe(file('problems.json'));
  });
});
