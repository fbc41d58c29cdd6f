import { kml as togeojson } from '@tmcw/togeojson';
import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { DAFANG_EXPORT, expectSameGrids, failure, HOLES_AND_PARTS, text } from '../test/convert-fixtures.ts';
import { LIST_SEPARATOR } from './fields.ts';
import { kml } from './kml.ts';

const doc = (body: string) => `<?xml version="1.0" encoding="UTF-8"?><kml xmlns="http://www.opengis.net/kml/2.2"><Document>${body}</Document></kml>`;
const ring = '105.60,27.14,0 105.61,27.14,0 105.61,27.15,0 105.60,27.15,0 105.60,27.14,0';

describe('KML converter', () => {
  it('round-trips the Dafang grids: same vertices, same properties (lists and numbers too)', () => {
    expectSameGrids(kml.read(kml.write(DAFANG_EXPORT)), DAFANG_EXPORT);
    expectSameGrids(kml.read(kml.write(HOLES_AND_PARTS)), HOLES_AND_PARTS);
  });

  it('writes the grid name as the placemark name and escapes XML', () => {
    const out = new TextDecoder().decode(kml.write(DAFANG_EXPORT, { name: 'A & B' }));
    expect(out).toContain('<name>A &amp; B</name>');
    expect(out).toContain('<name>城中社区第1网格</name>');
  });

  it('reads what desktop tools write: folders, prefixes, Data/value, altitude, CDATA, open rings, holes, label points', () => {
    const file = doc(`<Folder><name>网格</name>
      <Placemark id="p1"><name>一号</name><description><![CDATA[<b>x</b>]]></description>
        <ExtendedData><Data name="code"><value>520521001001001</value></Data></ExtendedData>
        <MultiGeometry><Point><coordinates>105.605,27.145</coordinates></Point>
          <kml:Polygon><kml:outerBoundaryIs><kml:LinearRing><kml:coordinates>
            105.60 , 27.14 105.61,27.14 105.61,27.15 105.60,27.15
          </kml:coordinates></kml:LinearRing></kml:outerBoundaryIs>
          <innerBoundaryIs><LinearRing><coordinates>105.602,27.142 105.603,27.142 105.603,27.143 105.602,27.142</coordinates></LinearRing></innerBoundaryIs>
          </kml:Polygon></MultiGeometry></Placemark>
      <Placemark><name>no geometry</name></Placemark></Folder>`);
    const fc = kml.read(text(file));
    expect(fc.features.length).toBe(1);
    const [f] = fc.features;
    expect(f.properties).toEqual({ code: '520521001001001', name: '一号', id: 'p1' });
    expect(f.geometry.type).toBe('Polygon');
    const rings = f.geometry.type === 'Polygon' ? f.geometry.coordinates : [];
    expect(rings.map((r) => r.length)).toEqual([5, 4]);
    expect(rings[0][4]).toEqual([105.6, 27.14]);
  });

  it('reads a GBK-encoded KML when its declaration says so', () => {
    const head = text('<?xml version="1.0" encoding="GBK"?><kml><Placemark><name>');
    // 大方 in GBK: B4F3 B7BD
    const tail = text(`</name><Polygon><outerBoundaryIs><LinearRing><coordinates>${ring}</coordinates></LinearRing></outerBoundaryIs></Polygon></Placemark></kml>`);
    const bytes = new Uint8Array([...head, 0xb4, 0xf3, 0xb7, 0xbd, ...tail]);
    expect(kml.read(bytes).features[0].properties!.name).toBe('大方');
  });

  it('refuses malformed KML with a message naming the problem', () => {
    expect(failure(() => kml.read(text('<kml><Document><Placemark></Document></kml>')))).toMatchObject({ code: 'malformed', message: expect.stringContaining('tag mismatch: "Placemark" != "Document"') });
    expect(failure(() => kml.read(text('<kml><Document>')))).toMatchObject({ code: 'malformed', message: expect.stringContaining('unclosed xml tag(s): kml, Document') });
    expect(failure(() => kml.read(text('<gpx></gpx>')))).toMatchObject({ code: 'malformed', message: expect.stringContaining('<gpx>') });
    expect(failure(() => kml.read(text('not xml at all')))).toMatchObject({ code: 'malformed' });
    const bad = doc(`<Placemark><name>坏</name><Polygon><outerBoundaryIs><LinearRing><coordinates>105.6,abc 1,2</coordinates></LinearRing></outerBoundaryIs></Polygon></Placemark>`);
    expect(failure(() => kml.read(text(bad)))).toMatchObject({ code: 'malformed', message: expect.stringContaining('placemark "坏"') });
    const shell = doc(`<Placemark><Polygon><innerBoundaryIs><LinearRing><coordinates>${ring}</coordinates></LinearRing></innerBoundaryIs></Polygon></Placemark>`);
    expect(failure(() => kml.read(text(shell))).message).toContain('without an outer boundary');
  });

  it('refuses placemarks that are not polygons, naming them, and files with no polygon', () => {
    const road = doc(`<Placemark><name>主干道</name><LineString><coordinates>105.6,27.14 105.7,27.15</coordinates></LineString></Placemark>`);
    expect(failure(() => kml.read(text(road)))).toEqual({ code: 'not-polygon', message: 'placemark "主干道" is a LineString; grids must be polygons' });
    expect(failure(() => kml.read(text(doc('<name>empty</name>')))).code).toBe('empty');
  });

  it('refuses projected coordinates and files over the byte limit', () => {
    const metres = doc(`<Placemark><Polygon><outerBoundaryIs><LinearRing><coordinates>500000,3000000 500100,3000000 500100,3000100 500000,3000000</coordinates></LinearRing></outerBoundaryIs></Polygon></Placemark>`);
    expect(failure(() => kml.read(text(metres))).code).toBe('unsupported-crs');
    const bytes = kml.write(DAFANG_EXPORT);
    expect(failure(() => kml.read(bytes, { maxBytes: 1000 })).code).toBe('too-large');
  });
});

