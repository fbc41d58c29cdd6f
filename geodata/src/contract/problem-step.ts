import { MAX_ASSIGNED_DUE_HOURS, isProblemStatus, type ProblemStatus } from '../domain/problems.ts';
import { isChinesePhone } from '../domain/phone.ts';
import { fail, ok, type Decoded } from './decoded.ts';

const HOUR = 3600_000;
const MAX_NOTE = 2000;
const MAX_NAME = 50;
const MAX_CO_UNITS = 20;
const ID_RE = /^[\w-]{1,64}$/;
/** an instant with its offset: a time without one would be read in whichever zone the server runs */
const ISO_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

/** What 交办 / 改派 names besides the status. */
export interface Assignment {
  ownerUnitId: string;
  ownerPerson: { name: string; phone: string | null } | null;
  /** epoch ms; null: the deadline stays */
  dueAt: number | null;
  coUnitIds: string[];
}

/** A PATCH /api/problems/:id body, checked (which step it is depends on the problem's status: the server's part). */
export interface ProblemStepInput {
  /** null: a note */
  to: ProblemStatus | null;
  from: ProblemStatus | null;
  note: string | null;
  /** set exactly when `to` is 'assigned' */
  assignment: Assignment | null;
}

const bad = (message: string) => fail(message, 'bad_field');

function text(body: Record<string, unknown>, key: string, max: number, name = key): Decoded<string | null> {
  const v = body[key];
  if (v === undefined || v === null) return ok(null);
  if (typeof v !== 'string') return bad(`${name} must be a string`);
  if (v.length > max) return bad(`${name} is longer than ${max} characters`);
  return ok(v.trim() || null);
}

function person(value: unknown): Decoded<Assignment['ownerPerson']> {
  if (value === undefined || value === null) return ok(null);
  if (typeof value !== 'object' || Array.isArray(value)) return bad('ownerPerson must be an object { name, phone? }');
  const p = value as Record<string, unknown>;
  const name = text(p, 'name', MAX_NAME, 'ownerPerson.name');
  if (!name.ok) return name;
  const phone = text(p, 'phone', 40, 'ownerPerson.phone');
  if (!phone.ok) return phone;
  if (name.value === null) return bad('ownerPerson.name is required when a person is named');
  if (phone.value !== null && !isChinesePhone(phone.value)) return bad(`ownerPerson.phone "${phone.value}" is not a Chinese mobile (11 digits, 13x–19x) or a landline with its area code (e.g. 0857-4221234)`);
  return ok({ name: name.value, phone: phone.value });
}

/** A deadline 交办 sets: an ISO time with its offset, after `now`, at most MAX_ASSIGNED_DUE_HOURS ahead. */
export function decodeAssignedDueAt(value: unknown, now: number): Decoded<number | null> {
  if (value === undefined || value === null || value === '') return ok(null);
  const at = typeof value === 'string' && ISO_RE.test(value) ? Date.parse(value) : NaN;
  if (!Number.isFinite(at)) return bad(`dueAt "${String(value)}" is not an ISO time with its offset (e.g. 2026-11-27T18:00:00+08:00)`);
  if (at <= now) return bad(`dueAt ${String(value)} is not after now`);
  if (at > now + MAX_ASSIGNED_DUE_HOURS * HOUR) return bad(`dueAt ${String(value)} is more than ${MAX_ASSIGNED_DUE_HOURS} hours ahead`);
  return ok(at);
}

function unitIds(value: unknown, ownerUnitId: string): Decoded<string[]> {
  if (value === undefined || value === null) return ok([]);
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' || !ID_RE.test(v))) return bad('coUnitIds must be a list of unit ids');
  if (value.length > MAX_CO_UNITS) return bad(`coUnitIds names more than ${MAX_CO_UNITS} units`);
  if (value.includes(ownerUnitId)) return bad(`coUnitIds names the owner unit "${ownerUnitId}": it leads, it does not co-operate`);
  return ok([...new Set(value as string[])]);
}

const ASSIGN_ONLY = ['ownerUnitId', 'ownerPerson', 'dueAt', 'coUnitIds'] as const;

/**
 * Reads a PATCH /api/problems/:id body. The owner fields belong to 交办 / 改派 (status
 * 'assigned'), which must name the owner unit; elsewhere they are refused rather than ignored.
 */
export function decodeProblemStep(body: Record<string, unknown>, now: number): Decoded<ProblemStepInput> {
  const { status, from } = body;
  if (status !== undefined && !isProblemStatus(status)) return bad(`status "${String(status)}" is not one of reported, assigned, in_progress, fixed, verified`);
  if (from !== undefined && !isProblemStatus(from)) return bad(`from "${String(from)}" is not a problem status`);
  const note = text(body, 'note', MAX_NOTE);
  if (!note.ok) return note;
  const to = status ?? null;
  const base = { to, from: from ?? null, note: note.value };
  if (to !== 'assigned') {
    const stray = ASSIGN_ONLY.find((k) => body[k] !== undefined && body[k] !== null);
    if (stray) return bad(`${stray} is only sent with 交办 (status "assigned")`);
    return ok({ ...base, assignment: null });
  }
  const owner = body.ownerUnitId;
  if (owner === undefined || owner === null || owner === '') return fail('ownerUnitId is required to assign a problem: name the unit that leads its fixing (牵头单位)', 'owner_required');
  if (typeof owner !== 'string' || !ID_RE.test(owner)) return bad(`ownerUnitId "${String(owner)}" is not a unit id`);
  const ownerPerson = person(body.ownerPerson);
  if (!ownerPerson.ok) return ownerPerson;
  const dueAt = decodeAssignedDueAt(body.dueAt, now);
  if (!dueAt.ok) return dueAt;
  const coUnitIds = unitIds(body.coUnitIds, owner);
  if (!coUnitIds.ok) return coUnitIds;
  return ok({ ...base, assignment: { ownerUnitId: owner, ownerPerson: ownerPerson.value, dueAt: dueAt.value, coUnitIds: coUnitIds.value } });
}
