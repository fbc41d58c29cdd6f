import { CONVERT_ERRORS, ConvertError } from './types.ts';

/** WGS84 longitude/latitude, as ESRI writes it. */
export const WGS84_PRJ =
  'GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]';

/**
 * Datums we can take as WGS84: WGS84 itself and CGCS2000 (China's datum since 2008, the one
 * Tianditu uses), which agree to a few centimetres — far under a grid boundary's accuracy.
 */
const SAME_AS_WGS84 = /WGS[ _]?(19)?84|CGCS[ _]?2000|China[ _]?(Geodetic[ _]Coordinate[ _]System[ _])?2000/i;

function quotedName(wkt: string): string {
  return /^\s*[A-Z_]+\s*[[(]\s*"([^"]*)"/i.exec(wkt)?.[1] ?? 'unnamed';
}

/**
 * Refuses a .prj we cannot convert from: any projected system (metres — Gauss-Krüger, UTM, web
 * Mercator) and geographic systems on other datums (Beijing 1954, Xi'an 1980 are ~100 m off).
 */
export function checkPrj(wkt: string): void {
  const text = wkt.trim();
  if (text === '') return;
  const keyword = /^\s*([A-Z_]+)/i.exec(text)?.[1]?.toUpperCase() ?? '';
  const fix = 'export the layer in WGS84 (EPSG:4326) or CGCS2000 longitude/latitude (EPSG:4490)';
  if (['PROJCS', 'PROJCRS', 'PROJECTEDCRS'].includes(keyword)) {
    throw new ConvertError(CONVERT_ERRORS.unsupportedCrs, `the .prj describes a projected coordinate system ("${quotedName(text)}"), which cannot be converted; ${fix}`);
  }
  if (['GEOGCS', 'GEOGCRS', 'GEODCRS', 'GEOGRAPHICCRS'].includes(keyword)) {
    const datum = /DATUM\s*[[(]\s*"([^"]*)"/i.exec(text)?.[1] ?? quotedName(text);
    if (!SAME_AS_WGS84.test(datum) && !SAME_AS_WGS84.test(quotedName(text))) {
      throw new ConvertError(CONVERT_ERRORS.unsupportedCrs, `the .prj uses the datum "${datum}", which cannot be converted to WGS84 here; ${fix}`);
    }
    return;
  }
  throw new ConvertError(CONVERT_ERRORS.unsupportedCrs, `the .prj is not a coordinate system we can read ("${text.slice(0, 40)}"); ${fix}`);
}
