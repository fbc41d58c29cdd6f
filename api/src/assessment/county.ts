import type { Q } from '../db/store.ts';
import { badRequest } from '../http/errors.ts';

/** The county a request's assessment work is in: the request names it (or it is the only one). */
export function countyOf(q: Q): string {
  if (q.countyId === undefined) throw badRequest('this deployment holds no county yet: load one first', 'county_required');
  return q.countyId;
}
