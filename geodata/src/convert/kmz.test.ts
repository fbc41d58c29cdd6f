import { unzipSync } from 'fflate';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { DAFANG_EXPORT, expectSameGrids, failure, text, zipOf } from '../test/convert-fixtures.ts';
import { kml } from './kml.ts';
import { kmz } from './kmz.ts';

describe('KMZ converter', () => {
  it('is zipped KML: doc.kml inside, and round-trips the Dafang grids', () => {
    const bytes = kmz.write(DAFANG_EXPORT);
    expect(Object.keys(unzipSync(bytes))).toEqual(['doc.kml']);
    expectSameGrids(kmz.read(bytes), DAFANG_EXPORT);
  });

  it('finds the KML when it is not called doc.kml, and writes the same bytes each time', () => {
    const inner = kml.write(DAFANG_EXPORT);
    expectSameGrids(kmz.read(zipOf({ 'files/icon.png': new Uint8Array([1, 2]), 'layer.kml': inner })), DAFANG_EXPORT);
    expect(kmz.write(DAFANG_EXPORT)).toEqual(kmz.write(DAFANG_EXPORT));
  });

  it('refuses a zip without KML, something that is not a zip, and a zip that unpacks past the limit', () => {
    expect(failure(() => kmz.read(zipOf({ 'readme.txt': 'hi' })))).toMatchObject({ code: 'malformed', message: 'the KMZ file holds no .kml document' });
    expect(failure(() => kmz.read(text('<kml/>')))).toMatchObject({ code: 'malformed', message: 'the KMZ file is not a zip' });
    const bomb = zipOf({ 'doc.kml': new Uint8Array(200_000).fill(0x20) });
    expect(bomb.length).toBeLessThan(5_000);
    expect(failure(() => kmz.read(bomb, { maxBytes: 100_000 }))).toMatchObject({ code: 'too-large', message: expect.stringContaining('unpacks') });
    const broken = kmz.write(DAFANG_EXPORT).slice(0, 2000);
    expect(failure(() => kmz.read(broken)).code).toBe('malformed');
  });
});

describe('KMZ converter, checked by another zip reader (JSZip)', () => {
  it('writes a zip that JSZip opens, holding doc.kml with every grid', async () => {
    const zip = await JSZip.loadAsync(kmz.write(DAFANG_EXPORT, { name: '大方网格' }));
    expect(Object.keys(zip.files)).toEqual(['doc.kml']);
    const doc = await zip.file('doc.kml')!.async('string');
    expect(doc).toContain('<name>大方网格</name>');
    expectSameGrids(kml.read(text(doc)), DAFANG_EXPORT);
  });
});
