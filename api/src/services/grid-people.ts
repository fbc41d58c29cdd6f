import { isChinesePhone, type GridPeopleInput } from '@wangge/geodata';
import { badRequest } from '../http/errors.ts';

function person(value: unknown, what: string): { name: string; phone: string } {
  const p = value as { name?: unknown; phone?: unknown } | null;
  if (!p || typeof p !== 'object') throw badRequest(`${what} must be { name, phone }`, 'bad_field');
  if (typeof p.name !== 'string' || p.name.trim() === '' || p.name.length > 50) throw badRequest(`${what}.name must be a name of 1-50 characters`, 'bad_field');
  if (typeof p.phone !== 'string' || !isChinesePhone(p.phone)) throw badRequest(`${what}.phone "${String(p.phone ?? '')}" is not a phone number (11-digit mobile, or area code and number)`, 'bad_field');
  return { name: p.name.trim(), phone: p.phone.trim() };
}

/** A grid's people as a save sends them: a manager (or null) and the supervisors, each with a name and a phone. */
export function checkPeople(value: unknown, gridCode: string): GridPeopleInput {
  const v = value as { manager?: unknown; supervisors?: unknown } | null;
  if (!v || typeof v !== 'object' || !Array.isArray(v.supervisors)) throw badRequest(`grid ${gridCode}: people must be { manager, supervisors: [...] }`, 'bad_field');
  const manager = v.manager === null || v.manager === undefined ? null : person(v.manager, `grid ${gridCode}: manager`);
  const supervisors = v.supervisors.map((s, i) => person(s, `grid ${gridCode}: supervisors[${i}]`));
  return { manager, supervisors };
}