describe('KML lists written by other tools', () => {
  it('reads a unit list written as a JSON array (as mapshaper writes lists)', () => {
    const file = `<kml><Placemark><ExtendedData><Data name="unitNames"><value>["交警大队","卫计局"]</value></Data></ExtendedData><Polygon><outerBoundaryIs><LinearRing><coordinates>105.6,27.1 105.7,27.1 105.7,27.2 105.6,27.1</coordinates></LinearRing></outerBoundaryIs></Polygon></Placemark></kml>`;
    expect(kml.read(text(file)).features[0].properties).toEqual({ unitNames: ['交警大队', '卫计局'] });
  });
});

describe('KML converter, checked by another reader (togeojson on xmldom)', () => {
  it('writes ExtendedData that togeojson reads as the same properties, numbers typed by our Schema', () => {
    const read = togeojson(new DOMParser().parseFromString(new TextDecoder().decode(kml.write(DAFANG_EXPORT)), 'text/xml'));
    expect(read.features.length).toBe(30);
    read.features.forEach((f, i) => {
      const e = DAFANG_EXPORT.features[i];
      expect(f.properties).toEqual(Object.fromEntries(Object.entries(e.properties!).map(([k, v]) => [k, Array.isArray(v) ? v.join(LIST_SEPARATOR) : v])));
      expect(typeof f.properties!.version).toBe('number');
      expect(f.geometry).toEqual(e.geometry);
    });
  });
});

describe('KML quirks xmldom forgives or refuses', () => {
  const square = '<Polygon><outerBoundaryIs><LinearRing><coordinates>105.6,27.1 105.7,27.1 105.7,27.2 105.6,27.1</coordinates></LinearRing></outerBoundaryIs></Polygon>';

  it('reads a blank line before the declaration and keeps an undefined entity as written', () => {
    const fc = kml.read(text(`\n  <?xml version="1.0" encoding="UTF-8"?><kml><Placemark><name>甲&nbsp;乙</name>${square}</Placemark></kml>`));
    expect(fc.features[0].properties).toEqual({ name: '甲&nbsp;乙' });
  });

  it('refuses an undeclared prefix other than kml: and gx:, saying where', () => {
    expect(failure(() => kml.read(text(`<kml>\n<Placemark><foo:name>x</foo:name>${square}</Placemark></kml>`)))).toMatchObject({
      code: 'malformed',
      message: expect.stringMatching(/^the KML is not well-formed XML: .*NamespaceError.*\(line 2, column \d+\)$/),
    });
  });
});
