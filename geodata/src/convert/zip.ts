import { unzipSync, zipSync, type Unzipped } from 'fflate';
import { CONVERT_ERRORS, ConvertError, DEFAULT_MAX_BYTES, megabytes, type ReadOptions } from './types.ts';

/** A fixed time stamp, so the same grids always zip to the same bytes. */
const MTIME = new Date('2000-01-01T00:00:00Z');

/**
 * The files of a zip, refusing one that unpacks to more than the byte limit (a zip bomb declares
 * small sizes or huge ones; both the declared and the unpacked totals are checked).
 */
export function unzipLimited(bytes: Uint8Array, options: ReadOptions | undefined, what: string): Unzipped {
  const max = options?.maxBytes ?? DEFAULT_MAX_BYTES;
  let declared = 0;
  let files: Unzipped;
  try {
    files = unzipSync(bytes, {
      filter(file) {
        declared += file.originalSize;
        if (declared > max) throw new ConvertError(CONVERT_ERRORS.tooLarge, `${what} unpacks to over ${megabytes(max)}`);
        return !file.name.endsWith('/') && !file.name.startsWith('__MACOSX/');
      },
    });
  } catch (e) {
    if (e instanceof ConvertError) throw e;
    throw new ConvertError(CONVERT_ERRORS.malformed, `${what} is not a readable zip file (${(e as Error).message})`);
  }
  const total = Object.values(files).reduce((s, f) => s + f.length, 0);
  if (total > max) throw new ConvertError(CONVERT_ERRORS.tooLarge, `${what} unpacks to ${megabytes(total)}, over the ${megabytes(max)} limit`);
  return files;
}

export function zipFiles(files: Record<string, Uint8Array>): Uint8Array {
  return zipSync(Object.fromEntries(Object.entries(files).map(([name, data]) => [name, [data, { mtime: MTIME }]])), { level: 6 });
}

export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5) && (bytes[3] === 4 || bytes[3] === 6);
}

/** The file's name without folders, lower-cased, and its extension with the dot. */
export function splitName(path: string): { base: string; ext: string } {
  const file = path.split('/').pop()!;
  const dot = file.lastIndexOf('.');
  return dot < 0 ? { base: path.toLowerCase(), ext: '' } : { base: path.slice(0, path.length - (file.length - dot)).toLowerCase(), ext: file.slice(dot).toLowerCase() };
}

/** The names in a zip, read from its directory without unpacking anything (empty if unreadable). */
export function zipNames(bytes: Uint8Array): string[] {
  const names: string[] = [];
  try {
    unzipSync(bytes, {
      filter(file) {
        names.push(file.name);
        return false;
      },
    });
  } catch {
    return [];
  }
  return names;
}
