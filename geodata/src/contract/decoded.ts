import { checkWeek } from '../domain/calendar.ts';
import type { BBox } from '../geometry/bbox.ts';

/**
 * What every decoder of the contract answers: the value, or an error that names the field as the
 * client spelled it. `code` is the API's error code (the HTTP layer answers 400 with it).
 */
export type Decoded<T> = { ok: true; value: T } | { ok: false; code: string; message: string };

/** A query as the API and the print page hold it: URLSearchParams, or Hono's c.req.query() record. */
export type QueryInput = URLSearchParams | Readonly<Record<string, string | undefined>>;

/** A query's reader: '' and absent read the same (a form sends empty fields). */
export type Get = (name: string) => string | undefined;

export function reader(input: QueryInput): Get {
  const raw = input instanceof URLSearchParams ? (name: string) => input.get(name) ?? undefined : (name: string) => input[name];
  return (name) => {
    const v = raw(name);
    return v === undefined || v === '' ? undefined : v;
  };
}

export const ok = <T>(value: T): Decoded<T> => ({ ok: true, value });
export const fail = (message: string, code = 'bad_query'): { ok: false; code: string; message: string } => ({ ok: false, code, message });

/**
 * The query string of encoded params. Commas stay unescaped (lists and boxes split on them, and
 * a link reads better); URLSearchParams decodes both spellings the same.
 */
export function queryString(q: URLSearchParams): string {
  return q.toString().replace(/%2C/g, ',');
}

const ID_RE = /^[\w-]{1,64}$/;
const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

/** An optional id: letters, digits, _ and -, at most 64. */
export function decodeId(name: string, value: string | undefined): Decoded<string | null> {
  if (value === undefined) return ok(null);
  return ID_RE.test(value) ? ok(value) : fail(`${name} "${value}" is not an id`);
}

/** A week named by its Friday; `required` false reads absent as null (the server's current week). */
export function decodeWeek(value: string | undefined, required: true): Decoded<string>;
export function decodeWeek(value: string | undefined, required: false): Decoded<string | null>;
export function decodeWeek(value: string | undefined, required: boolean): Decoded<string | null> {
  if (value === undefined && !required) return ok(null);
  const w = checkWeek(value);
  return w.ok ? ok(w.week) : fail(w.message, 'bad_week');
}

/** A comma-separated subset of `allowed`, answered in `allowed`'s order whatever order it came in. */
export function decodeList<T extends string>(name: string, value: string | undefined, allowed: readonly T[]): Decoded<T[]> {
  const items = (value ?? '').split(',').map((v) => v.trim()).filter(Boolean);
  const bad = items.filter((v) => !(allowed as readonly string[]).includes(v));
  if (bad.length) return fail(`${name} has unknown values: ${bad.join(', ')} (allowed: ${allowed.join(', ')})`);
  return ok(allowed.filter((a) => items.includes(a)));
}

/** One of `allowed`, matched without regard to case; absent is `fallback`, or an error when there is none. */
export function decodeOneOf<T extends string>(name: string, value: string | undefined, allowed: readonly T[], fallback: T | null): Decoded<T> {
  if (value === undefined) return fallback === null ? fail(`${name} is required (${allowed.join(', ')})`) : ok(fallback);
  const hit = allowed.find((a) => a.toLowerCase() === value.toLowerCase());
  return hit ? ok(hit) : fail(`${name} "${value}" is not one of ${allowed.join(', ')}`);
}

/** A real calendar day, YYYY-MM-DD. */
export function decodeDate(name: string, value: string | undefined): Decoded<string | null> {
  if (value === undefined) return ok(null);
  const [y, m, d] = value.split('-').map(Number);
  // Date.UTC rolls 2026-11-31 over into December: a real day reads back the same
  const real = DATE_RE.test(value) && new Date(Date.UTC(y, m - 1, d)).toISOString().slice(0, 10) === value;
  return real ? ok(value) : fail(`${name} "${value}" is not a date (YYYY-MM-DD)`);
}

/** "west,south,east,north" in degrees with west < east and south < north. */
export function decodeBbox(value: string | undefined, name = 'bbox'): Decoded<BBox | null> {
  if (value === undefined) return ok(null);
  const n = value.split(',').map(Number);
  const bad = fail(`${name} "${value}" is not west,south,east,north in degrees (west < east, south < north)`);
  if (n.length !== 4 || n.some((x) => !Number.isFinite(x))) return bad;
  const [w, s, e, north] = n;
  if (w >= e || s >= north || Math.abs(w) > 180 || Math.abs(e) > 180 || Math.abs(s) > 90 || Math.abs(north) > 90) return bad;
  return ok([w, s, e, north]);
}

/** Five decimals is about a metre: enough to frame a view, short enough for a link or a request key. */
const BBOX_DECIMALS = 5;

export function encodeBbox(b: Readonly<BBox>): string {
  return b.map((n) => Number(n.toFixed(BBOX_DECIMALS))).join(',');
}

/** A whole number from min to max; absent is `fallback`. */
export function decodeWhole(name: string, value: string | undefined, min: number, max: number, fallback: number): Decoded<number> {
  if (value === undefined) return ok(fallback);
  const n = Number(value);
  return Number.isInteger(n) && n >= min && n <= max ? ok(n) : fail(`${name} must be a whole number from ${min} to ${max}`);
}

/** A yes/no flag: "1" or "true" is yes, anything else (or nothing) no. */
export function decodeFlag(value: string | undefined): boolean {
  return value === '1' || value === 'true';
}
