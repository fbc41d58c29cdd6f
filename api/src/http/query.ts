import { checkWeek } from '@wangge/geodata';
import { badRequest } from './errors.ts';

export function requireWeek(value: string | undefined): string {
  const r = checkWeek(value);
  if (!r.ok) throw badRequest(r.message, 'bad_week');
  return r.week;
}

/** Parses a coordinate query parameter; names the parameter and the range in the error. */
export function requireCoordinate(name: 'lon' | 'lat', value: string | undefined): number {
  if (value === undefined || value.trim() === '') throw badRequest(`${name} is required`, 'bad_coordinate');
  const n = Number(value);
  if (!Number.isFinite(n)) throw badRequest(`${name} "${value}" is not a number`, 'bad_coordinate');
  const limit = name === 'lon' ? 180 : 90;
  if (Math.abs(n) > limit) {
    const hint = name === 'lat' && Math.abs(n) <= 180 ? ' (are lon and lat swapped?)' : '';
    throw badRequest(`${name} ${n} is out of range [-${limit}, ${limit}]${hint}`, 'bad_coordinate');
  }
  return n;
}
