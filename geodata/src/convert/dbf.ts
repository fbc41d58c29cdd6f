import { dbfColumns, flatText, fromText, isListField, keyForColumn } from './fields.ts';
import { CONVERT_ERRORS, ConvertError } from './types.ts';

/**
 * dBase III tables, the attribute part of a Shapefile. Written as UTF-8 (with a .cpg beside it
 * saying so); read in the encoding the .cpg names, else the one the header's language driver
 * byte names, else UTF-8 when the bytes are valid UTF-8 and GBK when they are not — Chinese
 * desktop GIS files are GBK more often than anything else.
 */
type Row = Record<string, unknown>;
type Decoder = { decode(bytes: Uint8Array): string };

interface Column {
  key: string;
  name: string;
  /** C text, N number, L logical when written; read, any dBase type letter */
  type: string;
  length: number;
  decimals: number;
}

const MAX_CHAR = 254;
const MAX_NUMBER = 20;

function fail(message: string): never {
  throw new ConvertError(CONVERT_ERRORS.malformed, `the .dbf file ${message}`);
}

/** A decimal text for a number within the column, or null when it does not fit. */
function numberText(n: number, decimals: number): string | null {
  const s = n.toFixed(decimals);
  return s.length <= MAX_NUMBER && Number(s) === n ? s : null;
}

function decimalsOf(n: number): number {
  for (let d = 0; d <= 15; d++) if (Number(n.toFixed(d)) === n) return d;
  return 15;
}

function columnsFor(rows: Row[], encoder: { encode(s: string): Uint8Array }): Column[] {
  const keys = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const names = dbfColumns(keys);
  return keys.map((key) => {
    const values = rows.map((r) => r[key]).filter((v) => v !== null && v !== undefined);
    const name = names.get(key)!;
    if (values.length > 0 && values.every((v) => typeof v === 'boolean')) return { key, name, type: 'L', length: 1, decimals: 0 };
    if (values.length > 0 && values.every((v) => typeof v === 'number' && Number.isFinite(v))) {
      const decimals = Math.max(...values.map((v) => decimalsOf(v as number)));
      const texts = values.map((v) => numberText(v as number, decimals));
      if (texts.every((t) => t !== null)) return { key, name, type: 'N', length: Math.max(1, ...texts.map((t) => t!.length)), decimals };
    }
    const length = Math.max(1, ...values.map((v) => encoder.encode(flatText(v) ?? '').length));
    return { key, name, type: 'C', length: Math.min(MAX_CHAR, length), decimals: 0 };
  });
}

/** UTF-8 bytes cut to at most `max` without splitting a character. */
function fitBytes(bytes: Uint8Array, max: number): Uint8Array {
  if (bytes.length <= max) return bytes;
  let end = max;
  while (end > 0 && (bytes[end] & 0xc0) === 0x80) end--;
  return bytes.subarray(0, end);
}

export function writeDbf(rows: Row[], date = new Date(Date.UTC(2000, 0, 1))): Uint8Array {
  const encoder = new TextEncoder();
  const columns = columnsFor(rows, encoder);
  const headerLength = 32 + 32 * columns.length + 1;
  const recordLength = 1 + columns.reduce((s, c) => s + c.length, 0);
  const out = new Uint8Array(headerLength + recordLength * rows.length + 1);
  const view = new DataView(out.buffer);
  out[0] = 0x03;
  out[1] = date.getUTCFullYear() - 1900;
  out[2] = date.getUTCMonth() + 1;
  out[3] = date.getUTCDate();
  view.setUint32(4, rows.length, true);
  view.setUint16(8, headerLength, true);
  view.setUint16(10, recordLength, true);
  columns.forEach((c, i) => {
    const at = 32 + 32 * i;
    out.set(encoder.encode(c.name).subarray(0, 10), at);
    out[at + 11] = c.type.charCodeAt(0);
    out[at + 16] = c.length;
    out[at + 17] = c.decimals;
  });
  out[headerLength - 1] = 0x0d;
  out.fill(0x20, headerLength, out.length - 1);
  rows.forEach((row, r) => {
    let at = headerLength + r * recordLength + 1;
    for (const c of columns) {
      const v = row[c.key];
      let bytes: Uint8Array;
      if (c.type === 'L') bytes = encoder.encode(v === true ? 'T' : v === false ? 'F' : '?');
      else if (c.type === 'N') bytes = typeof v === 'number' ? encoder.encode(numberText(v, c.decimals)!.padStart(c.length)) : new Uint8Array();
      else bytes = fitBytes(encoder.encode(flatText(v) ?? ''), c.length);
      out.set(bytes, at);
      at += c.length;
    }
  });
  out[out.length - 1] = 0x1a;
  return out;
}

