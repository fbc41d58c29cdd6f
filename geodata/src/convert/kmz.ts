import { readKml, writeKml } from './kml.ts';
import { checkSize, CONVERT_ERRORS, ConvertError, type Converter } from './types.ts';
import { isZip, splitName, unzipLimited, zipFiles } from './zip.ts';

/** KMZ: a zip holding doc.kml (or, failing that, the first .kml at the shallowest level). */
export const kmz: Converter = {
  label: 'KMZ',
  extensions: ['.kmz'],
  mimeType: 'application/vnd.google-earth.kmz',
  read(bytes, options) {
    checkSize(bytes, options, 'the KMZ file');
    if (!isZip(bytes)) throw new ConvertError(CONVERT_ERRORS.malformed, 'the KMZ file is not a zip');
    const files = unzipLimited(bytes, options, 'the KMZ file');
    const kmls = Object.keys(files)
      .filter((n) => splitName(n).ext === '.kml')
      .sort((a, b) => Number(b.toLowerCase() === 'doc.kml') - Number(a.toLowerCase() === 'doc.kml') || a.split('/').length - b.split('/').length || a.localeCompare(b));
    if (kmls.length === 0) throw new ConvertError(CONVERT_ERRORS.malformed, 'the KMZ file holds no .kml document');
    return readKml(files[kmls[0]]);
  },
  write(fc, options) {
    return zipFiles({ 'doc.kml': new TextEncoder().encode(writeKml(fc, options?.name)) });
  },
};