const CODE_PAGES: Record<string, string> = {
  'utf-8': 'utf-8', utf8: 'utf-8', '65001': 'utf-8',
  gbk: 'gbk', cp936: 'gbk', '936': 'gbk', 'ansi 936': 'gbk', gb2312: 'gbk', gb18030: 'gb18030', '54936': 'gb18030',
  big5: 'big5', '950': 'big5',
  'iso-8859-1': 'windows-1252', latin1: 'windows-1252', '1252': 'windows-1252', 'ansi 1252': 'windows-1252',
};

/** The encoding a .cpg names (null when it names nothing we can decode). */
export function encodingOfCpg(cpg: string): string | null {
  const name = cpg.trim().toLowerCase();
  const known = CODE_PAGES[name] ?? CODE_PAGES[name.replace(/^(cp|windows-)/, '')];
  if (known) return known;
  try {
    return new TextDecoder(name).encoding;
  } catch {
    return null;
  }
}

/** ESRI language driver ids for Chinese code pages (0x4D and 0x7A are both code page 936). */
function encodingOfDriver(id: number): string | null {
  return id === 0x4d || id === 0x7a ? 'gbk' : id === 0x57 || id === 0x03 ? 'windows-1252' : null;
}

function guessEncoding(bytes: Uint8Array): string {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return 'utf-8';
  } catch {
    return 'gbk';
  }
}

/** A cell's value; undefined for a blank cell (no value), except a blank list, which is empty. */
function cellValue(c: Column, cell: Uint8Array, decoder: Decoder, ascii: Decoder): unknown {
  if (c.type === 'N' || c.type === 'F') {
    const t = ascii.decode(cell).trim();
    return t === '' || !Number.isFinite(Number(t)) ? undefined : Number(t);
  }
  if (c.type === 'L') {
    const t = ascii.decode(cell).trim().toUpperCase();
    return t === 'T' || t === 'Y' ? true : t === 'F' || t === 'N' ? false : undefined;
  }
  const t = decoder.decode(cell).replace(/[\s\0]+$/, '');
  return t === '' && !isListField(c.key) ? undefined : fromText(c.key, t);
}

export function readDbf(bytes: Uint8Array, encoding?: string | null): Row[] {
  if (bytes.length < 33) fail('is too short to be a dBase table');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const count = view.getUint32(4, true);
  const headerLength = view.getUint16(8, true);
  const recordLength = view.getUint16(10, true);
  if (headerLength < 33 || recordLength < 1) fail('has a damaged header');
  if (headerLength > bytes.length) fail('is cut short in its header');
  if (headerLength + count * recordLength > bytes.length) fail(`is cut short: it promises ${count} records of ${recordLength} bytes`);
  const columns: Column[] = [];
  let width = 1;
  for (let at = 32; at + 32 <= headerLength && bytes[at] !== 0x0d; at += 32) {
    const raw = bytes.subarray(at, at + 11);
    const end = raw.indexOf(0);
    const name = new TextDecoder('latin1').decode(raw.subarray(0, end < 0 ? 11 : end)).trim();
    const length = bytes[at + 16];
    columns.push({ key: keyForColumn(name), name, type: String.fromCharCode(bytes[at + 11]), length, decimals: bytes[at + 17] });
    width += length;
  }
  if (width > recordLength) fail('has columns wider than its records');
  const body = bytes.subarray(headerLength, headerLength + count * recordLength);
  const decoder = new TextDecoder(encoding ?? encodingOfDriver(bytes[29]) ?? guessEncoding(body));
  const ascii = new TextDecoder('latin1');
  const rows: Row[] = [];
  for (let r = 0; r < count; r++) {
    let at = headerLength + r * recordLength + 1;
    const row: Row = {};
    for (const c of columns) {
      const cell = bytes.subarray(at, at + c.length);
      at += c.length;
      const value = cellValue(c, cell, decoder, ascii);
      if (value !== undefined) row[c.key] = value;
    }
    rows.push(row);
  }
  return rows;
}
